import { describe, expect, test } from "vitest";
import { maskMessage, titleMessage } from "./normalize";
import { buildTitle } from "./result";
import { computeSignature, SIGNATURE_VERSION } from "./signature";

describe("titleMessage (toralf's finishTitle, quotes kept)", () => {
  test.each([
    [
      "/var/tmp/portage/dev-libs/tinyxml2-9.0.0/work/tinyxml2-9.0.0/tinyxml2.cpp:247:10: error: invalid conversion from ‘const char*’ to ‘char*’ [-fpermissive]",
      "tinyxml2.cpp: error: invalid conversion from 'const char*' to 'char*' [-fpermissive]",
    ],
    ["hello.c:(.text.startup+0x1ea): undefined reference to `pow'", "hello.c: undefined reference to 'pow'"],
    [
      "!!! Fetched file: libsndfile-1.2.2.tar.xz VERIFY FAILED!",
      "Fetched file: libsndfile-1.2.2.tar.xz VERIFY FAILED!",
    ],
    ["popthelp_table.h:2: error: expected ‘;’", "popthelp_table.h: error: expected ';'"],
    // make's *** marker goes, the C type's * stays
    [
      "make[2]: *** No rule to make target 'framing.html', needed by 'all-am'.  Stop.",
      "make[2]: No rule to make target 'framing.html', needed by 'all-am'. Stop.",
    ],
    // the cross-compiler prefix and the tool's directories
    [
      "x86_64-pc-linux-gnu-gcc: fatal error: Killed signal terminated program cc1",
      "gcc: fatal error: Killed signal terminated program cc1",
    ],
    [
      "/usr/lib/gcc/x86_64-pc-linux-gnu/14/../../../../x86_64-pc-linux-gnu/bin/ld: cannot find -ltinfo: No such file or directory",
      "ld: cannot find -ltinfo: No such file or directory",
    ],
    // a relative name inside the message is what it names
    [
      "main.c:3:10: fatal error: sys/time.h: No such file or directory",
      "main.c: fatal error: sys/time.h: No such file or directory",
    ],
    // a file:// URL into the build directory is a build path too
    [
      "go: reading file:///var/tmp/portage/net-misc/rclone-1.54.0/temp/go-proxy/x/@v/v0.0.1.mod: no such file",
      "go: reading v0.0.1.mod: no such file",
    ],
    // gcc 14's hyperlinked flag, pasted from a terminal
    [
      "dbprintf.c:30:60: error: implicit declaration of function 'write' [-Wimplicit-function-declaration[https://gcc.gnu.org/onlinedocs/gcc-14.2.0/gcc/Warning-Options.html#index-Wimplicit-function-declaration]]",
      "dbprintf.c: error: implicit declaration of function 'write' [-Wimplicit-function-declaration]",
    ],
    // German locale quotes decoded as U+FFFD, guillemets
    ["foo.c:1:2: Fehler: \uFFFDbar\uFFFD undeklariert", "foo.c: Fehler: 'bar' undeklariert"],
    // GHC's spans: a column range on one line, and a range of lines and columns
    ["src/IDE/Utils/GUIUtils.hs:341:54-74: error:", "GUIUtils.hs: error:"],
    ["src/A.hs:(54,5)-(60,10): error: [GHC-83865]", "A.hs: error: [GHC-83865]"],
    // a number range in prose is no location
    ["expected ratio 3:4-5 here", "expected ratio 3:4-5 here"],
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

  test("HTML entities in test names survive", () => {
    expect(maskMessage("FAILED test_escape[&#39;&#34;] - assert 3 == 4")).toBe(
      "FAILED test_escape[&#39;&#34;] - assert <n> == <n>",
    );
  });

  test("versions after a name are masked, pkg-config names are not", () => {
    expect(maskMessage("installed package semigroupoids-5.3.7 is broken")).toBe(
      "installed package semigroupoids-<v> is broken",
    );
    expect(maskMessage("blocking vapoursynth-sangnommod-0.1.20160805")).toBe(
      "blocking vapoursynth-sangnommod-<v>",
    );
    expect(maskMessage("No package 'glib-2.0' found, nor 'gtk+-3.0'")).toBe(
      "No package 'glib-2.0' found, nor 'gtk+-3.0'",
    );
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
    expect(a.version).toBe("sig-v3");
    expect(SIGNATURE_VERSION).toBe("sig-v3");
  });

  test("titles follow toralf's forms and stay within 170 characters", () => {
    expect(buildTitle("a/b-1", "test", "test", "FAIL: t")).toBe("a/b-1 fails test - FAIL: t");
    expect(buildTitle("a/b-1", "install", "sandbox", "x")).toBe("a/b-1 - sandbox issue");
    expect(buildTitle("a/b-1", "compile", "compile", "x".repeat(400))).toHaveLength(170);
  });
});
