import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { durationSeconds, parseEmergeHistory } from "./emerge-history";

const CORPUS = path.resolve(__dirname, "..", "..", "fixtures", "corpus");
const read = (...parts: string[]) => readFileSync(path.join(CORPUS, ...parts), "utf8");
const LIBYAML_FILES = ["generated", "test-automake-check-libyaml", "issue-dir", "files"];

describe("parseEmergeHistory", () => {
  test("merges and unmerges with qlop durations", () => {
    const rows = parseEmergeHistory(read(...LIBYAML_FILES, "emerge-history.txt"));
    expect(rows[0]).toEqual({
      time: "2025-06-14T03:12:40",
      action: "merge",
      atom: "sys-devel/gcc-14.3.0",
      duration: `1h52'41"`,
      durationSec: 6761,
    });
    expect(rows.find((r) => r.action === "unmerge")?.atom).toBe("dev-libs/libevent-2.1.12-r1");
  });

  test("durationSeconds", () => {
    expect(durationSeconds("39s")).toBe(39);
    expect(durationSeconds(`4'12"`)).toBe(252);
    expect(durationSeconds("soon")).toBeNull();
  });
});
