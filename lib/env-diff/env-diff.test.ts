import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { expect, test } from "vitest";
import { parseEmergeInfo } from "../gentoo/emerge-info";
import { installedVersions, parseInstalledPackages } from "../gentoo/installed-packages";
import { diffEnvironments, diffUseFlags } from "./diff";
import { collectBounded } from "./read-env-files";

const POPT = "fixtures/corpus/generated/compile-c-implicit-decl-popt/issue-dir";
const read = (path: string) => readFileSync(path, "utf8");
const installedFrom = (text: string) => installedVersions(parseInstalledPackages(text));
const popt = parseEmergeInfo(read(`${POPT}/emerge-info.txt`));
const info2021 = parseEmergeInfo(
  read("fixtures/corpus/real/emerge-info-2021-plasma-systemd/emerge-info.txt"),
);
const info2025 = parseEmergeInfo(
  read("fixtures/corpus/real/emerge-info-2025-desktop-systemd/emerge-info.txt"),
);

test("the diff of two real emerge --info outputs puts toolchain and flags first", () => {
  const changes = diffEnvironments(
    { emergeInfo: info2021, installed: null },
    { emergeInfo: info2025, installed: null },
  );
  const groups = changes.map((change) => change.group);
  expect(groups.indexOf("toolchain")).toBe(0);
  expect(groups.lastIndexOf("toolchain")).toBeLessThan(groups.indexOf("flags"));
  expect(changes).toContainEqual({
    group: "toolchain",
    key: "Portage line: compiler",
    before: "gcc-11.1.0",
    after: expect.stringMatching(/^gcc-/),
  });
  expect(changes.find((change) => change.key === "MAKEOPTS")).toMatchObject({ group: "flags" });
  expect(changes.some((change) => change.key === "GENTOO_MIRRORS")).toBe(false);
});

test("identical environments have no differences", () => {
  expect(
    diffEnvironments({ emergeInfo: popt, installed: null }, { emergeInfo: popt, installed: null }),
  ).toEqual([]);
});

test("installed-package changes list upgrades, additions and removals", () => {
  const before = installedFrom("sys-devel/gcc-14.2.0 (cxx) [14]\ndev-libs/a-1\ndev-libs/b-2\n");
  const after = installedFrom("sys-devel/gcc-14.3.0 (cxx) [14]\ndev-libs/a-1\ndev-libs/c-3\n");
  expect(
    diffEnvironments({ emergeInfo: null, installed: before }, { emergeInfo: null, installed: after }),
  ).toEqual([
    { group: "toolchain", key: "sys-devel/gcc", before: "14.2.0", after: "14.3.0" },
    { group: "packages", key: "dev-libs/b", before: "2", after: null },
    { group: "packages", key: "dev-libs/c", before: null, after: "3" },
  ]);
});

test("USE differences are the flags removed and added", () => {
  expect(diffUseFlags("a b c", "b c d")).toEqual(["-a", "+d"]);
  expect(diffUseFlags("a b", "b a")).toEqual([null, null]);
});

test("reading stops at the byte bound", async () => {
  const text = await collectBounded(Readable.from([Buffer.from("abcdef"), Buffer.from("ghij")]), 8);
  expect(text).toBe("abcdefgh");
});
