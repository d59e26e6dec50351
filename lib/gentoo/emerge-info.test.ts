import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parseEmergeInfo, parsePortageLine, portageFacts } from "./emerge-info";

const read = (path: string) => readFileSync(path, "utf8");
const POPT = "fixtures/corpus/generated/compile-c-implicit-decl-popt/issue-dir";
const popt = parseEmergeInfo(read(`${POPT}/emerge-info.txt`));
const desktop2025 = parseEmergeInfo(
  read("fixtures/corpus/real/emerge-info-2025-desktop-systemd/emerge-info.txt"),
);

describe("the Portage line", () => {
  test("gives versions, profile and kernel", () => {
    expect(popt.portageLine).toEqual({
      portage: "3.0.67",
      python: "python 3.13.3-final-0",
      profile: "default/linux/amd64/23.0/desktop/systemd",
      compiler: "gcc-14",
      libc: "glibc-2.40-r8",
      kernel: "6.12.31-gentoo",
      arch: "x86_64",
    });
    expect(parsePortageLine("Portage 3.0.20 (python 3.9.5-final-0)")).toBeNull();
  });

  test("reads as a triager names its fields", () => {
    expect(Object.fromEntries(portageFacts(desktop2025.portageLine))).toEqual({
      Portage: "3.0.67",
      Profile: "default/linux/amd64/23.0/desktop/systemd",
      GCC: "14",
      glibc: "2.40-r8",
      Python: "3.13.3-final-0",
      Kernel: "6.12.31-gentoo x86_64",
    });
    const plasma = parseEmergeInfo(
      read("fixtures/corpus/real/emerge-info-2021-plasma-systemd/emerge-info.txt"),
    );
    expect(Object.fromEntries(portageFacts(plasma.portageLine))).toMatchObject({
      Portage: "3.0.20",
      GCC: "11.1.0",
    });
    const clangMusl = parsePortageLine(
      "Portage 3.0.68 (python 3.13.5-final-0, default/linux/amd64/23.0/musl/llvm, clang-20, musl-1.2.5-r3, 6.12.41 x86_64)",
    );
    expect(Object.fromEntries(portageFacts(clangMusl))).toMatchObject({ GCC: null, glibc: null });
    expect(portageFacts(null)).toEqual([]);
  });
});

test("the version table, the flags and the variables that share the USE line are read", () => {
  expect(popt.packages.get("sys-devel/gcc")).toBe("14.3.0::gentoo");
  expect(popt.packages.get("sys-kernel/linux-headers")).toBe("6.12::gentoo (virtual/os-headers)");
  expect(popt.vars.get("CFLAGS")).toBe("-O2 -pipe -march=x86-64 -mtune=generic");
  expect(popt.vars.get("MAKEOPTS")).toBe("-j4");
  expect(popt.vars.get("USE")).toContain("wayland");
  expect(popt.vars.get("PYTHON_TARGETS")).toBe("python3_13");
  expect(popt.repositoryHeads.get("gentoo")).toBe("5587bce283d9283d6187d7331f7b128c49627ec0");
  expect(popt.tools.get("ld")).toBe("GNU ld (Gentoo 2.44 p1) 2.44.0");
  // Repository settings (`location: …`) are not packages.
  expect([...popt.packages.keys()].every((key) => key.includes("/"))).toBe(true);
});

test("a 2025 desktop: uname, repositories with their locations, flags and Unset", () => {
  expect(desktop2025.uname).toMatch(/^Linux-6\.12\.31-gentoo-x86_64-/);
  expect(desktop2025.packages.get("sys-devel/gcc")).toBe("14.3.0::gentoo");
  expect(desktop2025.repositories.map((r) => r.name)).toEqual(["gentoo", "guru", "wayland-desktop"]);
  expect(desktop2025.repositories[0].location).toBe("/var/db/repos/gentoo");
  expect(desktop2025.vars.get("CFLAGS")).toBe("-march=native -O2 -pipe -fomit-frame-pointer");
  expect(desktop2025.vars.get("MAKEOPTS")).toBe("-j32 -l32");
  expect(desktop2025.vars.get("USE")?.split(" ")).toContain("wayland");
  expect(desktop2025.unset).toContain("CC");
});

test("text that is not emerge --info gives empty facts, not an error", () => {
  expect(parseEmergeInfo("garbage\n\u0000")).toMatchObject({
    portageLine: null,
    uname: null,
    repositories: [],
  });
  expect(parseEmergeInfo("garbage").packages.size).toBe(0);
});
