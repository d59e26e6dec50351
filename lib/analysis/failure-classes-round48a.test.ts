import { describe, expect, test } from "vitest";
import { analyzeLines, callStack, dieBanner, realRow, realRowLines } from "./testing/failure-class";

// Round 48a (rules48a): test harnesses the analyzer did not read (Python's doctest, Jest, mocha, eunit, common_test,
// tox, Julia), bare and under src_test's banner and die. Each change is written from a real public log
// (fixtures/corpus/real rows 1040-1045) but Julia's and mocha's, made up in the tools' formats (no attributable
// public log found in the look-up budget). Held-out logs not read.
const analyze = analyzeLines;
/** `lines` in src_test: Portage's banner above, the die and its call stack below (line n of `lines` is n + 1). */
const inTestPhase = (lines: readonly string[]) => [
  ">>> Test phase: dev-foo/bar-1.0",
  ...lines,
  ...dieBanner("test", "Tests failed"),
  ...callStack("test", "distutils-r1_src_test"),
];

describe("Python's doctest: the failed example's File line (rows 1040-1041)", () => {
  const cpython = "test-python-doctest-failed-example-test-doctest-cli-pyoxidizer";
  const sphinx = "test-sphinx-doctest-failed-example-line-unknown-pwntools";

  test("row 1040: the first File line names the failed example, not `Failed example:` nor the nested report", () => {
    const result = realRow(cpython);
    expect(result.primary?.line).toBe(1);
    expect(result.primary?.ruleId).toBe("test-python-doctest-failed");
    expect(result.kind).toBe("test");
    expect(result.failedTests.map((t) => t.name)).toEqual(["test.test_doctest.test_CLI"]);
  });

  test("rows 1040 and 1041 under src_test's banner: the File line, not the die's message", () => {
    for (const folder of [cpython, sphinx]) {
      const result = analyze(inTestPhase(realRowLines(folder)));
      expect(result.primary?.line).toBe(2);
      expect(result.kind).toBe("test");
    }
  });

  test("row 1041: Sphinx's `line ?, in default`", () => {
    const result = realRow(sphinx);
    expect(result.primary?.text).toBe('File "elf/corefile.rst", line ?, in default');
    expect(result.kind).toBe("test");
  });

  test("doctest's totals are echoes: alone they fail the excerpt, below a File line they are not the primary", () => {
    for (const line of ["***Test Failed*** 1 failures.", "1 items had failures:", "    1 failure in tests"]) {
      const alone = analyze([line]);
      expect(alone.status).toBe("failed");
      expect(alone.primary?.ruleId).toBe("test-python-doctest-summary");
      expect(alone.kind).toBe("test");
    }
    const result = analyze(
      inTestPhase([
        'File "/var/tmp/portage/dev-python/foo-1.0/work/foo-1.0/foo/bar.py", line 12, in foo.bar',
        "Failed example:",
        "    f(1)",
        "1 items had failures:",
        "   1 of   3 in foo.bar",
        "***Test Failed*** 1 failures.",
      ]),
    );
    expect(result.primary?.line).toBe(2);
  });

  test("near misses: a traceback's frames, indented or flush left with a bare function, are no doctest", () => {
    const traceback = [
      "Traceback (most recent call last):",
      '  File "/usr/lib/python3.12/x.py", line 12, in foo.bar',
    ];
    expect(analyze(traceback).primary?.ruleId).not.toBe("test-python-doctest-failed");
    for (const frame of [
      'File "/usr/lib/python2.7/site-packages/SCons/Script/Main.py", line 920, in _main',
      'File "x.py", line 3, in <module>',
    ]) {
      expect(analyze([frame]).primary?.ruleId).not.toBe("test-python-doctest-failed");
    }
    expect(analyze(["0 items had failures:", "***Test Failed*** 0 failures."]).status).toBe("succeeded");
  });
});

describe("Jest and mocha under npm test (row 1042)", () => {
  const jest = "test-jest-failed-test-npm-test-inrupt-tmp-db-problem";

  test("row 1042: the `●` header, not ` FAIL  ./simple.test.js` nor the totals", () => {
    const result = realRow(jest);
    expect(result.primary?.line).toBe(10);
    expect(result.kind).toBe("test");
    expect(result.failedTests.map((t) => t.name)).toEqual(["verificationKey › generates a key"]);
  });

  test("row 1042 under src_test's banner: the `●` header, not the die's message", () => {
    const result = analyze(inTestPhase(realRowLines(jest)));
    expect(result.primary?.line).toBe(11);
    expect(result.primary?.ruleId).toBe("test-jest-failed");
  });

  test("Jest's FAIL line and totals alone fail an excerpt, kind test", () => {
    expect(analyze([" FAIL  src/a.test.js (5.2 s)"]).primary?.ruleId).toBe("test-jest-file-failed");
    expect(analyze(["Tests:       1 failed, 9 passed, 10 total"]).primary?.ruleId).toBe(
      "test-js-totals-failed",
    );
    const result = analyze(
      inTestPhase([" FAIL  src/a.test.js", "Tests:       1 failed, 9 passed, 10 total"]),
    );
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("test");
    // An excerpt of one line loses its indentation (a paste's margin): Jest's header is read in its block.
    expect(analyze([" FAIL  src/a.test.js", "  ● Test suite failed to run"]).primary?.line).toBe(2);
  });

  test("near misses: `● Console`, Jest's warnings, a passing run's totals", () => {
    for (const line of [
      "  ● Console",
      "  ● Validation Warning:",
      "Tests:       10 passed, 10 total",
      " PASS  src/b.test.js",
    ]) {
      expect(analyze([line]).status, line).toBe("succeeded");
    }
  });

  test("mocha's `N failing` (made-up lines in mocha's format): an echo over the die's message, kind test", () => {
    const lines = ["  Suite", "    ✓ does y", "    1) does x", "", "  9 passing (20ms)", "  1 failing"];
    const result = analyze(inTestPhase(lines));
    expect(result.primary?.line).toBe(7);
    expect(result.kind).toBe("test");
  });
});

describe("Erlang eunit and common_test (rows 1043-1044)", () => {
  const eunit = "test-eunit-failed-undef-rebar3-gset";
  const ct = "test-common-test-case-failed-rebar3-ct-erlings";

  test("row 1043: eunit's `*failed*` row over its `Failed: 1.` total", () => {
    const result = realRow(eunit);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("test");
    expect(result.failedTests.map((t) => t.name)).toEqual(["gset:basic_props_test"]);
  });

  test("row 1044: common_test's first FAILED row, not make's echo nor rebar3's", () => {
    const result = realRow(ct);
    expect(result.primary?.line).toBe(7);
    expect(result.kind).toBe("test");
  });

  test("rows 1043 and 1044 under src_test's banner", () => {
    expect(analyze(inTestPhase(realRowLines(eunit))).primary?.line).toBe(3);
    expect(analyze(inTestPhase(realRowLines(ct))).primary?.line).toBe(8);
  });

  test("the totals alone fail an excerpt; a passing run's do not", () => {
    expect(analyze(["  Failed: 1.  Skipped: 0.  Passed: 12."]).primary?.ruleId).toBe(
      "test-erlang-totals-failed",
    );
    expect(analyze(["Failed 1 tests. Passed 12 tests."]).primary?.ruleId).toBe("test-erlang-totals-failed");
    expect(analyze(["  foo_tests: slow_test...*timed out*"]).primary?.ruleId).toBe("test-eunit-failed");
    expect(analyze(["  Failed: 0.  Skipped: 0.  Passed: 12."]).status).toBe("succeeded");
    expect(analyze(["%%% foo_SUITE ==> bar_case: OK"]).status).toBe("succeeded");
  });
});

describe("tox and nox: the runner's verdict is an echo (row 1045)", () => {
  const tox = "test-tox-invocation-error-pytest-file-not-found-hdrhistogram";

  test("row 1045: pytest's `ERROR: file not found:` over tox's InvocationError, kind test", () => {
    const result = realRow(tox);
    expect(result.primary?.line).toBe(8);
    expect(result.kind).toBe("test");
  });

  test("a pytest FAILED row inside tox's and nox's output stays the primary", () => {
    for (const verdict of [
      "ERROR:   py311: commands failed",
      "  py311: FAIL code 1 (1.20=setup[0.40]+cmd[0.80] seconds)",
      "nox > Command pytest failed with exit code 1",
    ]) {
      const result = analyze(
        inTestPhase(["FAILED tests/test_a.py::test_x - AssertionError: assert 1 == 2", verdict]),
      );
      expect(result.primary?.line, verdict).toBe(2);
    }
  });

  test("alone, tox's verdict fails an excerpt (kind test); under a banner the die's message stands", () => {
    for (const verdict of [
      "ERROR:   py311: commands failed",
      "py311: FAIL code 1 (1.2=setup[0.4]+cmd[0.8] seconds)",
      "ERROR: InvocationError for command /work/.tox/py311/bin/pytest tests (exited with code 1)",
      "===> Error running tests",
      "ERROR: Package Foo errored during testing",
    ]) {
      const alone = analyze([verdict]);
      expect(alone.primary?.ruleId, verdict).toBe("test-runner-verdict");
      expect(alone.kind, verdict).toBe("test");
      expect(analyze(inTestPhase([verdict])).primary?.ruleId, verdict).toBe("portage-die-message");
    }
    expect(analyze(["  py311: commands succeeded"]).status).toBe("succeeded");
  });
});

describe("Julia's Test and its load errors (made-up lines in Julia's format)", () => {
  const run = [
    "     Testing Foo",
    "Arrays: Test Failed at /var/tmp/portage/dev-julia/Foo-1.0/work/Foo-1.0/test/runtests.jl:12",
    "  Expression: foo(fill(1.0, 4)) == 15",
    "   Evaluated: 16 == 15",
    "Test Summary: | Pass  Fail  Total",
    "Foo Tests     |    3     1      4",
    "ERROR: LoadError: Some tests did not pass: 3 passed, 1 failed, 0 errored, 0 broken.",
    "ERROR: Package Foo errored during testing",
  ];

  test("the `Test Failed at` line, not the TestSetException (was meson-plain-error, kind configure)", () => {
    for (const lines of [run, inTestPhase(run)]) {
      const result = analyze(lines);
      expect(result.primary?.text).toBe(run[1]);
      expect(result.kind).toBe("test");
    }
    expect(analyze(["Error During Test at /x/test/runtests.jl:20"]).primary?.ruleId).toBe(
      "test-julia-failed",
    );
  });

  test("the totals alone: an echo of kind test", () => {
    const result = analyze([run[6]]);
    expect(result.primary?.ruleId).toBe("test-julia-summary");
    expect(result.kind).toBe("test");
  });

  test("a package's build: `ERROR: LoadError:` is compile without a phase and the phase's kind under one", () => {
    const lines = ["ERROR: LoadError: UndefVarError: foo not defined", "Stacktrace:", " [1] top-level scope"];
    expect(analyze(lines).kind).toBe("compile");
    const compiled = analyze([
      ">>> Compiling source in /var/tmp/portage/dev-lang/julia-1.9/work/julia-1.9 ...",
      ...lines,
      "make[1]: *** [sysimage.mk:61: corecompiler.ji] Error 1",
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(compiled.primary?.line).toBe(2);
    expect(compiled.kind).toBe("compile");
  });
});
