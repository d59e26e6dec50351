// Failed-test lines of the common harnesses (docs/domain.md, "Tool errors above the banner"). Each
// gives a test name for `failedTests` and is also an error candidate of kind "test".
import { type LineRule, TIER_DETAIL, TIER_ECHO, TIER_ROOT, tokenAfter } from "./rule";

function testRule(rule: Omit<LineRule, "role" | "kind" | "severity">): LineRule {
  return { ...rule, role: "test", kind: "test", severity: "error" };
}

export const AUTOMAKE_TEST_FAIL = testRule({
  id: "test-automake-fail",
  // At the line's start ("\n", needle-scan.ts): not Automake's `# FAIL:  0` summary.
  // `ERROR: games-util/steam-ins` is Portage's die banner cut by a narrow paste (eerror's ` * ` lost, round
  // 15): a Gentoo category (`word-word/`, every one but virtual/) at its start is no test's name.
  needles: ["\nFAIL: ", "\nXPASS: ", "\nERROR: "],
  // Round 47a: nor a count of the summary (`# XPASS: 0`, `# ERROR: 0`) whose `# ` the paste grammar took for a
  // comment's: a number alone names no test (automake pads `# FAIL:  0` with two blanks, which `\S` refuses already).
  pattern: /^(?:(?:FAIL|XPASS): (?!\d+\s*$)\S|ERROR: (?!\d+\s*$)(?![a-z\d]+-[a-z\d]+\/)\S+$)/,
  example: "FAIL: test-version",
  tier: TIER_ROOT,
  testName: (text) => tokenAfter(text, ": "),
});

export const PYTEST_SUMMARY_FAILED = testRule({
  id: "test-pytest-failed",
  needles: ["FAILED ", "ERROR "],
  // The -ra short summary: names the test and the reason on one line; a collection
  // error names the module only (`ERROR tests/test_x.py - ValueError: …`).
  pattern: /^(?:FAILED|ERROR) (?:[^\s:]+::|[^\s:]+\.py(?: - |$))/,
  example: "FAILED tests/test_escape.py::test_escape[abcd] - AssertionError: assert 'a' == 'b'",
  tier: TIER_ROOT,
  testName: (text) => {
    const name = text.slice(text.indexOf(" ") + 1);
    const reason = name.indexOf(" - ");
    return reason === -1 ? name : name.slice(0, reason);
  },
});

export const PYTEST_ERROR_HEADER = testRule({
  id: "test-pytest-error-header",
  note:
    "a header of pytest's ERRORS section (collection, fixture setup or teardown failed); the -ra short " +
    "summary's `ERROR path` line (tier 3) names the same and stays the primary. pytest prints the section " +
    "only for a run that errored, so it fails a log cut before the summary (conclusive)",
  needles: [" ERROR collecting ", " ERROR at setup of ", " ERROR at teardown of "],
  pattern: /^_{3,} ERROR (?:collecting|at (?:setup|teardown) of) (?:test session|[^\s_][^ ]*) _{3,}$/,
  example: "______________ ERROR collecting test/test_package/test_module.py _______________",
  tier: TIER_DETAIL,
  conclusive: true,
  testName: (text) => {
    const name = text.replace(/^_+ ERROR (?:collecting|at (?:setup|teardown) of) /, "");
    return name.slice(0, name.indexOf(" "));
  },
});

export const PYTEST_FAILURE_HEADER: LineRule = {
  id: "test-pytest-failure-header",
  note:
    "a header of pytest's FAILURES section, one per failed test (`___ test_x[param] ___`, `___ TestC.test_y ___`): " +
    "the first line that names a failed test in an excerpt cut before the -ra summary, whose `FAILED path::test - " +
    "reason` row (tier 3) stays the primary where it is there. Padded to 80 columns: a long name has one `_` a side. " +
    "Only a failing run prints the section (conclusive)",
  // The name starts with pytest's default `test` prefix, after a class (`TestFoo.`) or not: not the `_ _ _`
  // separators of a long traceback, nor other underscore banners.
  needles: ["_ test", "_ Test"],
  pattern: /^_+ (?:Test\w*\.)?test\w*(?:\[.*\])? _+$/,
  example: "_____________________ test_miff_cmyk16[internal] _____________________",
  // Tier 2 like -v's progress row (round 40; was 1): the first of them in the log names the first failed test,
  // and the traceback's `E   assert …` lines under it (pytest-e-line, tier 2) come later and name none.
  tier: TIER_DETAIL,
  conclusive: true,
  // An error line of kind test, not a failed-test entry: the same test is named by the progress row and the
  // summary as a node id (`path::test`), and a second spelling would count it twice (finding-groups.test.ts).
  role: "error",
  kind: "test",
  severity: "error",
};

export const PYTEST_FAILURE_LOCATION: LineRule = {
  id: "test-pytest-location",
  note:
    "the last line of a pytest failure's traceback, `path.py:LINE: ExceptionClass` (the test's own line " +
    "in the default and `--tb=short` styles); the `FAILED path::test` summary line stays the primary where it is there",
  // `.py:` and a digit: not pytest's `path.py::test` node ids, which fill a verbose run.
  needles: [".py:1", ".py:2", ".py:3", ".py:4", ".py:5", ".py:6", ".py:7", ".py:8", ".py:9"],
  pattern: /^[\w./-]+\.py:\d+: (?:[a-z_]\w*\.)*(?:[A-Z]\w*(?:Error|Exception)|Failed)$/,
  example: "tests/test_flatten.py:95: AssertionError",
  role: "error",
  tier: TIER_DETAIL,
  kind: "test",
  severity: "error",
};

export const DUNE_TEST_ALIAS_FAILED: LineRule = {
  id: "test-dune-runtest",
  note:
    "dune's report of the test alias failing (`dune runtest`, `dune build @runtest`): a test executable " +
    "exited non-zero or died of a signal; dune 3 words it `Command got signal SEGV.` under the test's stanza",
  needles: ["runtest (got signal ", "runtest (exit "],
  pattern: /^\s*(?:run )?alias (?:[\w./-]+\/)?runtest \((?:got signal [A-Z]+|exit \d+)\)$/,
  example: "alias tests/runtest (got signal SEGV)",
  role: "error",
  tier: TIER_ROOT,
  kind: "test",
  severity: "error",
};

export const PYTEST_IMPORT_ERROR: LineRule = {
  id: "test-pytest-import-error",
  note:
    "pytest's collection error for a test module that does not import, under `ERROR collecting …`: the " +
    "header and the -ra summary's `ERROR path` (row 37's convention) stay the primary where they are there; " +
    "an excerpt starting at this line fails on it (conclusive)",
  // `ImportError while loading conftest '…'.` (pytest's config) the same for a conftest.py
  needles: ["ImportError while importing test module '", "ImportError while loading conftest '"],
  pattern: /^ImportError while (?:importing test module|loading conftest) '[^']+'/,
  example:
    "ImportError while importing test module '/var/tmp/portage/dev-python/foo-1/work/foo-1/tests/test_foo.py'.",
  tier: TIER_DETAIL,
  conclusive: true,
  // An error line, not a failed test: the header above it names the module already.
  role: "error",
  kind: "test",
  severity: "error",
};

export const UNITTEST_IMPORT_FAILED: LineRule = {
  id: "test-unittest-import-failed",
  note:
    "unittest's loader (`_make_failed_import_test`): a test module that does not import; the exception " +
    "under it says why (python-exception), this line says it is the tests",
  needles: ["ImportError: Failed to import test module: "],
  pattern: /^ImportError: Failed to import test module: \S/,
  example: "ImportError: Failed to import test module: test_foo",
  tier: TIER_DETAIL,
  conclusive: true,
  role: "error",
  kind: "test",
  severity: "error",
};

export const PYTEST_PROGRESS_FAILED = testRule({
  id: "test-pytest-progress",
  needles: [" FAILED", " ERROR"],
  note:
    "pytest -v's progress line; the -ra summary (tier 3) is the better primary. It still proves the run " +
    "failed, so an excerpt of progress lines alone fails on the first (conclusive)",
  // pytest-xdist -v puts the worker and the percentage first: `[gw3] [ 45%] FAILED tests/x.py::test_y`
  pattern:
    /^(?:[^\s:]+::.* (?:FAILED|ERROR)(?: +\[[ \d/%]+\])?|\[gw\d+\] \[ *\d+%\] (?:FAILED|ERROR) [^\s:]+::\S.*)$/,
  example: "tests/test_markupsafe.py::test_format FAILED                            [46/52]",
  // Round 40: tier 2 (was 1), as the FAILURES header: above the tracebacks' `E   ` lines it names the failed test.
  tier: TIER_DETAIL,
  conclusive: true,
  testName: (text) =>
    text.startsWith("[gw")
      ? tokenAfter(text, text.includes("] FAILED ") ? "] FAILED " : "] ERROR ")
      : text.slice(0, text.lastIndexOf(text.includes(" FAILED") ? " FAILED" : " ERROR")),
});

/** `tests/test_x.py::test_y` (or the module alone) before pytest's crash report. */
function crashedTestName(text: string): string {
  // The node id is the first word: pytest's progress marks (`..F`) follow it after a blank.
  const name = text.trimStart();
  const end = name.search(/ |Fatal Python error: /);
  return end > 0 ? name.slice(0, end) : name;
}

export const PYTEST_INTERPRETER_CRASH: LineRule = {
  id: "test-pytest-interpreter-crash",
  note:
    "pytest's progress line, then the interpreter's `Fatal Python error: Aborted` (or `Segmentation " +
    "fault`) glued to it: the test that crashed the interpreter. The stack dump follows, then the shell's " +
    "`line N: 66 Aborted (core dumped)` (shell-job-crash), which only echoes it",
  needles: ["Fatal Python error: "],
  // The node id ends at a blank; progress marks (`..F`, glued to `Fatal`) follow it.
  pattern: /^\s*[^\s:]+\.py(?:::\S+)? [.sxXFE]{0,200}Fatal Python error: /,
  example: "    tests/test_decoder.py::test_empty_size_pickles Fatal Python error: Aborted",
  role: "test",
  tier: TIER_ROOT,
  kind: "test",
  severity: "error",
  testName: crashedTestName,
};

export const PYTEST_COLLECTION_CRASH: LineRule = {
  id: "pytest-collection-crash",
  note:
    "the same crash while pytest imported the test modules (`collecting ... ` has no newline yet): no test " +
    "to name, the test run failed all the same",
  needles: ["collecting ... Fatal Python error: "],
  pattern: /^collecting \.\.\. Fatal Python error: /,
  example: "collecting ... Fatal Python error: Aborted",
  role: "error",
  tier: TIER_ROOT,
  kind: "test",
  severity: "error",
};

export const PYTEST_INTERNAL_ERROR: LineRule = {
  id: "pytest-internal-error",
  note:
    "round 47d: pytest itself (or a plugin's hook) crashed, every line of its traceback prefixed `INTERNALERROR> `: " +
    "the exception ending it is why the run failed, before or between tests (no test to name). Only a crashed " +
    "session prints it (conclusive): an excerpt of the traceback alone read as a success",
  needles: ["INTERNALERROR> "],
  // The exception's line (`INTERNALERROR> AttributeError: …`, a bare `INTERNALERROR> KeyboardInterrupt`), not a
  // frame (`INTERNALERROR>   File "…"`) or a source line under it.
  pattern: /^INTERNALERROR> [A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt)(?:: |\s*$)/,
  example: "INTERNALERROR> AttributeError: 'str' object has no attribute 'relto'",
  role: "error",
  tier: TIER_ROOT,
  kind: "test",
  severity: "error",
  conclusive: true,
};

export const CTEST_FAILED = testRule({
  id: "test-ctest-failed",
  needles: [
    "(Failed)",
    "(SEGFAULT)",
    "(Timeout)",
    "(Subprocess aborted)",
    "(Child aborted)",
    "(Not Run)",
    "(Exception)",
  ],
  pattern:
    /^\s*\d+ - \S.* \((?:Failed|SEGFAULT|Timeout|Subprocess aborted|Child aborted|Not Run|Exception)\)$/,
  example: "\t  3 - test_parser (Failed)",
  tier: TIER_ROOT,
  testName: (text) => {
    const name = text.slice(text.indexOf(" - ") + 3);
    return name.slice(0, name.lastIndexOf(" ("));
  },
});

export const CTEST_PROGRESS_FAILED = testRule({
  id: "test-ctest-progress",
  needles: ["***Failed", "***Exception", "***Timeout", "***Not Run"],
  // Same tier as the summary entry: the progress line comes first and wins (it is
  // where the test's own output is); `Subprocess aborted***Exception` has words before the stars.
  pattern:
    /^\s*\d+\/\d+ Test +#\d+: \S+ \.*(?:[A-Za-z][A-Za-z ]{0,40})?\*{3}(?:Failed|Exception|Timeout|Not Run)/,
  example: "3/5 Test #3: test_parser ......................***Failed    0.02 sec",
  tier: TIER_ROOT,
  testName: (text) => tokenAfter(text, ": "),
});

export const MESON_TEST_FAILED = testRule({
  id: "test-meson-fail",
  needles: [" FAIL ", " TIMEOUT "],
  pattern: /^ *\d+\/\d+ \S.* (?:FAIL|TIMEOUT) +\d/,
  example: " 2/12 fribidi:run_test_suite            FAIL            0.02s   exit status 1",
  tier: TIER_ROOT,
  testName: (text) => tokenAfter(text.trimStart(), " "),
});

/**
 * Round 25 (LABELLING.md convention 10): googletest's first failed assertion says why (`Value of: false`,
 * `Expected equality of these values:`, `Expected: (a) != (b), actual: …`), on the line below its location;
 * the `[  FAILED  ] Suite.Test` rows that follow only name the test. The title is that message.
 */
export const GTEST_ASSERTION_MESSAGE = testRule({
  id: "test-gtest-assertion",
  needles: [],
  pattern: /\S/,
  example: "Expected equality of these values:",
  tier: TIER_ROOT,
});

export const GTEST_FAILURE_LOCATION = testRule({
  id: "test-gtest-failure-location",
  note:
    "googletest's `path/file.cc:N: Failure` (`unknown file: Failure` for an exception or a mock): the location; the " +
    "assertion's message is the next line (test-gtest-assertion). Alone it still fails the run",
  needles: [": Failure"],
  pattern: /^(?:[\w./+-]+\.(?:cc|cpp|cxx|c|h|hpp|mm?):\d+|unknown file): Failure$/,
  example: "/build/app/tests/utests/SampleApp_test.cpp:23: Failure",
  tier: TIER_DETAIL,
  nextLine: GTEST_ASSERTION_MESSAGE,
});

/**
 * Catch2's failed assertion as googletest's (convention 10): the macro with its expression, on the line below the
 * location (`  REQUIRE( x == y )`, `  CHECK_THAT( … )`), then `with expansion:` and the values. Not its
 * `explicitly with message:` (a FAIL() macro): there the location stays the line.
 */
export const CATCH2_ASSERTION = testRule({
  id: "test-catch2-assertion",
  needles: [],
  pattern: /^\s*(?:REQUIRE|CHECK)(?:_FALSE|_THAT|_THROWS\w*|_NOTHROW)?\( /,
  example: "    REQUIRE( h.getInfo().objective_function_value == mip_optimal_objective )",
  tier: TIER_ROOT,
});

export const CATCH2_FAILED_LOCATION = testRule({
  id: "test-catch2-failed-location",
  note:
    "Catch2's `path/test.cpp:N: FAILED:` (MSVC's `file.cpp(N): FAILED:`): the location; the assertion is the next " +
    "line (test-catch2-assertion). Alone it still fails the run. Not ninja's `FAILED: out.o` (nothing after here)",
  needles: [": FAILED:"],
  pattern: /^\s*[\w./+-]+\.(?:cc|cpp|cxx|c\+\+|c|h|hpp|mm?)(?::\d+|\(\d+\)): FAILED:\s*$/,
  example: ".../check/TestMipSolver.cpp:1162: FAILED:",
  tier: TIER_DETAIL,
  nextLine: CATCH2_ASSERTION,
});

export const GMOCK_UNEXPECTED_CALL = testRule({
  id: "test-gmock-unexpected-call",
  note:
    "gmock's verdict on a call no expectation matched; it comes a blank line below `unknown file: Failure`, " +
    "so it is a rule of its own (convention 10)",
  needles: ["Unexpected mock function call - "],
  pattern: /^Unexpected mock function call - /,
  example: "Unexpected mock function call - returning default value.",
  tier: TIER_ROOT,
});

export const GTEST_FAILED = testRule({
  id: "test-gtest-failed",
  needles: ["[  FAILED  ]"],
  pattern: /^\[ {2}FAILED {2}\] [A-Za-z_][\w/]*\.[\w/]+/,
  example: "[  FAILED  ] ParserTest.HandlesEmptyInput (0 ms)",
  tier: TIER_ROOT,
  testName: (text) => tokenAfter(text, "] "),
});

export const PERL_TAP_FAILED = testRule({
  id: "test-perl-tap",
  needles: ["Failed ", "Dubious", "No subtests run"],
  pattern: /^[\w./-]+\.t \.*\s*(?:Dubious|Failed \d+\/\d+ subtests|No subtests run)/,
  example: "t/01-basic.t ........ Failed 2/10 subtests",
  tier: TIER_ROOT,
  testName: (text) => text.slice(0, text.indexOf(" ")),
});

export const PERL_TAP_VERDICT = testRule({
  id: "test-perl-verdict",
  note:
    "Test::Harness puts the verdict on a line of its own when the test wrote to stderr " +
    "(the `t/x.t ....` line is above, before the test's output); the name is not on this line",
  needles: ["Dubious, test returned ", "No subtests run"],
  pattern: /^(?:Dubious, test returned \d+|No subtests run\s*$)/,
  example: "Dubious, test returned 2 (wstat 512, 0x200)",
  tier: TIER_ROOT,
});

export const PERL_TEST_CANT_LOCATE = testRule({
  id: "test-perl-cant-locate",
  note:
    "a test file that cannot load a module dies before its plan: Test::Harness prints perl's message " +
    "after the `t/x.t ....` dots, and a wrapped or cut paste may lose the harness summary",
  needles: ["Can't locate "],
  pattern: /^[\w./-]+\.t \.+ ?Can't locate \S/,
  example:
    "t/unit/sender.t ... Can't locate Test/Class.pm in @INC (you may need to install the Test::Class module) (@INC contains: t/lib",
  tier: TIER_ROOT,
  testName: (text) => text.slice(0, text.indexOf(" ")),
});

export const GO_TEST_FAILED = testRule({
  id: "test-go-fail",
  needles: ["--- FAIL: "],
  pattern: /^\s*--- FAIL: \S/,
  example: "--- FAIL: TestParse (0.00s)",
  tier: TIER_ROOT,
  testName: (text) => tokenAfter(text, "FAIL: "),
});

export const RUST_TEST_FAILED = testRule({
  id: "test-rust-failed",
  needles: ["... FAILED"],
  pattern: /^test \S+ \.\.\. FAILED$/,
  example: "test parser::tests::empty ... FAILED",
  tier: TIER_ROOT,
  testName: (text) => tokenAfter(text, "test "),
});

export const TEST_DRIVER_VERDICT = testRule({
  id: "test-driver-verdict",
  note:
    "round 34: a hand-written test driver's row (`  Testing file printf.in ... fail`, then `Output differs for " +
    "file …` and a diff): `Testing`/`Running`/`test` opens it, the verdict ends it after ` ... `; a row that " +
    "passed (`... ok`, `... passed`) and configure's `checking for x... no` are no failure. libtest's " +
    "`test x ... FAILED` is test-rust-failed's (listed before)",
  needles: ["... fail", "... FAIL", "... Fail"],
  pattern: /^\s*(?:Testing|Running|[Tt]est)\b[^\n]{1,300}? \.\.\. ?(?:fail|failed|FAIL|FAILED|Failed)[.!]?$/,
  example: "  Testing file printf.in ... fail",
  tier: TIER_ROOT,
  testName: (text) => {
    const row = text.slice(0, text.lastIndexOf(" ..."));
    return row.slice(row.lastIndexOf(" ") + 1);
  },
});

export const RUST_TEST_OUTPUT_HEADER = testRule({
  id: "test-rust-failure-output",
  note:
    "round 33: libtest's `failures:` section opens each failed test's captured output with this header, the " +
    "first line naming the test in an excerpt cut below the `... FAILED` progress rows; cargo's later " +
    "`error: test failed, to rerun pass …` (tool-error) only restates it. (`--show-output` prints the same " +
    "header under `successes:`, which ebuilds do not pass.)",
  needles: [" stdout ----"],
  pattern: /^---- \S+ stdout ----$/,
  example: "---- tests::bugs_bug668_small_caps_svg stdout ----",
  tier: TIER_ROOT,
  testName: (text) => tokenAfter(text, "---- "),
});

export const GHC_TEST_OUTPUT_DIFFERS = testRule({
  id: "test-ghc-output-differs",
  note:
    "GHC's testsuite driver (testsuite/driver/testlib.py) comparing a test's output with its golden file; " +
    "the diff follows, then `*** unexpected failure for T(way)` names the test (test-ghc-unexpected-failure)",
  needles: ["output differs from expected"],
  pattern: /^Actual std(?:out|err) output differs from expected:$/,
  example: "Actual stderr output differs from expected:",
  tier: TIER_ROOT,
});

export const GHC_TEST_UNEXPECTED_FAILURE = testRule({
  id: "test-ghc-unexpected-failure",
  note: "the driver's verdict per test and way; its `Unexpected results from:` summary repeats the names",
  needles: ["*** unexpected failure for "],
  pattern: /^\*\*\* unexpected failure for \S/,
  example: "*** unexpected failure for T12345(normal)",
  tier: TIER_ROOT,
  testName: (text) => tokenAfter(text, "failure for "),
});

export const GHC_TEST_SUMMARY = testRule({
  id: "test-ghc-unexpected-failures",
  note:
    "the GHC testsuite driver's SUMMARY block: `Unexpected failures:` over one `dir/test.run  name [why] (way)` " +
    "line per test (an `Unexpected passes:` list may come first; the failures fail the run)",
  needles: ["\nUnexpected failures:"],
  pattern: /^Unexpected failures:$/,
  example: "Unexpected failures:",
  tier: TIER_ROOT,
});

export const LIT_FAILED_TESTS = testRule({
  id: "test-lit-failed-tests",
  note:
    "LLVM lit's summary (`Failed Tests (N):`, lit before 13 `Failing Tests (N):`, the unresolved ones and an " +
    "XFAIL test that passed, which fails the run too) " +
    "above the list of `Suite :: path` names; each test's own `FAIL: Suite :: path (i of n)` line comes " +
    "earlier and stays the primary where it is there (test-automake-fail, same tier, earlier line)",
  needles: ["\nFailed Tests (", "\nFailing Tests (", "\nUnresolved Tests (", "\nUnexpectedly Passed Tests ("],
  pattern: /^(?:Failed|Failing|Unresolved|Unexpectedly Passed) Tests \(\d+\):$/,
  example: "Failed Tests (3):",
  tier: TIER_ROOT,
});

export const PYTEST_IMPORT_FILE_MISMATCH: LineRule = {
  id: "test-pytest-import-file-mismatch",
  note:
    "Round 49b: pytest's collection error for a test module whose basename an already imported module holds " +
    "(`import file mismatch:`, then `imported module 'x' has this __file__ attribute:` and the HINT), printed under " +
    "`ERROR collecting …`, which stays the primary where shown (same tier, earlier). A paste without the header read " +
    "as a success; pytest prints it only for a collection that failed (conclusive)",
  needles: ["import file mismatch:"],
  pattern: /^import file mismatch:$/,
  example: "import file mismatch:",
  tier: TIER_DETAIL,
  conclusive: true,
  // An error line, not a failed test: the module is named on the lines below it.
  role: "error",
  kind: "test",
  severity: "error",
};

export const PYTEST_COLLECTION_INTERRUPTED: LineRule = {
  id: "test-pytest-collection-interrupted",
  note:
    "Round 49b: pytest's verdict when collection failed (`!!!… Interrupted: 31 errors during collection …!!!`): it " +
    "counts the collection errors above it (echo), but a run that printed it failed (conclusive)",
  needles: [" error during collection ", " errors during collection "],
  pattern: /^!{3,} Interrupted: [1-9]\d{0,6} errors? during collection !{3,}$/,
  example: "!!!!!!!!!!!!!!!!!!! Interrupted: 31 errors during collection !!!!!!!!!!!!!!!!!!!",
  tier: TIER_ECHO,
  conclusive: true,
  role: "error",
  kind: "test",
  severity: "error",
};

export const TEST_RULES: readonly LineRule[] = [
  AUTOMAKE_TEST_FAIL,
  PYTEST_SUMMARY_FAILED,
  PYTEST_ERROR_HEADER,
  PYTEST_FAILURE_HEADER,
  PYTEST_IMPORT_ERROR,
  PYTEST_IMPORT_FILE_MISMATCH,
  PYTEST_COLLECTION_INTERRUPTED,
  UNITTEST_IMPORT_FAILED,
  PYTEST_FAILURE_LOCATION,
  DUNE_TEST_ALIAS_FAILED,
  PYTEST_PROGRESS_FAILED,
  PYTEST_INTERNAL_ERROR,
  CTEST_FAILED,
  CTEST_PROGRESS_FAILED,
  MESON_TEST_FAILED,
  GTEST_FAILURE_LOCATION,
  CATCH2_FAILED_LOCATION,
  GMOCK_UNEXPECTED_CALL,
  GTEST_FAILED,
  PERL_TAP_FAILED,
  PERL_TAP_VERDICT,
  PERL_TEST_CANT_LOCATE,
  GO_TEST_FAILED,
  RUST_TEST_FAILED,
  TEST_DRIVER_VERDICT,
  RUST_TEST_OUTPUT_HEADER,
  GHC_TEST_OUTPUT_DIFFERS,
  GHC_TEST_UNEXPECTED_FAILURE,
  GHC_TEST_SUMMARY,
  LIT_FAILED_TESTS,
];
