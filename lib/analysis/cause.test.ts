import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";
import { CAUSE_PATTERNS, findMissingCause } from "./cause";
import { generatedCases } from "./testing/corpus";
import type { CauseType } from "./types";

describe("findMissingCause: real lines, one or more per type", () => {
  test.each<[string, CauseType, string]>([
    [
      "/var/tmp/portage/a/b-1/work/b-1/src/foo.c:1:10: fatal error: sys/capability.h: No such file or directory",
      "header",
      "sys/capability.h",
    ],
    ["magick.c:15:10: fatal error: 'zlib.h' file not found", "header", "zlib.h"],
    ["Package 'libpcre', required by 'virtual:world', not found", "pkg-config", "libpcre"],
    ["No package 'glib-2.0' found", "pkg-config", "glib-2.0"],
    ["configure: error: Package requirements (gtk+-3.0 >= 3.22) were not met:", "pkg-config", "gtk+-3.0"],
    ["Package libffi was not found in the pkg-config search path.", "pkg-config", "libffi"],
    [
      "The following required packages were not found: - libpipewire-0.3>=0.3.33",
      "pkg-config",
      "libpipewire-0.3",
    ],
    [
      'Could not find a package configuration file provided by "Qt6WaylandClient"',
      "cmake-package",
      "Qt6WaylandClient",
    ],
    ["  Could NOT find ZLIB (missing: ZLIB_LIBRARY ZLIB_INCLUDE_DIR)", "cmake-package", "ZLIB"],
    [
      '../gtk-3.24.52/meson.build:491:9: ERROR: Dependency "cairo-xlib" not found, tried pkgconfig',
      "meson-dependency",
      "cairo-xlib",
    ],
    ["ModuleNotFoundError: No module named 'distutils'", "python-module", "distutils"],
    ["ModuleNotFoundError: No module named 'distutils.core'", "python-module", "distutils.core"],
    [
      "Can't locate Locale/gettext.pm in @INC (you may need to install the Locale::gettext module)",
      "perl-module",
      "Locale::gettext",
    ],
    [
      "/usr/lib/gcc/x86_64-pc-linux-gnu/14/../../../../x86_64-pc-linux-gnu/bin/ld: cannot find -ltinfo: No such file or directory",
      "library",
      "tinfo",
    ],
    ["hello.c:(.text.startup+0x1ea): undefined reference to `pow'", "symbol", "pow"],
    ["ld.lld: error: undefined symbol: ENGINE_load_builtin_engines", "symbol", "ENGINE_load_builtin_engines"],
    ["/bin/sh: line 1: which: command not found", "executable", "which"],
    [
      "meson.build:12:0: ERROR: Program 'glib-compile-resources' not found or not executable",
      "executable",
      "glib-compile-resources",
    ],
    ["make: semodule_package: No such file or directory", "executable", "semodule_package"],
    ["env: 'python3.12': No such file or directory", "executable", "python"],
    [
      '!!! The ebuild selected to satisfy ">=media-libs/libsndfile-1.2[minimal]" has unmet requirements.',
      "atom",
      "media-libs/libsndfile",
    ],
    ['configure: error: "libevent not found"', "autoconf-check", "libevent"],
  ])("%s", (line, type, name) => {
    expect(findMissingCause(line)).toEqual({ type, name });
  });

  test("every pattern's own example gives its type", () => {
    for (const { type, example } of CAUSE_PATTERNS)
      expect(findMissingCause(example)?.type, example).toBe(type);
  });

  test("the detail lines under the primary line count too", () => {
    expect(
      findMissingCause("CMake Error at CMakeLists.txt:8 (find_package):", ['  provided by "EBML", but']),
    ).toEqual(null);
    expect(
      findMissingCause("CMake Error at CMakeLists.txt:8 (find_package):", [
        '  Could not find a package configuration file provided by "EBML" (requested',
        "  version 1.4.3) with any of the following names:",
      ]),
    ).toEqual({ type: "cmake-package", name: "EBML" });
    expect(
      findMissingCause("configure: error: in `/var/tmp/x':", ["", "No package 'libpcre' found"]),
    ).toEqual({
      type: "pkg-config",
      name: "libpcre",
    });
  });

  test("errors that name nothing missing have no cause", () => {
    for (const line of [
      "poptconfig.c:210:28: error: ‘FNM_PATHNAME’ undeclared (first use in this function)",
      "tinyxml2.cpp:247:10: error: invalid conversion from ‘const char*’ to ‘char*’ [-fpermissive]",
      "FAIL: test-version",
      "configure: error: C compiler cannot create executables",
    ]) {
      expect(findMissingCause(line)).toBeNull();
    }
  });
});

describe("LogAnalysis.cause on the corpus", () => {
  test.each([
    ["configure-cmake-find-package-ebml-libmatroska", { type: "cmake-package", name: "EBML" }],
    ["configure-autoconf-tmux-libevent-missing", { type: "autoconf-check", name: "libevent" }],
    ["link-undefined-reference-pow-hello", { type: "symbol", name: "pow" }],
    ["compile-c-implicit-decl-popt", null],
  ])("%s", (name, cause) => {
    const testCase = generatedCases().find((c) => c.name === name);
    expect(testCase).toBeDefined();
    expect(analyzeLogText(testCase?.logText ?? "").cause).toEqual(cause);
  });
});
