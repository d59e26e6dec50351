import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { resultMetaSchema } from "../ingest/result-meta";
import { generateDemoResults } from "./demo-results";
import { FAILURE_KINDS } from "./template-types";
import type { SyntheticResult } from "./types";

const OPTIONS = { seed: 42, count: 600, days: 42, now: new Date("2026-11-29T12:00:00Z") };
const results = [...generateDemoResults(OPTIONS)];

function digest(list: readonly SyntheticResult[]): string {
  const hash = createHash("sha256");
  for (const result of list) {
    hash.update(JSON.stringify(result.meta));
    for (const file of result.files) hash.update(file.name).update(file.content);
  }
  return hash.digest("hex");
}

/** The kind a result was generated as, read back from its log the way a human would. */
function kindOf(result: SyntheticResult): string {
  const log = result.files[0].content.toString("utf8");
  if (result.meta.status === "succeeded") return log.includes(" * QA Notice: ") ? "qa" : "none";
  const checks: ReadonlyArray<readonly [string, RegExp]> = [
    ["disk_full", /No space left on device/],
    ["ice", /internal compiler error: /],
    ["oom", /Killed signal terminated program/],
    ["sandbox", /ACCESS VIOLATION SUMMARY/],
    ["collision", /Detected file collision/],
    ["fetch", /VERIFY FAILED!/],
    ["dependency", /has unmet requirements/],
    ["link", /undefined reference to/],
    ["test", /failed \(test phase\)/],
    ["install", /failed \(install phase\)/],
    ["configure", /failed \(configure phase\)/],
    ["compile", /failed \(compile phase\)/],
  ];
  return checks.find(([, pattern]) => pattern.test(log))?.[0] ?? "unknown";
}

describe("generateDemoResults", () => {
  test("the same seed gives the same bytes, another seed other bytes", () => {
    expect(digest([...generateDemoResults(OPTIONS)])).toBe(digest(results));
    expect(digest([...generateDemoResults({ ...OPTIONS, seed: 43 })])).not.toBe(digest(results));
  });

  test("every failure kind and QA notices appear", () => {
    const kinds = new Set(results.map(kindOf));
    for (const kind of [...FAILURE_KINDS, "qa", "none"]) expect(kinds, kind).toContain(kind);
    expect(kinds).not.toContain("unknown");
  });

  test("every meta passes the upload schema and names files that exist", () => {
    for (const result of results) {
      expect(resultMetaSchema.safeParse(result.meta).success).toBe(true);
      expect(result.meta.files?.map((file) => file.name)).toEqual(result.files.map((file) => file.name));
      expect(result.meta.files?.[0].role).toBe("build-log");
    }
  });

  test("each log is about the atom its meta names", () => {
    for (const result of results) {
      const atom = result.meta.atom ?? "";
      const [category, pf] = atom.split("/");
      const log = result.files[0].content.toString("utf8");
      const header = /^ \* Package:\s+(\S+):/m.exec(log)?.[1];
      if (header) expect(header).toBe(atom);
      else expect(log).toContain(pf);
      expect(log).not.toMatch(/dev-libs\/popt-1\.19|app-misc\/tmux-3\.3a|dev-libs\/libyaml-0\.2\.5(?!\d)/);
      const name = result.files[0].name;
      if (name !== "build.log") expect(name.startsWith(`${category}:${pf}:`)).toBe(true);
    }
  });

  test("ratios look like a tinderbox: mostly successes, recurring failures, shared coarse errors", () => {
    const failed = results.filter((result) => result.meta.status === "failed");
    expect(failed.length / results.length).toBeGreaterThan(0.2);
    expect(failed.length / results.length).toBeLessThan(0.4);
    const perPackage = new Map<string, Set<string>>();
    for (const result of failed) {
      const key = (result.meta.atom ?? "").replace(/-\d.*$/, "");
      const boxes = perPackage.get(key) ?? new Set<string>();
      boxes.add(result.tinderbox.name);
      perPackage.set(key, boxes);
    }
    expect([...perPackage.values()].filter((boxes) => boxes.size >= 2).length).toBeGreaterThan(5);
    const titles = failed.map((result) => (result.meta.title ?? "").replace(/^\S+ (fails test )?- /, ""));
    expect(new Set(titles).size).toBeLessThan(titles.length / 2);
  });

  test("some packages fail, then pass after a revbump", () => {
    const lastFailure = new Map<string, string>();
    let fixed = 0;
    for (const result of results) {
      const atom = result.meta.atom ?? "";
      const key = atom.replace(/-\d.*$/, "");
      const failedVersion = lastFailure.get(key);
      if (result.meta.status === "failed") lastFailure.set(key, atom);
      else if (failedVersion && /-r\d+$/.test(atom) && atom !== failedVersion) fixed++;
    }
    expect(fixed).toBeGreaterThan(0);
  });

  test("the demo set stays small enough to seed quickly", () => {
    const bytes = results.reduce(
      (sum, result) => sum + result.files.reduce((s, f) => s + f.content.length, 0),
      0,
    );
    expect(bytes).toBeLessThan(60 * 1024 * 1024);
    expect(new Set(results.map((result) => result.tinderbox.name)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(results.map((result) => result.meta.atom?.split("/")[0])).size).toBeGreaterThan(20);
  });
});
