import { describe, expect, test } from "vitest";
import { parseAtom } from "./atom";
import { maskMessage, titleMessage } from "./normalize";
import { buildTitle } from "./result";
import { computeSignature } from "./signature";

describe("titleMessage (toralf's finishTitle)", () => {
  test.each([
    [
      "/var/tmp/portage/dev-libs/tinyxml2-9.0.0/work/tinyxml2-9.0.0/tinyxml2.cpp:247:10: error: invalid conversion from ‘const char*’ to ‘char*’ [-fpermissive]",
      "tinyxml2.cpp: error: invalid conversion from const char to char [-fpermissive]",
    ],
    [
      "hello.c:(.text.startup+0x1ea): undefined reference to `pow'",
      "hello.c:(.text.startup+<snip>): undefined reference to pow",
    ],
    [
      "!!! Fetched file: libsndfile-1.2.2.tar.xz VERIFY FAILED!",
      "Fetched file: libsndfile-1.2.2.tar.xz VERIFY FAILED!",
    ],
    ["popthelp_table.h:2: error: expected ‘;’", "popthelp_table.h: error: expected ;"],
  ])("%s", (line, expected) => {
    expect(titleMessage(line)).toBe(expected);
  });
});

describe("maskMessage", () => {
  test("masks numbers, hex, temp names and durations but keeps digits inside identifiers", () => {
    expect(
      maskMessage("ld: /tmp/ccAb12Cd.o: error 12 at 0xdeadbeef after 1.5s with gcc-15 -std=c23 lib64"),
    ).toBe("ld: /tmp/<tmp>: error <n> at <hex> after <duration> with gcc-15 -std=c23 lib64");
    expect(maskMessage("implicit declaration of function fnmatch; did you mean rpmatch? [-Werror=x]")).toBe(
      "implicit declaration of function fnmatch [-Werror=x]",
    );
  });
});

describe("parseAtom", () => {
  test.each([
    ["dev-libs/popt-1.19", "popt", "1.19"],
    ["media-sound/sox-14.4.2_p20210509-r3", "sox", "14.4.2_p20210509-r3"],
    ["dev-libs/popt-1.19:0", "popt", "1.19"],
    ["app-text/dos2unix-7.4.3-r1", "dos2unix", "7.4.3-r1"],
    ["dev-lang/perl-5.40.0-r1", "perl", "5.40.0-r1"],
    ["x11-libs/gtk+-3.24.52", "gtk+", "3.24.52"],
  ])("%s", (atom, packageName, version) => {
    expect(parseAtom(atom)).toMatchObject({ packageName, version });
  });

  test("rejects non-atoms", () => {
    expect(parseAtom("sox")).toBeNull();
    expect(parseAtom("")).toBeNull();
  });
});

describe("signatures and titles", () => {
  test("the fine signature ignores the version; the coarse one ignores the package", () => {
    const message = maskMessage(titleMessage("poptconfig.c:210:28: error: ‘FNM_PATHNAME’ undeclared"));
    const a = computeSignature("dev-libs/popt", "compile", message);
    const b = computeSignature("dev-libs/popt", "compile", message);
    const other = computeSignature("dev-libs/other", "compile", message);
    expect(a.fine).toMatch(/^[0-9a-f]{16}$/);
    expect(a).toEqual(b);
    expect(other.fine).not.toBe(a.fine);
    expect(other.coarse).toBe(a.coarse);
    expect(a.version).toBe("sig-v1");
  });

  test("titles follow toralf's forms and stay within 170 characters", () => {
    expect(buildTitle("a/b-1", "test", "test", "FAIL: t")).toBe("a/b-1 fails test - FAIL: t");
    expect(buildTitle("a/b-1", "install", "sandbox", "x")).toBe("a/b-1 - sandbox issue");
    expect(buildTitle("a/b-1", "compile", "compile", "x".repeat(400))).toHaveLength(170);
  });
});
