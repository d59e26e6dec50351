import { describe, expect, test } from "vitest";
import {
  analyzeLines,
  COMPILE_COMMANDS,
  dieBanner,
  PHASE_BANNERS,
  phaseLog,
  phaseLogLine,
  readingOf,
  realRow,
  streamedText,
} from "./testing/failure-class";

// Round 52a (helper rules52a): test harnesses whose failure line the analyzer missed or read as another kind:
// unittest -v's row of a test that printed output before its verdict, ocamltest's `=> failed`, GNU cmp's verdict in
// a test suite, pytest that ran nothing. Each is written from a real public log (fixtures/corpus/real rows
// 1140-1144); the variants below are made up in the tools' own formats.
const analyze = analyzeLines;
const at = phaseLogLine;
const BANNERS = PHASE_BANNERS;

const UNITTEST = "test-unittest-verbose-row-argparse-output-verdict-later-dulwich-git";
const NIPYPE = "test-distutils-python-test-pytest-argparse-unrecognized-arguments-nipype";
const OCAMLTEST = "test-ocamltest-testing-with-native-failed-includestruct";
const GAWK = "test-gawk-make-check-cmp-differ-char-line-habitat";
const ROBOLAB = "test-pytest-file-or-directory-not-found-no-tests-ran-robolab";

const PYTHON_TEST_STEP = " * python3_12: running distutils-r1_run_phase python_test";

describe("1. unittest -v: a row whose test printed output, its verdict on a later line", () => {
  test("row 1140: argparse's usage and error printed into three rows, each `ERROR` below: the first row", () => {
    expect(readingOf(realRow(UNITTEST))).toMatchObject({
      status: "failed",
      line: 2,
      ruleId: "test-unittest-late-verdict",
      kind: "test",
      failedTests: [
        "__main__.self_test.<locals>.Tests.test_ancestor_and_ff",
        "__main__.self_test.<locals>.Tests.test_attr_c_quote_and_macro",
        "__main__.self_test.<locals>.Tests.test_crlf_and_unknown_filter",
        "__main__.self_test.<locals>.Tests.test_url_and_retry_classification",
      ],
    });
  });

  test.each([
    [
      "FAIL",
      "test_parse (tests.test_cli.CliTest.test_parse) ... parsing config.toml",
      "tests.test_cli.CliTest.test_parse",
    ],
    // Python before 3.11 names the class only.
    [
      "ERROR",
      "test_parse (tests.test_cli.CliTest) ... Warning: no locale set",
      "tests.test_cli.CliTest.test_parse",
    ],
    [
      "ERROR",
      "test_main (test.test_runner.RunnerTest.test_main) ... usage: runner [-h]",
      "test.test_runner.RunnerTest.test_main",
    ],
  ])("the row, not the output under it, when the verdict is %s", (verdict, row, name) => {
    const result = analyze([
      BANNERS.test,
      "test_ok (tests.test_cli.CliTest.test_ok) ... ok",
      row,
      "runner: error: unrecognized arguments: --bogus",
      "some more output",
      verdict,
      "test_next (tests.test_cli.CliTest.test_next) ... ok",
      ...dieBanner("test", "Testing failed with CPython 3.12"),
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.primary?.ruleId).toBe("test-unittest-late-verdict");
    expect(result.kind).toBe("test");
    expect(result.failedTests.map((failed) => failed.name)).toEqual([name]);
  });

  test("in a full log with the die, and through StreamingLog at odd chunk sizes", () => {
    const lines = [
      "test_a (pkg.tests.test_a.ATest.test_a) ... ok",
      "test_b (pkg.tests.test_a.ATest.test_b) ... usage: pkg [-h] [--remote REMOTE]",
      "           [--repo REPO]",
      "pkg: error: argument --remote: expected one argument",
      "ERROR",
      "",
      "======================================================================",
      "ERROR: test_b (pkg.tests.test_a.ATest.test_b)",
      "----------------------------------------------------------------------",
      "SystemExit: 2",
      "",
      "Ran 2 tests in 0.010s",
      "",
      "FAILED (errors=1)",
    ];
    const log = phaseLog(lines, "test", "Testing failed with CPython 3.12");
    expect(readingOf(analyze(log))).toMatchObject({
      status: "failed",
      line: at(1),
      ruleId: "test-unittest-late-verdict",
      kind: "test",
    });
    for (const size of [1, 7, 4093, 65536]) {
      const stream = streamedText(`${log.join("\n")}\n`, size);
      expect(stream.primary?.line, `chunk ${size}`).toBe(at(1));
      expect(stream.kind).toBe("test");
    }
  });

  test("a row whose output ends in `ok` is no failure; nor `skipped`, `expected failure` rows", () => {
    const result = analyze([
      "test_help (tests.test_cli.CliTest.test_help) ... usage: prog [-h] [--verbose]",
      "prog: error: the following arguments are required: --tasks",
      "ok",
      "test_net (tests.test_cli.CliTest.test_net) ... skipped 'needs network'",
      "test_known (tests.test_cli.CliTest.test_known) ... expected failure",
      "",
      "----------------------------------------------------------------------",
      "Ran 3 tests in 0.005s",
      "",
      "OK (skipped=1, expected failures=1)",
    ]);
    expect(result.failedTests).toEqual([]);
    expect(result.primary?.ruleId).not.toBe("test-unittest-late-verdict");
  });

  test("the verdict waits through the test's output only: the next row ends the wait", () => {
    const result = analyze([
      BANNERS.test,
      "test_a (pkg.ATest.test_a) ... printing something",
      "test_b (pkg.ATest.test_b) ... ok",
      "ERROR",
      ...dieBanner("test", "Testing failed with CPython 3.12"),
    ]);
    expect(result.failedTests).toEqual([]);
    expect(result.primary?.ruleId).not.toBe("test-unittest-late-verdict");
  });

  test("row 1141: argparse refusing py.test's arguments in distutils-r1's python_test: the error line, kind test", () => {
    expect(readingOf(realRow(NIPYPE))).toMatchObject({
      status: "failed",
      line: 3,
      ruleId: "argparse-error",
      kind: "test",
      phase: "test",
    });
  });

  test.each([
    "runtests.py: error: unrecognized arguments: --exe ../build/lagrit",
    "runtests.py: error: argument -l/--levels: invalid int value: 'x'",
  ])("a runtests.py's argparse under python_test, with the die: %s", (error) => {
    const log = phaseLog(
      [
        PYTHON_TEST_STEP,
        "python3.12 runtests.py --exe ../build/lagrit",
        "usage: runtests.py [-h] [-v] [-q] [--locals] [-f] [-c] [-b] [-k TESTNAMEPATTERNS]",
        "                   [tests ...]",
        error,
      ],
      "test",
      "Tests fail with python3.12",
    );
    expect(readingOf(analyze(log))).toMatchObject({ line: at(4), ruleId: "argparse-error", kind: "test" });
    expect(readingOf(analyze([PYTHON_TEST_STEP, "usage: runtests.py [-h]", error]))).toMatchObject({
      status: "failed",
      line: 3,
      kind: "test",
    });
  });
});

describe("2. ocamltest's `=> failed` lines", () => {
  test("row 1142: the first `testing 'x.ml' with 1 (native) => failed (…)` line", () => {
    expect(readingOf(realRow(OCAMLTEST))).toMatchObject({
      status: "failed",
      line: 2,
      ruleId: "test-ocamltest-failed",
      kind: "test",
      failedTests: ["includestruct.ml"],
    });
  });

  test.each([
    " ... testing 'foo.ml' with line 3 (native) => failed (Action 3/7 (check-program-output) => failed (Output differs))",
    "Action 3/7 (check-program-output) => failed (Output _ocamltest/foo/ocamlopt.byte/foo.opt.output differs)",
    "  Running action 7/13 (check-output) => failed (Output differs)",
  ])("the first failure line, kind test, above the summary and the die: %s", (line) => {
    const log = phaseLog(
      [
        "Running tests from 'tests/basic' ...",
        " ... testing 'bar.ml' with 1 (native) => passed",
        line,
        " ... testing 'baz.ml' with 2 (bytecode) => failed (Running action 2/4 (ocamlc.byte) => failed)",
        "Summary:",
        "  1 test(s) failed",
        "List of failed tests:",
        "    tests/basic/foo.ml",
      ],
      "test",
      "emake failed",
    );
    expect(readingOf(analyze(log))).toMatchObject({
      line: at(2),
      ruleId: "test-ocamltest-failed",
      kind: "test",
    });
  });

  test("near misses: passed, skipped and n/a verdicts", () => {
    for (const line of [
      " ... testing 'foo.ml' with 1 (native) => passed",
      " ... testing 'foo.ml' with 2.1.2 (flambda) => skipped (support for flambda disabled)",
      " ... testing 'foo.ml' with 2.1.2.1 (check-ocamlc.byte-output) => n/a",
      "Action 3/7 (check-program-output) => passed",
    ]) {
      const result = analyze([BANNERS.test, line, ">>> Completed testing dev-lang/ocaml-5.2.0"]);
      expect(result.status, line).toBe("succeeded");
    }
  });
});

describe("3. GNU cmp's verdict in a test suite", () => {
  test("row 1143: gawk's `make check`: cmp's `differ: char 131, line 8`, not the later `more: command not found`", () => {
    expect(readingOf(realRow(GAWK))).toMatchObject({
      status: "failed",
      line: 1,
      ruleId: "test-cmp-files-differ",
      kind: "test",
    });
  });

  test.each([
    "cmp: EOF on _filefuncs after byte 512, line 20",
    "cmp: EOF on _fork after byte 12, in line 2",
    "cmp: EOF on /tmp/tmp.7KAXKAIkVZ/raw.yu12.1280.24 after byte 23500800, in line 1",
    "cmp: EOF on _fork2 which is empty",
    "cmp: EOF on mr-wc-all",
    "/var/tmp/portage/sys-apps/gawk-5.3.0/work/gawk-5.3.0/test/apiterm.ok _apiterm differ: byte 1, line 1",
    "fnmatch.ok _fnmatch differ: char 1, line 1",
  ])("in src_test, above the suite's total and make's echo: %s", (verdict) => {
    const log = phaseLog(
      [
        "======== Starting basic tests ========",
        "addcomma",
        "apiterm",
        verdict,
        "make[2]: [Makefile:2700: apiterm] Error 1 (ignored)",
        "2 TESTS FAILED",
        "make[2]: *** [Makefile:4646: pass-fail] Error 1",
        "make[1]: *** [Makefile:1819: check] Error 1",
      ],
      "test",
      "emake failed",
    );
    expect(readingOf(analyze(log))).toMatchObject({
      line: at(3),
      ruleId: "test-cmp-files-differ",
      kind: "test",
    });
    const stream = streamedText(`${log.join("\n")}\n`, 4093);
    expect(stream.primary?.line).toBe(at(3));
  });

  test("in src_compile a build script's cmp does not outrank the compiler's error after it", () => {
    const result = analyze(
      phaseLog(
        [
          "cmp: EOF on gen/tables.h.new after byte 512, line 20",
          "gen/tables.h gen/tables.h.new differ: byte 1, line 1",
          "src/x.c:12:5: error: 'foo' undeclared (first use in this function)",
        ],
        "compile",
        "emake failed",
      ),
    );
    expect(result.primary?.line).toBe(at(2));
    expect(result.kind).toBe("compile");
  });

  test("near misses: another tool's `differ` lines, diff's hunk header, a compile log's cmp -s command", () => {
    for (const line of [
      "Binary files a.out and b.out differ",
      "Files expected/out.txt and actual/out.txt differ",
      "cmp -s gen/tables.h gen/tables.h.new || mv gen/tables.h.new gen/tables.h",
      "checking whether cmp accepts EOF on input... yes",
    ]) {
      const result = analyze([BANNERS.compile, ...COMPILE_COMMANDS, line, ">>> Source compiled."]);
      expect(result.status, line).toBe("succeeded");
    }
  });
});

describe("4. pytest that ran nothing", () => {
  test("row 1144: `no tests ran`, then pytest's `ERROR: file or directory not found: tests/`: the ERROR line", () => {
    expect(readingOf(realRow(ROBOLAB))).toMatchObject({
      status: "failed",
      line: 9,
      ruleId: "test-pytest-path-not-found",
      kind: "test",
    });
  });

  test.each([
    "============================ no tests ran in 0.12s =============================",
    "=========================== 12 deselected in 0.05s ============================",
    "======================= no tests ran in 1.02s (0:00:01) ========================",
  ])("under epytest's die, pytest's closing line over the die's message, kind test: %s", (closing) => {
    const lines = [
      "============================= test session starts ==============================",
      "platform linux -- Python 3.12.3, pytest-8.2.0, pluggy-1.5.0",
      "rootdir: /var/tmp/portage/dev-python/foo-1.0/work/foo-1.0",
      "collected 12 items / 12 deselected / 0 selected",
      "",
      closing,
    ];
    const log = phaseLog([PYTHON_TEST_STEP, ...lines], "test", "pytest failed with python3.12");
    expect(readingOf(analyze(log))).toMatchObject({
      status: "failed",
      line: at(6),
      ruleId: "test-pytest-no-tests-ran",
      kind: "test",
    });
    const stream = streamedText(`${log.join("\n")}\n`, 7);
    expect(stream.primary?.line).toBe(at(6));
    // Without the die the run stays a success (round 49b's reading: nothing says epytest failed on it).
    expect(analyze(lines).status).toBe("succeeded");
  });

  test("pytest's own ERROR line outranks its closing line; argparse's reason outranks its usage line", () => {
    expect(
      readingOf(
        analyze([
          "collected 0 items",
          "",
          "============================ no tests ran in 0.12s =============================",
          "ERROR: file or directory not found: tests/test_foo.py",
        ]),
      ),
    ).toMatchObject({ status: "failed", line: 4, ruleId: "test-pytest-path-not-found", kind: "test" });
    expect(
      readingOf(
        analyze([
          PYTHON_TEST_STEP,
          "ERROR: usage: __main__.py [options] [file_or_dir] [file_or_dir] [...]",
          "__main__.py: error: unrecognized arguments: --randomly-seed=137",
          "  inifile: None",
        ]),
      ),
    ).toMatchObject({ status: "failed", line: 3, ruleId: "test-pytest-usage-error", kind: "test" });
  });

  test("near misses: a run that passed some tests and deselected others, pytest's own progress lines", () => {
    for (const line of [
      "=================== 3 passed, 12 deselected in 0.50s ===================",
      "collected 0 items",
      "# no tests ran in this directory, see README",
    ]) {
      const result = analyze([
        BANNERS.test,
        PYTHON_TEST_STEP,
        line,
        ">>> Completed testing dev-python/foo-1.0",
      ]);
      expect(result.status, line).toBe("succeeded");
      expect(analyze([line]).status, line).toBe("succeeded");
    }
  });
});
