import { describe, expect, test } from "vitest";
import { CONFIGURE_PROBE_SOURCE } from "./result";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 39 (rules39): kind misses of logs without a phase banner, named in words (held-out logs not read); each
// change is written from a real public log (fixtures/corpus/real rows 863-864).
const analyze = analyzeLines;

describe("a compile error in a configure probe's source is configure (rows 863, 864)", () => {
  test("CMake's try_compile in CMakeFiles/CMakeTmp, under make's compile of the probe (row 863)", () => {
    const result = analyze([
      "Building C object CMakeFiles/cmTC_2f446.dir/CheckIncludeFile.c.o",
      "/usr/bin/cc     -o CMakeFiles/cmTC_2f446.dir/CheckIncludeFile.c.o   -c /root/build/CMakeFiles/CMakeTmp/CheckIncludeFile.c",
      "/root/build/CMakeFiles/CMakeTmp/CheckIncludeFile.c:1:27: fatal error: malloc/malloc.h: No such File",
      "compilation terminated.",
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("configure");
    // The probe's path names the step over the cc command above it (a compile step's sign).
    expect(result.phase).toBe("configure");
  });

  test("mkmf's conftest.c alone (row 864)", () => {
    const result = analyze([
      "conftest.c:3:10: fatal error: yaml.h: No such file or directory",
      "    3 | #include <yaml.h>",
      "      |          ^~~~~~~~",
      "compilation terminated.",
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("configure");
  });

  test("under src_compile's banner the probe is still the configure check's", () => {
    const result = analyze([
      "conftest.c:12:5: error: unknown type name 'cpu_set_t'",
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("configure");
  });

  // Round 47c (convention 18): the banner decides the phase, not the kind: the probe's step names it (configure).
  test("under src_test's banner the test phase decides the phase", () => {
    const result = analyze([
      "conftest.c:12:5: error: unknown type name 'cpu_set_t'",
      ...dieBanner("test", "emake check failed"),
    ]);
    expect(result).toMatchObject({ kind: "configure", phase: "test" });
  });

  test.each([
    "/tmp/b/CMakeFiles/CMakeScratch/TryCompile-LsxTNo/src.c:3:10: fatal error: foo.h: No such file or directory",
    "/w/x-build/meson-private/tmph74x3p38/testfile.c:2:34: error: implicit declaration of function 'malloc_trim'",
    ".sconf_temp/conftest_0.c:1:10: fatal error: foo.h: No such file or directory",
    "build/.conf_check_0a1b/test.c:2:10: fatal error: foo.h: No such file or directory",
    "conftest.cpp:81:18: error: structured binding declaration cannot have type 'int'",
  ])("probe source: %s", (line) => {
    expect(CONFIGURE_PROBE_SOURCE.test(line)).toBe(true);
    expect(analyze([line]).kind).toBe("configure");
  });

  test.each([
    "src/conftest_util.h:3:10: fatal error: foo.h: No such file or directory",
    "/usr/share/qt3/include/qglobal.h:773:21: error: qconfig.h: No such file or directory",
    "tests/testfile.c:2:10: error: unknown type name 'foo_t'",
    "CMakeFiles/foo.dir/src/main.c.o: In function `main':",
  ])("near miss, a package's own source or a header a probe includes: %s", (line) => {
    expect(CONFIGURE_PROBE_SOURCE.test(line)).toBe(false);
  });

  test("near miss: an ordinary compile error without a banner stays compile", () => {
    const result = analyze([
      "src/foo.c:12:5: error: unknown type name 'cpu_set_t'",
      "compilation terminated.",
    ]);
    expect(result.kind).toBe("compile");
  });
});

describe("automake's check run builds the test programs (row 865)", () => {
  const checkRun = [
    "Making check in src",
    "make[1]: Entering directory '/home/uwe/gsrc/MuMuDVB/src'",
    "make  mumudvb_test",
    "gcc -DHAVE_CONFIG_H -I.    -Wall -Wextra -g -O2 -MT mumudvb_test.o -MD -MP -MF .deps/mumudvb_test.Tpo -c -o mumudvb_test.o mumudvb_test.c",
    "mumudvb_test.c:72:1: error: unknown type name ‘multicast_parameters_t’; did you mean ‘unicast_parameters_t’?",
  ];

  // Round 47c (LABELLING.md convention 18): kind compile, the check run's phase test.
  test("a compile error after `Making check in` is the tests' phase, over the gcc command's compile step", () => {
    const result = analyze(checkRun);
    expect(result.primary?.line).toBe(5);
    expect(result).toMatchObject({ kind: "compile", phase: "test" });
  });

  test("automake's silent rules and make's failed object file in the check run: phase test", () => {
    const result = analyze([
      "Making check in tests",
      "  CC       test_foo.o",
      "test_foo.c:10:5: error: implicit declaration of function 'bar' [-Wimplicit-function-declaration]",
      "make[3]: *** [Makefile:500: test_foo.o] Error 1",
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result).toMatchObject({ kind: "compile", phase: "test" });
  });

  test("a banner still decides: under src_compile's die the kind is compile", () => {
    expect(analyze([...checkRun, ...dieBanner("compile", "emake failed")]).kind).toBe("compile");
  });

  test("near miss: `Making all in` (the build's own recursion) stays compile", () => {
    const result = analyze([
      "Making all in src",
      "  CC       foo.o",
      "foo.c:10:5: error: implicit declaration of function 'bar' [-Wimplicit-function-declaration]",
    ]);
    expect(result.kind).toBe("compile");
  });

  test("near miss: `Making all in` after a check run ends it", () => {
    const result = analyze([
      "Making check in tests",
      "Making all in src",
      "  CC       foo.o",
      "foo.c:10:5: error: implicit declaration of function 'bar' [-Wimplicit-function-declaration]",
    ]);
    expect(result.kind).toBe("compile");
  });

  test("near miss: a `>>> ` line ends the check run", () => {
    const result = analyze([
      "Making check in tests",
      ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
      "  CC       foo.o",
      "foo.c:10:5: error: implicit declaration of function 'bar' [-Wimplicit-function-declaration]",
    ]);
    expect(result.kind).toBe("compile");
  });
});
