import { describe, expect, test } from "vitest";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 25 (helper rules25): the kind of an excerpt without a phase banner, shapes a reviewer named in words, both
// ways (real rows 500-506 hold the ones found in public threads).
const analyze = analyzeLines;

const gtestRun = [
  "[==========] Running 2 tests from 1 test suite.",
  "[----------] 2 tests from ParserTest",
  "[ RUN      ] ParserTest.HandlesEmptyInput",
  "[       OK ] ParserTest.HandlesEmptyInput (0 ms)",
  "[ RUN      ] ParserTest.ReadsNumber",
];

describe("1. a test run without a banner", () => {
  test("googletest: the first failed assertion's message is the primary (convention 10), kind test", () => {
    const result = analyze([
      ...gtestRun,
      "../src/parser_test.cc:42: Failure",
      "Expected equality of these values:",
      "  1",
      "  parsed.value()",
      "    Which is: 2",
      "[  FAILED  ] ParserTest.ReadsNumber (0 ms)",
      "[==========] 2 tests from 1 test suite ran. (1 ms total)",
      "[  PASSED  ] 1 test.",
      "[  FAILED  ] 1 test, listed below:",
      "[  FAILED  ] ParserTest.ReadsNumber",
    ]);
    expect(result.primary?.line).toBe(7);
    expect(result.primary?.ruleId).toBe("test-gtest-assertion");
    expect(result.kind).toBe("test");
    expect(result.title).toContain("fails test - Expected equality of these values:");
    expect(result.failedTests.map((t) => t.name)).toContain("ParserTest.ReadsNumber");
  });

  test("gmock's unexpected call, a blank line below `unknown file: Failure`, is the primary", () => {
    const result = analyze([
      ...gtestRun,
      "unknown file: Failure",
      "",
      "Unexpected mock function call - returning default value.",
      "    Function call: Read(0)",
      "[  FAILED  ] ParserTest.ReadsNumber (0 ms)",
    ]);
    expect(result.primary?.line).toBe(8);
    expect(result.kind).toBe("test");
  });

  test("a run cut after the location line still fails, kind test", () => {
    const result = analyze([...gtestRun, "../src/parser_test.cc:42: Failure"]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("test");
  });

  test("near miss: a successful googletest run is no failure", () => {
    const result = analyze([
      ...gtestRun,
      "[       OK ] ParserTest.ReadsNumber (0 ms)",
      "[==========] 2 tests from 1 test suite ran. (1 ms total)",
      "[  PASSED  ] 2 tests.",
    ]);
    expect(result.status).toBe("succeeded");
  });

  test("a project's test driver dying under `set -u` is the test run's failure", () => {
    const result = analyze(["Running tests...", "./run_test.sh: line 25: API_KEY: unbound variable"]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("test");
  });

  test("a traceback through a Python test driver is the test run's", () => {
    const result = analyze([
      "Traceback (most recent call last):",
      '  File "/build/foo-1.0/tests/run_tests.py", line 12, in <module>',
      "    import helpers",
      "ModuleNotFoundError: No module named 'helpers'",
    ]);
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("test");
  });

  test("near miss: another script's unbound variable names no test run", () => {
    const result = analyze(["./build.sh: line 25: API_KEY: unbound variable"]);
    expect(result.kind).not.toBe("test");
  });

  test("near miss: a compile error in a path that merely holds `test` stays compile", () => {
    const result = analyze([
      "  CC       tests/run_tests.o",
      "tests/run_tests.c:12:5: error: 'foo' undeclared (first use in this function)",
    ]);
    expect(result.kind).toBe("compile");
  });

  // Round 47c (convention 18): the GHC header is a compiler's, kind compile; the run still names phase test.
  test("cabal running a test suite (HTF): a GHC header in its output is a compile error in the test phase", () => {
    const result = analyze([
      "Running 1 test suites...",
      "Test suite TestHTF: RUNNING...",
      "Test1.hs:7:13:",
      "Compile error for Test3.hs did not occur in line 7, exit code of grep: 1",
    ]);
    expect(result).toMatchObject({ kind: "compile", phase: "test" });
  });

  test("tasty's failed test with its `N out of M tests failed` total cut reads test", () => {
    const result = analyze([
      "Tests",
      "  Parser",
      "    parses empty input:    OK",
      "    parses a number:       FAIL (0.01s)",
      "      test/ParserSpec.hs:42:",
      "      expected: Right 1",
    ]);
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("test");
  });
});

describe("2. a build-time helper's complaint under make's failed build target", () => {
  test("a code generator's `not found` above make's failed header target is a compile step's", () => {
    const result = analyze([
      "perl objxref.pl obj_mac.num obj_xref.txt > obj_xref.h",
      "sh: objxref.pl: not found",
      "make[2]: *** [Makefile:210: obj_xref.h] Error 127",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("compile");
  });

  test("make's failed install or check target names the install or the test run", () => {
    const install = analyze([
      "cp: cannot stat 'template.in': No such file or directory",
      "make[2]: *** [Makefile:12: install-data-local] Error 1",
    ]);
    expect(install.kind).toBe("install");
    const check = analyze(["sh: ./selftest: not found", "make[1]: *** [Makefile:900: check-am] Error 2"]);
    expect(check.kind).toBe("test");
  });

  test("near miss: the line's own rule says more than make's target (pkg-config is a configure step)", () => {
    const result = analyze([
      "Package libfoo was not found in the pkg-config search path.",
      "make: *** [Makefile:20: all] Error 1",
    ]);
    expect(result.kind).toBe("configure");
  });

  test("near miss: a banner's phase wins over make's target", () => {
    const result = analyze([
      "sh: objxref.pl: not found",
      "make[2]: *** [Makefile:210: obj_xref.h] Error 127",
      ...dieBanner("install", "emake install failed"),
    ]);
    expect(result.kind).toBe("install");
  });
});

describe("3. a configure step's pkg-config failure", () => {
  test("GN's pkg-config wrapper at `gn gen` reads configure", () => {
    const result = analyze([
      "ERROR at //build/config/linux/pkg_config.gni:97:17: Script returned non-zero exit code.",
      "stderr:",
      "",
      "Package dbus-1 was not found in the pkg-config search path.",
      "No package 'dbus-1' found",
      "Could not run pkg-config.",
    ]);
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("configure");
  });

  test("SCons' ParseConfig on a missing package reads configure", () => {
    const result = analyze([
      "scons: Reading SConscript files ...",
      "Package 'opengl', required by 'glu', not found",
      "OSError: 'pkg-config glu --cflags --libs' exited 1:",
    ]);
    expect(result.kind).toBe("configure");
  });

  test("near miss: pkg-config failing in a compile phase the banner names stays compile", () => {
    const result = analyze([
      "Package 'libfoo', required by 'virtual:world', not found",
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(result.kind).toBe("compile");
  });
});

describe("4. a compiler driver's complaint while linking", () => {
  test("clang refusing an argument of libtool's link command is the link's", () => {
    const result = analyze([
      "libtool: link: clang -shared -fPIC -DPIC .libs/foo.o -Wl,-O1 -nodefaultrpaths -o .libs/libfoo.so.1.0.0",
      "clang: error: unknown argument: '-nodefaultrpaths'",
      "make[2]: *** [Makefile:456: libfoo.la] Error 1",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("link");
  });

  test("clang's `linker command failed` is the link's", () => {
    const result = analyze([
      "clang: error: linker command failed with exit code 1 (use -v to see invocation)",
    ]);
    expect(result.kind).toBe("link");
  });

  test("near miss: the driver refusing an option of a compile command stays compile", () => {
    const result = analyze([
      "x86_64-pc-linux-gnu-gcc -O2 -mfoo -c foo.c -o foo.o",
      "x86_64-pc-linux-gnu-gcc: error: unrecognized command-line option '-mfoo'",
    ]);
    expect(result.kind).toBe("compile");
  });

  test("near miss: a compile step after the link step takes the driver's complaint back", () => {
    const result = analyze([
      "libtool: link: x86_64-pc-linux-gnu-gcc -shared .libs/foo.o -o .libs/libfoo.so.1.0.0",
      "  CC       bar.lo",
      "x86_64-pc-linux-gnu-gcc: error: unrecognized command-line option '-mfoo'",
    ]);
    expect(result.kind).toBe("compile");
  });
});

describe("5. libsandbox unable to trace (convention 5)", () => {
  const report =
    " *   /var/tmp/portage/sys-apps/sandbox-2.13/work/sandbox-2.13/libsandbox/trace.c:_do_ptrace():75: failure (Operation not permitted):";

  test("its report as the die's message under the banner is kind sandbox, not the phase's", () => {
    const result = analyze([
      " * ERROR: sys-libs/ncurses-6.1::gentoo failed (configure phase):",
      report,
      " *   ISE:_do_ptrace: ptrace(PTRACE_TRACEME, ..., 0x0000000000000000, 0x0000000000000000): Operation not permitted",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("sandbox");
    expect(result.infra?.reason).toBe("sandbox-unavailable");
    expect(result.atom).toBe("sys-libs/ncurses-6.1");
  });

  test("without a banner its report is the primary, and sandbox's build directory names no package", () => {
    const result = analyze([
      report.replace(" *   ", " * "),
      " * ISE:_do_ptrace: ptrace(PTRACE_TRACEME, ..., 0x0000000000000000, 0x0000000000000000): Operation not permitted",
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("sandbox");
    expect(result.atom).toBeNull();
  });

  test("near miss: a compile error in sandbox's own trace.c is sandbox's compile failure", () => {
    const result = analyze([
      "../../sandbox-2.13/libsandbox/trace.c:75:5: error: 'PTRACE_TRACEME' undeclared (first use in this function)",
    ]);
    expect(result.kind).toBe("compile");
    expect(result.infra).toBeNull();
  });
});
