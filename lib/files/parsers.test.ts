import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { durationSeconds, parseEmergeHistory } from "./emerge-history";
import { parsePackageList } from "./package-list";

const CORPUS = path.resolve(__dirname, "..", "..", "fixtures", "corpus");
const read = (...parts: string[]) => readFileSync(path.join(CORPUS, ...parts), "utf8");
const LIBYAML_FILES = ["generated", "test-automake-check-libyaml", "issue-dir", "files"];

describe("parsePackageList", () => {
  test("qlist-info rows carry version, slot and USE", () => {
    const rows = parsePackageList(read(...LIBYAML_FILES, "qlist-info.txt"));
    const python = rows.find((r) => r.name === "python");
    expect(python).toMatchObject({ category: "dev-lang", version: "3.13.3_p2", slot: "3.13" });
    expect(python?.useEnabled).toContain("ssl");
    expect(python?.useDisabled).toContain("test");
    expect(rows.find((r) => r.name === "perl")?.slot).toBe("0/5.40");
  });

  test("installed-packages lists every atom and skips the header and footer", () => {
    const rows = parsePackageList(
      read("real", "installed-packages-2026-gnome-systemd", "installed-packages.txt"),
    );
    expect(rows).toHaveLength(1335);
    expect(rows[0]).toMatchObject({ atom: "acct-group/adm-0-r3", name: "adm", version: "0-r3", slot: "" });
  });
});

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
