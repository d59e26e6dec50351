// Test harnesses of Python (unittest, pytest totals), Perl (Test::More, prove), Ruby
// (rspec, minitest) and TAP's own verdict line. Totals ("2 failed", "Result: FAIL") are echoes: the
// failing test's own line ranks higher.
import { rule } from "./languages";
import { type LineRule, TIER_DETAIL, TIER_ECHO, TIER_ROOT, tokenAfter } from "./rule";

export const UNITTEST_FAILED = rule({
  id: "test-unittest-failed",
  role: "test",
  // At the line's start ("\n", needle-scan.ts): not Automake's `# FAIL:  0` summary.
  needles: ["\nFAIL: ", "\nERROR: "],
  // round 52a: a class defined in a function has `<locals>` in its name.
  pattern: /^(?:FAIL|ERROR): \w+ \([\w.<>]+\)/,
  example: "FAIL: test_roundtrip (tests.test_codec.CodecTest.test_roundtrip)",
  tier: TIER_ROOT,
  kind: "test",
  // 3.11+ prints "(module.Class.test)", older versions "(module.Class)".
  testName: (text) => {
    const method = tokenAfter(text, ": ");
    const owner = text.slice(text.indexOf("(") + 1, text.indexOf(")"));
    return owner.endsWith(`.${method}`) ? owner : `${owner}.${method}`;
  },
});

export const UNITTEST_ROW_TRACEBACK = rule({
  id: "test-unittest-row-traceback",
  note:
    "round 40: unittest -v's row of a test whose code (or a program it ran) printed a traceback before the " +
    "verdict, glued to the row (`test_list (__main__.SemanageTests) ... Traceback (most recent call last):`): " +
    "the row names the test, the exception ending the traceback below is what it hit. Before the verdict, so a " +
    "row that then says `ok` is taken too (its exception was read as a failure before as well)",
  role: "test",
  needles: [") ... Traceback (most recent call last):"],
  pattern: /^\w+ \([\w.]+\) \.\.\. Traceback \(most recent call last\):$/,
  example:
    "test_version (greenlet.tests.test_version.VersionTests.test_version) ... Traceback (most recent call last):",
  tier: TIER_ROOT,
  kind: "test",
  // 3.11+ prints "(module.Class.test)", older versions "(module.Class)".
  testName: (text) => {
    const method = text.slice(0, text.indexOf(" ("));
    const owner = text.slice(text.indexOf("(") + 1, text.indexOf(")"));
    return owner.endsWith(`.${method}`) ? owner : `${owner}.${method}`;
  },
});

/** unittest's `name (module.Class.name)` (3.11+) or `name (module.Class)`: the test's full name. */
function unittestRowName(text: string): string {
  const method = text.slice(0, text.indexOf(" ("));
  const owner = text.slice(text.indexOf("(") + 1, text.indexOf(")"));
  return owner.endsWith(`.${method}`) ? owner : `${owner}.${method}`;
}

export const UNITTEST_LATE_VERDICT = rule({
  id: "test-unittest-late-verdict",
  role: "test",
  note:
    "round 52a: unittest -v's `ERROR` or `FAIL` on a line of its own, under the row of a test that printed output " +
    "first (UNITTEST_ROW_OUTPUT): the row, which names the test, becomes the failure; the output in between (an " +
    "argparse `usage:` and `prog: error: …` the test provoked) is read as any other line and stays below it",
  needles: ["ERROR", "FAIL"],
  pattern: /^(?:ERROR|FAIL)$/,
  example: "ERROR",
  // The test's output, up to the verdict: not another row, a passing verdict or the run's closing lines.
  passesOver:
    /^(?!ok$|skipped\b|expected failure$|unexpected success$|\w+ \([\w.<>]+\) \.\.\. |Ran \d+ tests? in |={20,}$|-{20,}$)/,
  tier: TIER_ROOT,
  kind: "test",
  takesLineAbove: true,
  testName: unittestRowName,
});

export const UNITTEST_ROW_OUTPUT = rule({
  id: "test-unittest-row-output",
  role: "noise",
  note:
    "round 52a: unittest -v's row of a test that printed output before its verdict (`test_x (pkg.Class.test_x) ... " +
    "usage: prog [-h] …`): no failure until the verdict comes (UNITTEST_LATE_VERDICT); `ok` clears it. A nested " +
    "class's `<locals>` may be in the name. A glued traceback is UNITTEST_ROW_TRACEBACK's (listed before)",
  needles: [") ... "],
  pattern: /^\w+ \([\w.<>]+\) \.\.\. (?!(?:ok|FAIL|ERROR|expected failure|unexpected success)$|skipped\b)\S/,
  example:
    "test_ancestor_and_ff (__main__.self_test.<locals>.Tests.test_ancestor_and_ff) ... usage: L1129.py [-h]",
  tier: TIER_ECHO,
  kind: "test",
  nextLine: UNITTEST_LATE_VERDICT,
});

export const TEST_RUN_SUMMARY = rule({
  id: "test-summary-failed",
  note:
    "pytest, unittest, rspec, minitest and prove totals: an echo of the failing tests above. Round 44b: Qt Test's " +
    "`Totals: 10 passed, 1 failed, …`, Ruby test-unit's `10 tests, 20 assertions, 1 failures, 0 errors, 0 pendings, …` " +
    "and DejaGnu's `# of unexpected failures\t2` (its `FAIL: ` rows are " +
    "test-automake-fail's), each with a nonzero count. Round 47a: the C unit-test framework Check's `77%: Checks: 9, " +
    "Failures: 2, Errors: 0`, testthat's `[ FAIL 1 | WARN 0 | SKIP 0 | PASS 80 ]` and the C++ doctest framework's " +
    "`[doctest] test cases: 2 | 1 passed | 1 failed | …` (and its `[doctest] Status: FAILURE!`), ExUnit's `147 tests, 1 " +
    "failure` (`5 doctests, 10 tests, 1 failure`), a nonzero failure or error count " +
    "(testthat's `[ FAIL 0 | …` total of a passing run is no failure, last-resort.ts HARMLESS)",
  needles: [
    " failed, ",
    " failed in ",
    " error in ",
    " errors in ",
    " error, ",
    " errors, ",
    "FAILED (",
    " failure",
    "Failed ",
    "Result: FAIL",
    "(Wstat: ",
    // round 47a: Check's `77%: Checks: 9, Failures: 2, Errors: 0`, testthat's `[ FAIL 1 | WARN 0 | SKIP 0 | PASS 80 ]`
    ", Errors: ",
    "[ FAIL ",
    // round 47a: the C++ doctest framework's `[doctest] test cases: 2 | 1 passed | 1 failed | 0 skipped`, `Status: FAILURE!`
    " failed |",
    "Status: FAILURE!",
  ],
  pattern:
    /^(?:=+ (?:\d+ \w+, )*\d+ (?:failed|errors?)\b[^=]*=+$|FAILED \((?:failures|errors)=\d+|\d+ examples?, [1-9]\d* failures?|\d+ runs, \d+ assertions, (?:[1-9]\d* failures|\d+ failures, [1-9]\d* errors)|Result: FAIL$|Failed \d+\/\d+ test programs|[\w./-]+\.t +\(Wstat: \d+|Totals: \d+ passed, [1-9]\d* failed, |\d+ tests, \d+ assertions, (?:[1-9]\d* failures, \d+ errors|\d+ failures, [1-9]\d* errors), \d+ pendings|(?:# )?of unexpected failures\t+[1-9]|\d+%: Checks: \d+, (?:Failures: [1-9]\d*|Failures: \d+, Errors: [1-9])|\s{0,8}\[ FAIL [1-9]\d* \| WARN \d+ \| SKIP \d+ \| PASS \d+ \]|\[doctest\] (?:test cases: +\d+ \| +\d+ passed \| +[1-9]\d* failed \||Status: FAILURE!$)|(?:\d+ (?:doctests?|propert(?:y|ies)), )*\d+ tests?, [1-9]\d* failures?(?:,|$))/,
  example: "========================= 2 failed, 48 passed in 1.23s =========================",
  tier: TIER_ECHO,
  kind: "test",
  // Printed only by a run with failures: an excerpt cut to the totals (no banner) still failed.
  conclusive: true,
});

export const PERL_FAILED_TEST = rule({
  id: "test-perl-failed-test",
  role: "test",
  note: "Test::More's diagnostic; the TAP line of the .t file (test-perl-tap) stays the primary",
  needles: ["Failed test"],
  pattern: /^#\s+Failed test(?: '|\s+at | in )/,
  example: "#   Failed test 'parses an empty document'",
  tier: TIER_DETAIL,
  kind: "test",
  testName: (text) => {
    const quoted = /'([^']*)'/.exec(text);
    return quoted ? quoted[1] : "";
  },
});

// TAP's verdict line, from any producer: GLib (`not ok 3 /utils/date-basic`, and `not ok /path - ERROR:file:N`
// with GLib's location), bats (`not ok 3 test3`), Perl (`not ok 2 - name`), node-tap, pytest-tap, meson's TAP
// tests. A `# TODO` or `# SKIP` directive (any case, TAP 13/14) makes it no failure: the directive starts at the
// first `#` not escaped as `\#`, which the lookahead reaches in one pass (`\\.` takes an escape whole).
export const TAP_NOT_OK = rule({
  id: "test-tap-not-ok",
  role: "test",
  note:
    "a TAP producer's failed test. An echo (tier 1): a compiler error above it and Test::More's `#   Failed " +
    "test` below it (round 8b) stay the primary; conclusive, so an excerpt of a TAP run fails on it",
  // At the line's start ("\n", needle-scan.ts): not `# not ok` (a TAP reporter's total) or prose.
  needles: ["\nnot ok"],
  pattern: /^not ok(?=$|\s)(?!(?:[^#\\]|\\.)*#\s*(?:[Tt][Oo][Dd][Oo]|[Ss][Kk][Ii][Pp]))/,
  example: "not ok 3 /utils/date-basic",
  tier: TIER_ECHO,
  kind: "test",
  conclusive: true,
  testName: tapTestName,
});

/** The description of a `not ok` line: past the number and ` - `, up to its directive or GLib's ` - ERROR:…`. */
function tapTestName(text: string): string {
  const description = text.replace(/^not ok\s*(?:\d+\s*)?(?:-\s*)?/, "");
  return description.replace(/\s+(?:#|- ERROR:).*$/, "").trim();
}

/**
 * Round 52e: RSpec's `Failures:` list (`  1) Group nested example`, `     Failure/Error: …`, the expectation, `     #
 * ./spec/x_spec.rb:12:in …`): its first example names the failed test (LABELLING.md convention 19), the `rspec ./` rows
 * at the end restate it under the same name. Read only under `Failures:` (rebar3's header rule's `otherwise`): a
 * numbered line alone is too common to look for.
 */
export const RSPEC_FIRST_FAILURE = rule({
  id: "test-rspec-failures-example",
  note:
    "RSpec's first example in its `Failures:` list (noise-rebar3-failures-header's nextLine), or right above the " +
    "first `Failure/Error:` of a paste that cut the header: not in the table",
  role: "test",
  needles: [],
  // Under its header the first is `1)`; a paste cut above may begin at any (analyzer.ts takeRspecExampleAbove).
  pattern: /^ {2}\d{1,4}\) \S[^\n]{0,500}$/,
  example: "  1) FileCopy::ssh_connect should raise error when username not specified",
  tier: TIER_ROOT,
  kind: "test",
  testName: (text) => text.trim().replace(/^\d{1,4}\) /, ""),
});

/**
 * Round 52e: RSpec's `Failure/Error: <expression>` under a numbered example: the first line of a failure whose
 * example line a paste cut off. Under its example it comes later and never outranks it; the log's first one takes
 * the numbered example right above it when the paste cut only the `Failures:` header (analyzer.ts
 * takeRspecExampleAbove).
 */
export const RSPEC_FAILURE_ERROR = rule({
  id: "test-rspec-failure-error",
  role: "test",
  needles: ["Failure/Error: "],
  pattern: /^\s{0,12}Failure\/Error: \S/,
  example: "     Failure/Error: expect(parser.parse('')).to eq([])",
  tier: TIER_ROOT,
  kind: "test",
});

export const RSPEC_FAILED_EXAMPLE = rule({
  id: "test-rspec-failed",
  role: "test",
  needles: ["rspec ./"],
  pattern: /^rspec \.\/\S+:\d+ # \S/,
  example: "rspec ./spec/parser_spec.rb:12 # Parser handles empty input",
  tier: TIER_ROOT,
  kind: "test",
  testName: (text) => text.slice(text.indexOf(" # ") + 3),
});

/** minitest 4's and test/unit's form, `test_x(TestClass) [file:12]:` (MINITEST_FAILED_TEST). */
const MINITEST4_TEST_LINE = /^test[^()\n]{0,300}\([^()\n]{1,300}\)(?: \[[^\]\n]{1,500}\])?:$/;

/** Ruby's `test_x(TestClass)` from `from` on, as `TestClass#test_x` (minitest 4, test/unit, test-unit's faults). */
function rubyTestName(text: string, from: number): string {
  const open = text.indexOf("(", from);
  return `${text.slice(open + 1, text.indexOf(")", open))}#${text.slice(from, open)}`;
}

/**
 * A numbered entry's test line: minitest 5's `TestClass#test_x [file:12]:`, or (round 52e) minitest 4's and Ruby
 * 1.8-2.x test/unit's `test_x(TestClass) [file:12]:`, `test_x(TestClass):` for an error (its exception below). A
 * spec's class is its `describe` string, spaces and all. Both record `TestClass#test_x` (LABELLING.md convention 19).
 */
export const MINITEST_FAILED_TEST = rule({
  id: "test-minitest-failed",
  note: "only read on the line under `  1) Failure:` / `  1) Error:` (test-minitest-header's nextLine)",
  role: "test",
  needles: ["#test"],
  pattern: new RegExp(`^\\w[\\w:]*#test\\w* \\[[^\\]]+\\]:?$|${MINITEST4_TEST_LINE.source}`),
  example: "TestParser#test_empty [test/test_parser.rb:12]:",
  tier: TIER_ROOT,
  kind: "test",
  testName: (text) => (MINITEST4_TEST_LINE.test(text) ? rubyTestName(text, 0) : tokenAfter(text, "")),
});

export const MINITEST_FAILURE_HEADER = rule({
  id: "test-minitest-header",
  note: "the failing test's name is on the next line",
  needles: [") Failure:", ") Error:"],
  pattern: /^\s*\d+\) (?:Failure|Error):$/,
  example: "  1) Failure:",
  tier: TIER_ECHO,
  kind: "test",
  nextLine: MINITEST_FAILED_TEST,
});

// epytest runs `python -m pytest`, so its argparse names itself `__main__.py`:
//   ERROR: usage: __main__.py [options] [file_or_dir] [file_or_dir] [...]
//   __main__.py: error: unrecognized arguments: --cov=foo --cov-report=term
// The reason is the second line; the usage line (meson's `ERROR: ` shape) only says pytest refused.
export const PYTEST_USAGE_ERROR = rule({
  id: "test-pytest-usage-error",
  note: "pytest refusing its command line (a plugin such as pytest-cov missing); kind from the phase, test without one",
  needles: ["pytest: error: ", "__main__.py: error: "],
  pattern: /^(?:pytest|py\.test|__main__\.py): error: /,
  example: "__main__.py: error: unrecognized arguments: --cov=pytutils --cov-report=term --cov-branch",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "test",
});

export const PYTEST_USAGE_LINE = rule({
  id: "test-pytest-usage",
  note: "the usage line pytest prints before its `error:` line: detail, never above the reason",
  needles: ["ERROR: usage: "],
  pattern: /^ERROR: usage: \S/,
  example: "ERROR: usage: pytest [options] [file_or_dir] [file_or_dir] [...]",
  tier: TIER_DETAIL,
  kind: null,
  kindWithoutPhase: "test",
});

export const MYSQL_TEST_RUN_FAILED = rule({
  id: "test-mysql-test-run-failed",
  role: "test",
  note:
    "mysql-test-run.pl / mariadb-test-run's verdict column: `suite.test ['combination'] [wN] [ fail ]`; " +
    "`[ pass ]`, `[ skipped ]`, `[ disabled ]` are not failures",
  needles: ["[ fail ]"],
  pattern: /^[\w-]+\.[\w-]+(?: '[^']{0,200}')? +(?:w\d+ +)?\[ fail \]/,
  example: "main.mysql_client_test                   w2 [ fail ]",
  tier: TIER_ROOT,
  kind: "test",
  testName: (text) => text.slice(0, text.search(/\s/)),
});

export const LCOV_TEST_FAILED = rule({
  id: "test-lcov-row-failed",
  role: "test",
  note:
    "lcov's test harness (tests/bin/testsuite_exit, round 51a): one row per test script, its name padded with dots " +
    "and its verdict in brackets (`gendiffcov/simple/script.sh ....... [fail] (time 12.5s, mem 60.7MB)`). The row " +
    "names the test; the output under it (a `bad interpreter`, a tool's complaint) is the test's detail. `[pass]`, " +
    "`[skipped]` are not failures",
  needles: [" [fail]"],
  pattern: /^\S{1,500} \.{2,} \[fail\](?: \(|\s*$)/,
  example: "gendiffcov/simple/script.sh ....... [fail] (time 12.5s, mem 60.7MB)",
  tier: TIER_ROOT,
  kind: "test",
  testName: (text) => text.slice(0, text.search(/\s/)),
});

export const TASTY_SUMMARY = rule({
  id: "test-tasty-summary",
  note:
    "Haskell tasty's total (`3 out of 120 tests failed (0.52s)`), under the failing tests' `FAIL` lines: an echo " +
    "that proves the test run failed (conclusive); weak-phase.ts reads it as test for the error above (round 20)",
  needles: [" tests failed ("],
  pattern: /^\s*\d+ out of \d+ tests failed \(/,
  example: "3 out of 120 tests failed (0.52s)",
  tier: TIER_ECHO,
  kind: "test",
  conclusive: true,
});

// Round 44b (rules44b): harnesses a Gentoo test phase meets whose own failure lines no rule read (the last
// resort's unknown without a banner, the die's message or a later total under one).

export const QTEST_FAIL = rule({
  id: "test-qtest-fail",
  role: "test",
  note:
    "Qt Test's verdict on a test function, `FAIL!  : Class::function(dataTag) message`, above its `Actual`/" +
    "`Expected`/`Loc:` lines; its `Totals: N passed, M failed` line (test-summary-failed) only counts them",
  // Two blanks after `FAIL!` (QTest pads the tag to six columns): not prose that says `FAIL! :`.
  needles: ["FAIL!  : "],
  pattern: /^FAIL! {2}: [A-Za-z_][\w:]*\(/,
  example: "FAIL!  : TestPerfData::testFiles(vector_static_clang/perf.data) Compared values are not the same",
  tier: TIER_ROOT,
  kind: "test",
  testName: (text) => text.slice("FAIL!  : ".length, text.indexOf("(")),
});

export const BOOST_TEST_ERROR = rule({
  id: "test-boost-error",
  role: "test",
  note:
    "Boost.Test's failed assertion or the exception or signal that ended a test case: `file.cpp(12): error: in " +
    '"suite/case": check a == b has failed [1 != 2]`, `unknown location(0): fatal error: in "suite/case": ' +
    'memory access violation …` (Boost before 1.59: `error in "case":`), the first failing-test line (LABELLING.md ' +
    "convention 10's reading: the assertion says why); its `*** N failures are detected` total only counts them",
  needles: ['error: in "', 'error in "'],
  // Boost's `file(N)` location (its `file:N` form on macOS is cc-error's, listed before).
  pattern: /^(?:[^\s(]+\(\d+\)|unknown location\(0\)): (?:fatal )?error:? in "[^"]+": \S/,
  example:
    'unknown location(0): fatal error: in "sigma_cda_test/sigma_full": signal: SIGSEGV, si_code: 128 (memory access violation at address: 0x00000000)',
  tier: TIER_ROOT,
  kind: "test",
  testName: (text) => {
    const start = text.indexOf(' in "') + 5;
    return text.slice(start, text.indexOf('"', start));
  },
});

export const BOOST_TEST_SUMMARY = rule({
  id: "test-boost-summary",
  note:
    'Boost.Test\'s total (`*** 1 failure is detected in the test module "Master Test Suite"`, older `… in test ' +
    'suite "x"`): printed only by a run with failures (conclusive), an echo of the assertions above',
  needles: ["failure is detected in ", "failures are detected in "],
  pattern: /^\*\*\* \d+ failures? (?:is|are) detected in (?:the )?test (?:module|suite) "/,
  example: '*** 1 failure is detected in the test module "Master Test Suite"',
  tier: TIER_ECHO,
  kind: "test",
  conclusive: true,
});

export const ANT_JUNIT_TEST_FAILED = rule({
  id: "test-ant-junit-failed",
  role: "test",
  note:
    "ant's junit task naming a test class that failed or errored (`[junit] Test pkg.Class FAILED`, a forked VM " +
    "that died: `FAILED (crashed)`, `FAILED (timeout)`), under the class's `[junit] Tests run: …` counts",
  // ` FAILED` is a needle of pytest's progress row already: no new gate needle.
  needles: [" FAILED"],
  // ant pads its task names to a column (`    [junit] `).
  pattern: /^\s*\[junit\] Test [\w.$]+ FAILED(?: \((?:crashed|timeout)\))?$/,
  example: "[junit] Test net.yacy.peers.graphics.ProfilingGraphTest FAILED",
  tier: TIER_ROOT,
  kind: "test",
  testName: (text) => tokenAfter(text, "] Test "),
});

export const TEST_UNIT_FAULT = rule({
  id: "test-ruby-test-unit-fault",
  role: "test",
  note:
    "Ruby's test-unit reporting a failed or erroring test: `Failure: test_x(TestClass) [file.rb:12]:` (or a bare " +
    "`:` and the message below), `Error: test_x(TestClass): NoMethodError: …`; python-exception, listed later, read " +
    "the error form as a build script's exception (kind compile without a phase)",
  needles: ["Failure: test", "Error: test"],
  // The test's name starts with `test` (`test_x`, or `test: description` from the `test "…"` macro), its class
  // with a capital; `Pending:`, `Omission:` and `Notification:` are no failures.
  pattern: /^(?:Failure|Error): test[^()\n]{0,300}\([A-Z][\w:]*\)(?: \[[^\]\n]{1,500}\])?:/,
  example:
    "Error: test_notify(SampleTest): NoMethodError: undefined method `add_notification' for an instance of Test::Unit::SubTestResult",
  tier: TIER_ROOT,
  kind: "test",
  testName: (text) => rubyTestName(text, text.indexOf(": ") + 2),
});

export const CABAL_TEST_SUITE_FAILED = rule({
  id: "test-cabal-suite-failed",
  role: "test",
  note:
    "Cabal's verdict on a test suite (`Test suite tests: FAIL`, then `Test suite logged to: …`), the first line " +
    "naming what failed when the suite's own output went to its log file; an echo of a failing test's line above " +
    "it (HUnit's `### Failure in:`, a compiler error), which stays the primary. Printed only for a failed suite " +
    "(conclusive)",
  needles: [": FAIL"],
  pattern: /^Test suite [\w.-]+: FAIL$/,
  example: "Test suite tests: FAIL",
  tier: TIER_ECHO,
  kind: "test",
  conclusive: true,
  testName: (text) => text.slice("Test suite ".length, text.lastIndexOf(": FAIL")),
});

export const HUNIT_FAILURE = rule({
  id: "test-hunit-failure",
  role: "test",
  note:
    "HUnit's report of a failed or erroring test (`### Failure in: Suite:1:name`, `### Error in: …`), under " +
    "Cabal's `Test suite x: RUNNING...`; its text-mode counter rewrites one line with carriage returns, which a " +
    "paste may show as `^M` before it",
  needles: ["### Failure in: ", "### Error in: "],
  pattern: /^\s*(?:\^M)?### (?:Failure|Error) in: \S/,
  example: "### Failure in: Debianization Tests:1:test5 - test-data/creativeprompts",
  tier: TIER_ROOT,
  kind: "test",
  testName: (text) => text.slice(text.indexOf(" in: ") + 5),
});

export const SAGE_DOCTEST_FAILED = rule({
  id: "test-sage-doctest-failed",
  role: "test",
  note:
    "sage's doctest runner (`sage -t`) naming a file whose doctests failed, in its closing list (`sage -t --long " +
    "… path.py  # 2 doctests failed`) or as the file's own header line in a one-file run",
  needles: ["doctest failed", "doctests failed"],
  pattern: /^\S*sage -t [^#]{1,2000}# \d+ doctests? failed$/,
  example: "sage -t --random-seed=0 src/sage/foo.py  # 2 doctests failed",
  tier: TIER_ROOT,
  kind: "test",
  testName: (text) => {
    const command = text.slice(0, text.lastIndexOf("#")).trimEnd();
    return command.slice(command.lastIndexOf(" ") + 1);
  },
});

// Round 47a (rules47a): frameworks whose failed-test lines no rule read (the last resort's, which the die's message
// outranks under a banner, or python-exception's compile).

/** Check's `N:F:` / `N:E:` (test-check-failure): the line number's last digit and the result letter. */
export const CHECK_RESULT_NEEDLES = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"].flatMap((digit) => [
  `${digit}:F:`,
  `${digit}:E:`,
]);

export const CHECK_TEST_FAILURE = rule({
  id: "test-check-failure",
  role: "test",
  note:
    "the C unit-test framework Check's row of a failed or erroring test, `file.c:N:F:tcase:test:iteration: message` " +
    "(`:E:` for a test that crashed or exited: `(after this point) Received signal 11 (Segmentation fault)`), under " +
    "its `N%: Checks: N, Failures: N, Errors: N` total (test-summary-failed); `:P:` rows passed. In a test-suite.log " +
    "automake's `FAIL: check_x` section header comes first and stays the primary (same tier, earlier line)",
  // Check's own result letters between colons, after the line number's last digit: no trigger of the gate had them
  // (gate.ts), and `:F:` alone was a needle under 4 bytes, searched through every chunk by itself.
  needles: CHECK_RESULT_NEEDLES,
  pattern: /^[\w./+-]+:\d+:[FE]:[^:\n]{1,200}:[^:\n]{1,200}:-?\d+: \S/,
  example: "check_money.c:17:F:Core:test_money_create:0: Assertion 'money_amount(m) == 5' failed",
  tier: TIER_ROOT,
  kind: "test",
  testName: (text) => text.split(":")[4] ?? "",
});

export const TESTTHAT_FAILURE = rule({
  id: "test-testthat-failure",
  role: "test",
  note:
    "R testthat's header of a failed or erroring expectation: testthat 3's `── Failure (test-x.R:12:3): name ──` " +
    "(`── Error (…)`, 3.2's `('test-x.R:12:3')`, upper case in some reporters), testthat 2's `── 1. Failure: name " +
    "(@test-x.R#12) ──`; the `[ FAIL N | …]` total and R's `Error: Test failures` (r-packages.ts) below only count " +
    "and restate them",
  needles: ["── Failure", "── Error", "── FAILURE", "── ERROR", ". Failure: ", ". Error: "],
  // R CMD check quotes the run's last lines indented by two blanks (`Last 13 lines of output:`).
  pattern: /^\s{0,8}── (?:\d+\. )?(?:Failure|Error|FAILURE|ERROR)(?: \([^()\n]{1,300}\))?: \S/,
  example: "── Failure (test-scrapers.R:70:3): Federal german scrapers work ────────────────",
  tier: TIER_ROOT,
  kind: "test",
  testName: (text) =>
    text.replace(/^\s*── (?:\d+\. )?\S+(?: \([^()\n]*\))?: /, "").replace(/\s*(?:\(@[^)]*\))?\s*─*\s*$/, ""),
});

export const TASTY_TEST_FAILED = rule({
  id: "test-tasty-fail",
  role: "test",
  note:
    "Haskell tasty's row of a failed test, `  name:   FAIL (0.91s)` (a fast test's without the time), indented by its " +
    "group and padded to a column, above the failure's message and `Use -p '/name/' to rerun this test only.`; " +
    "its `1 out of 10 tests failed (6.55s)` total (test-tasty-summary) only counts them. Cabal's `Test suite x: " +
    "FAIL` (test-cabal-suite-failed) is listed before",
  // One blank after the colon when the name is the longest of its group, more when it is padded.
  needles: [": FAIL", "  FAIL"],
  // Indented: every row sits under its group (`Tests`, then `  name: FAIL`); another tool's verdict at the line's
  // start (`name: FAIL`) is none (two held-out cases' later lines took the primary from their failure). tasty-
  // expected-failure's `FAIL (expected)` passed; a configure-style `checking x: FAIL`, TAP's `Result: FAIL` and
  // Cabal's `Test suite x: FAIL` are no test rows (the diagnostics table reads this rule without the others).
  pattern: /^\s{2,40}(?!checking |Result: |Test suite )\S[^\n]{0,300}?: +FAIL(?: \(\d+(?:\.\d+)?s\))?$/,
  example: "  parsec-ansi-wl-pprint roundtrip: FAIL (0.91s)",
  tier: TIER_ROOT,
  kind: "test",
  testName: (text) => text.slice(0, text.search(/: +FAIL/)).trim(),
});

export const DOCTEST_ASSERTION_FAILED = rule({
  id: "test-doctest-assertion",
  role: "test",
  note:
    "the C++ doctest framework's failed assertion, `file.cpp:152: ERROR: CHECK( a == b ) is NOT correct!` (`FATAL " +
    "ERROR: REQUIRE( … )`, `CHECK_THROWS( … ) did NOT throw at all!`, `ERROR: test case CRASHED: SIGSEGV …`; MSVC's " +
    "`file.cpp(152):`), under its `TEST CASE:  name` header: the location and the message on one line (convention 10). " +
    "The last resort read it as a compiler's line (kind compile without a phase); its `[doctest] test cases: 2 | 1 " +
    "passed | 1 failed` total and `[doctest] Status: FAILURE!` (test-summary-failed) only count them",
  needles: [": ERROR: ", ": FATAL ERROR: "],
  pattern:
    /^[^\s:()]+(?::\d+|\(\d+\)): (?:FATAL )?ERROR: (?:[A-Z][A-Z_]*\( [^\n]{0,2000}\) (?:is NOT correct!|did NOT throw at all!|threw a DIFFERENT exception|threw an exception)|test case (?:CRASHED|THREW exception)\b)/,
  example:
    "./maths.cpp:152: ERROR: CHECK( SimpleRatio(0.1) == SimpleRatio(0, 1, false, false) ) is NOT correct!",
  tier: TIER_ROOT,
  kind: "test",
});

export const HSPEC_EXAMPLE_FAILED = rule({
  id: "test-hspec-failed",
  role: "test",
  note:
    "Haskell hspec's row of a failed example in its spec tree, `  should handle x FAILED [1]` (the number is the " +
    "failure's in the `Failures:` list below, `  1) Spec should handle x`); the `6 examples, 1 failure` total " +
    "(test-summary-failed) only counts them. pytest's `path::test FAILED [ 5%]` has a percentage",
  needles: [" FAILED ["],
  pattern: /^\s{0,40}\S[^\n]{0,500}? FAILED \[\d+\]$/,
  example: "  should handle multiple possible matches correctly FAILED [1]",
  tier: TIER_ROOT,
  kind: "test",
  testName: (text) => text.slice(0, text.lastIndexOf(" FAILED [")).trim(),
});

export const GRADLE_TEST_FAILED = rule({
  id: "test-gradle-failed",
  role: "test",
  note:
    "Gradle's test task reporting a failed test method, `pkg.ClassTest > method FAILED` (nested classes and " +
    "parameters: `ClassTest > Inner > method[1] FAILED`), above the exception's `    java.lang.AssertionError at " +
    "ClassTest.java:12`; its `4 tests completed, 2 failed`, `> Task :test FAILED` and `Execution failed for task " +
    "':test'.` (gradle-what-went-wrong) follow. The last resort read it, kind unknown without a phase",
  // ` FAILED` is a needle of pytest's progress row already: no new gate needle.
  needles: [" FAILED"],
  pattern: /^[\w.$]+(?: > [^\n>]{1,300}?)+ FAILED$/,
  example: "com.example.lint.detectors.AndroidLogDetectorTest > test_detector_triggering FAILED",
  tier: TIER_ROOT,
  kind: "test",
  testName: (text) => text.slice(0, text.lastIndexOf(" FAILED")).split(" > ").join("."),
});

export const EXUNIT_TEST_FAILED = rule({
  id: "test-exunit-failed",
  role: "test",
  note:
    "Elixir ExUnit's numbered failure, `  1) test does x (MyApp.FooTest)` (`doctest`, `property` too), above the " +
    "test's file:line, the assertion (`Assertion with == failed`, read by the last resort before) and its stacktrace; " +
    "the `147 tests, 1 failure` total (test-summary-failed) only counts them. dev-lang/elixir's own `make test` runs it",
  needles: [") test ", ") doctest ", ") property "],
  pattern: /^\s{0,8}\d+\) (?:test|doctest|property) [^\n]{1,500} \([A-Z][\w.]*\)$/,
  example:
    "  1) test it does not set timeout to infinity and the max cases to 1 with trace disabled (ExUnit.RunnerTest)",
  tier: TIER_ROOT,
  kind: "test",
  testName: (text) => {
    const open = text.lastIndexOf(" (");
    return `${text.slice(open + 2, -1)}: ${text.slice(text.indexOf(") ") + 2, open)}`;
  },
});

// GNU cmp's verdicts (round 52a): `cmp: EOF on FILE after byte N, line M` (diffutils 3.9+: `in line M` when the
// shorter file does not end in a newline, `which is empty`; before 3.3 the file alone), `A B differ: byte N, line M`
// (`char N` before 3.3). A test suite comparing its output with the expected file (gawk's `make check`, MIT's
// test-mr.sh) prints it first; its `3 TESTS FAILED` and make's echo come later.
const CMP_VERDICT =
  /^(?:cmp: EOF on (?:\S[^\n]{0,500}? (?:after (?:byte|char) \d+(?:, (?:in )?line \d+)?|which is empty)|\S{1,500})|\S{1,500} \S{1,500} differ: (?:byte|char) \d+, line \d+)$/;

export const CMP_FILES_DIFFER = rule({
  id: "test-cmp-files-differ",
  note:
    "round 52a: GNU cmp finding a test's output unlike the expected file: the failure line of a test suite (kind " +
    "test, no phase needed). Inside a configure, compile or install phase's section it is a build script comparing " +
    "files (`cmp a b || cp a b`), CMP_FILES_DIFFER_OUTSIDE_TEST (analyzer.ts)",
  needles: ["cmp: EOF on ", " differ: byte ", " differ: char "],
  pattern: CMP_VERDICT,
  example: "readdir.ok _readdir differ: char 131, line 8",
  tier: TIER_ROOT,
  kind: "test",
});

export const CMP_FILES_DIFFER_OUTSIDE_TEST = rule({
  id: "test-cmp-files-differ-outside-test",
  note:
    "round 52a: CMP_FILES_DIFFER's line in a phase that runs no tests: a build script's comparison, detail that never " +
    "outranks a compiler's error; its kind the phase's. Not in the table: the analyzer reads it for CMP_FILES_DIFFER's",
  needles: CMP_FILES_DIFFER.needles,
  pattern: CMP_VERDICT,
  example: "cmp: EOF on gen/tables.h.new after byte 512, line 20",
  tier: TIER_DETAIL,
  kind: null,
});

export const TEST_HARNESS_RULES: readonly LineRule[] = [
  UNITTEST_FAILED,
  UNITTEST_ROW_TRACEBACK,
  UNITTEST_ROW_OUTPUT,
  CMP_FILES_DIFFER,
  MYSQL_TEST_RUN_FAILED,
  LCOV_TEST_FAILED,
  TEST_RUN_SUMMARY,
  PERL_FAILED_TEST,
  TAP_NOT_OK,
  RSPEC_FAILED_EXAMPLE,
  RSPEC_FAILURE_ERROR,
  MINITEST_FAILURE_HEADER,
  PYTEST_USAGE_ERROR,
  PYTEST_USAGE_LINE,
  TASTY_SUMMARY,
  QTEST_FAIL,
  BOOST_TEST_ERROR,
  BOOST_TEST_SUMMARY,
  ANT_JUNIT_TEST_FAILED,
  TEST_UNIT_FAULT,
  CABAL_TEST_SUITE_FAILED,
  HUNIT_FAILURE,
  SAGE_DOCTEST_FAILED,
  CHECK_TEST_FAILURE,
  TESTTHAT_FAILURE,
  TASTY_TEST_FAILED,
  DOCTEST_ASSERTION_FAILED,
  HSPEC_EXAMPLE_FAILED,
  GRADLE_TEST_FAILED,
  EXUNIT_TEST_FAILED,
];
