// No new folder cycles in lib/ (npm run --silent import-cycles prints them). The
// known ones are listed edge by edge with where they are cut; the list only
// shrinks: an edge that no longer closes a cycle must leave it.
import path from "node:path";
import { describe, expect, test } from "vitest";
import {
  folderCycles,
  type ImportEdge,
  importSpecifiers,
  libFolderEdges,
  libFolderOf,
} from "./lib/import-graph";

// Empty since UploadRejected moved to lib/http (storage no longer imports ingest). An entry is
// an edge that closes a known cycle, with the file to cut it at.
const KNOWN_CYCLE_EDGES: Record<string, string> = {};

const cycleEdges = (edges: ImportEdge[]) =>
  folderCycles(edges).flatMap((cycle) => cycle.edges.map((edge) => `${edge.from} -> ${edge.to}`));

test("lib/ has no folder cycle beyond the known ones, and every known one still exists", () => {
  const found = cycleEdges(libFolderEdges(path.resolve(__dirname, ".."))).sort();
  expect(
    found.filter((edge) => !(edge in KNOWN_CYCLE_EDGES)),
    "imports that close a folder cycle: `npm run --silent import-cycles` names the files; cut one edge",
  ).toEqual([]);
  expect(
    Object.keys(KNOWN_CYCLE_EDGES).filter((edge) => !found.includes(edge)),
    "cycles that are gone: remove them from KNOWN_CYCLE_EDGES",
  ).toEqual([]);
});

describe("the graph", () => {
  const edge = (from: string, to: string): ImportEdge => ({ from, to, example: `lib/${from}/x.ts` });

  test("a cycle is every folder that reaches every other; a chain is none", () => {
    const edges = [edge("a", "b"), edge("b", "c"), edge("c", "a"), edge("c", "d"), edge("d", "e")];
    expect(folderCycles(edges).map((cycle) => cycle.folders)).toEqual([["a", "b", "c"]]);
    expect(cycleEdges(edges)).toEqual(["a -> b", "b -> c", "c -> a"]);
    expect(folderCycles([edge("a", "b"), edge("b", "c")])).toEqual([]);
  });

  test("imports, re-exports, dynamic and type imports are all read; packages are not folders", () => {
    const source = [
      'import { db } from "../db";',
      'import type { X } from "@/lib/queries/builds";',
      'export { y } from "./local";',
      'const m = await import("../storage/blob-reader");',
      'import "server-only";',
    ].join("\n");
    expect(importSpecifiers(source)).toEqual([
      "../db",
      "@/lib/queries/builds",
      "./local",
      "../storage/blob-reader",
      "server-only",
    ]);
    expect(libFolderOf("lib/db.ts")).toBe("db");
    expect(libFolderOf("lib/auth/session.ts")).toBe("auth");
    expect(libFolderOf("app/page.tsx")).toBeNull();
  });
});
