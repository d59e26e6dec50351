// Round 48a (rules48a): test frameworks of the scripting languages a src_test runs (Python's plain doctest and
// Sphinx's doctest builder, Jest and mocha under npm or yarn test, Erlang's eunit and common_test, Julia's Test)
// and the runners around them (tox, nox, rebar3, Julia's Pkg). LABELLING.md: the first failing-test line is the
// primary; a harness's totals and a runner's verdict only count or restate it.
import { type LineRule, TIER_DETAIL, TIER_DIE, TIER_ECHO, TIER_ROOT } from "./rule";
import { RSPEC_FIRST_FAILURE } from "./test-harnesses";

export const PYTHON_DOCTEST_FAILED: LineRule = {
  id: "test-python-doctest-failed",
  note:
    "Python's doctest (a module's `python -m doctest`, `doctest.testmod()`, Sphinx's `make doctest`) opens each " +
    'failed example with `File "path", line N, in name` (Sphinx: `File "x.rst", line N, in default`, `line ?` for ' +
    "an indented block), then `Failed example:`, the source, `Expected:`/`Got:` or `Exception raised:`. The File line " +
    "names the failing example (its file, line and test name), the first failing-test line; the last resort read " +
    "`Failed example:`, kind unknown, and the die's message outranked it under a banner. Flush left: a traceback's " +
    "frames are indented, and a doctest run inside an example's `Expected:` output is indented with it",
  role: "test",
  // At the line's start (needle-scan.ts): not a traceback's `  File "…", line N, in f` frame.
  needles: ['\nFile "'],
  // The example's name is qualified (`mod.func`, testmod's `__main__.f`, testfile's `myfile.doc`) or Sphinx's group
  // `default`: a traceback frame that lost its indentation in a paste names a bare function (`in _main`, `in <module>`).
  pattern: /^File "[^"\n]{1,1000}", line (?:\d+|\?), in (?:[^\s.]{1,300}\.\S{1,300}|default)$/,
  example: 'File "/var/tmp/portage/dev-python/foo-1.0/work/foo-1.0/foo/bar.py", line 12, in foo.bar',
  tier: TIER_ROOT,
  kind: "test",
  severity: "error",
  testName: (text) => text.slice(text.lastIndexOf(", in ") + 5),
};

export const PYTHON_DOCTEST_SUMMARY: LineRule = {
  id: "test-python-doctest-summary",
  note:
    "doctest's totals under the failed examples (`1 items had failures:`, 3.13's `1 item had failures:`, " +
    "`***Test Failed*** 1 failures.`, 3.13's `***Test Failed*** 1 failure.`) and Sphinx's `Doctest summary` count " +
    "(`    1 failure in tests`): printed only by a run with failures (conclusive), echoes of the File lines above",
  role: "error",
  needles: ["***Test Failed*** ", " had failures:", " failure in tests", " failures in tests"],
  pattern:
    /^(?:\*\*\*Test Failed\*\*\* [1-9]\d* failures?\.|[1-9]\d* items? had failures:$|\s{0,8}[1-9]\d* failures? in tests$)/,
  example: "***Test Failed*** 1 failures.",
  tier: TIER_ECHO,
  kind: "test",
  severity: "error",
  conclusive: true,
};

export const JEST_TEST_FAILED: LineRule = {
  id: "test-jest-failed",
  note:
    "Jest's header of a failed test, `  ● Suite › does x` (nested describes add ` › `), or of a test file that did " +
    "not load, `  ● Test suite failed to run`, above the assertion and its code frame: the test's name and the " +
    "reason below it. Not `● Console` (a test's console.log output) nor Jest's `● Validation Warning:` notices, " +
    "which name no test. A top-level test without a describe (`  ● does x`) is not read: its line holds no more " +
    "than the bullet",
  role: "test",
  // Four units with Jest's two-blank indentation: a shorter needle costs an `includes` on every line past the gate
  // (needle-scan.ts TextTagger).
  needles: ["  ● "],
  pattern: /^\s{2,8}● (?:[^\n›]{1,300} › \S[^\n]{0,500}|Test suite failed to run)$/,
  example: "  ● verificationKey › generates a key",
  tier: TIER_ROOT,
  kind: "test",
  severity: "error",
  testName: (text) => text.slice(text.indexOf("● ") + 2).trim(),
};

export const JEST_FILE_FAILED: LineRule = {
  id: "test-jest-file-failed",
  note:
    "Jest's verdict on a test file, ` FAIL  src/a.test.js` (a time after it when slow): it names the file, not the " +
    "test, so the `●` header below it stays the primary (detail tier); alone it still fails an excerpt (conclusive). " +
    "The last resort read it before, the die's message under a banner",
  role: "error",
  needles: ["FAIL "],
  pattern: /^ ?FAIL +\S+\.[cm]?[jt]sx?(?: \(\d[^)\n]{0,30}\))?$/,
  example: " FAIL  ./simple.test.js",
  tier: TIER_DETAIL,
  kind: "test",
  severity: "error",
  conclusive: true,
};

/**
 * Round 51b: mocha's list of failures under its totals (`  1 failing`, a blank line, then `  1) Suite name`, the
 * test's title on the next line and the assertion below): the list's first entry is the first failing test's line
 * (LABELLING.md), read as the totals' nextLine. The spec reporter's own `    1) title` row above the totals names
 * the test too, but no gate needle passes it (a numbered line is too common a shape to look for on every line).
 */
export const MOCHA_FIRST_FAILURE: LineRule = {
  id: "test-mocha-failed",
  note: "mocha's first entry in its list of failures below `N failing` (JS_TEST_TOTALS' nextLine): not in the table",
  role: "test",
  needles: [],
  pattern: /^ {2}1\) \S[^\n]{0,500}$/,
  example: "  1) Parser",
  passesOver: /^$/,
  tier: TIER_ROOT,
  kind: "test",
  severity: "error",
  testName: (text) => text.trim().slice(3).replace(/:$/, ""),
};

export const JS_TEST_TOTALS: LineRule = {
  id: "test-js-totals-failed",
  note:
    "Jest's `Tests:       1 failed, 9 passed, 10 total` and `Test Suites: 1 failed, 1 total`, mocha's `  1 failing` " +
    "under its `N passing`: printed only by a failed run (conclusive), echoes of the failed tests above",
  role: "error",
  needles: [" failed, ", " failing"],
  pattern: /^(?:(?:Tests|Test Suites): +[1-9]\d* failed, |\s{0,8}[1-9]\d* failing$)/,
  example: "Tests:       1 failed, 1 total",
  tier: TIER_ECHO,
  kind: "test",
  severity: "error",
  conclusive: true,
  // Round 51b: mocha's failures are listed below its totals
  nextLine: MOCHA_FIRST_FAILURE,
};

export const EUNIT_TEST_FAILED: LineRule = {
  id: "test-eunit-failed",
  note:
    "Erlang eunit's verbose row of a failed test, `module: test_name...*failed*` (a description in parentheses " +
    "before the dots; `*timed out*` for a test that ran too long), above `in function …` and the `**error:…` " +
    "term. The last resort read it, kind unknown; its `Failed: 1.  Skipped: 0.  Passed: 12.` total (under a " +
    "banner the primary before) only counts them",
  role: "test",
  needles: ["...*failed*", "...*timed out*"],
  pattern: /^\s{0,8}[a-z][\w@]*: [^\n]{1,500}?\.\.\.\*(?:failed|timed out)\*$/,
  example: "gset: basic_props_test...*failed*",
  tier: TIER_ROOT,
  kind: "test",
  severity: "error",
  testName: (text) => text.trim().slice(0, text.trim().lastIndexOf("...")).replace(": ", ":"),
};

/**
 * Round 51b: rebar3's eunit formatter (eunit_formatters' eunit_progress, rebar3's default) lists the failures after the
 * progress dots: `Failures:`, a blank line, sometimes the application's name, then `  1) module:test/0` (an anonymous
 * fun's `module:-test_/0-fun-4-/0:8`, a description after `: `), `     Failure/Error: ?assertEqual(…)` and the values;
 * `Finished in …` and `N tests, M failures` follow. The entry is the first failing test's line (the totals only count
 * them). RSpec prints the same `Failures:` header over `  1) Description …`, which names no `module:`: round 52e reads
 * it by RSPEC_FIRST_FAILURE (the `otherwise`).
 */
export const REBAR3_EUNIT_FIRST_FAILURE: LineRule = {
  id: "test-rebar3-eunit-failed",
  note: "rebar3's eunit formatter's first failure below `Failures:` (REBAR3_FAILURES_HEADER's nextLine): not in the table",
  role: "test",
  needles: [],
  pattern: /^ {2}1\) [a-z][\w@]*:\S[^\n]{0,500}$/,
  example: "  1) mt_reload_test:reload_test/0: module 'mt_reload_test'",
  otherwise: RSPEC_FIRST_FAILURE,
  passesOver: /^(?:[a-z][\w@]*)?$/,
  tier: TIER_ROOT,
  kind: "test",
  severity: "error",
  testName: (text) => text.trim().slice(3),
};

export const REBAR3_FAILURES_HEADER: LineRule = {
  id: "noise-rebar3-failures-header",
  note: "`Failures:` alone at the line's start (rebar3's eunit formatter, RSpec): no failure itself, a list's header",
  role: "noise",
  needles: ["\nFailures:"],
  pattern: /^Failures:$/,
  example: "Failures:",
  tier: TIER_ECHO,
  kind: "test",
  severity: "error",
  nextLine: REBAR3_EUNIT_FIRST_FAILURE,
};

export const COMMON_TEST_CASE_FAILED: LineRule = {
  id: "test-common-test-failed",
  note:
    "rebar3 ct's (cth_readable's) row of a failed common_test case, `%%% suite_SUITE ==> case: FAILED`, above the " +
    "`%%% suite_SUITE ==> {reason}` row; its `Failed 1 tests. Passed 12 tests.` total only counts them",
  role: "test",
  needles: [": FAILED"],
  pattern: /^%%% [\w.@-]+ ==> [^\n]{1,300}: FAILED$/,
  example: "%%% filter_numbers_SUITE ==> run_eunit: FAILED",
  tier: TIER_ROOT,
  kind: "test",
  severity: "error",
  testName: (text) => text.slice(4, text.lastIndexOf(": FAILED")).replace(" ==> ", ":"),
};

export const ERLANG_TEST_TOTALS: LineRule = {
  id: "test-erlang-totals-failed",
  note:
    "eunit's `  Failed: 1.  Skipped: 0.  Passed: 12.` and common_test's `Failed 1 tests. Passed 12 tests.` with a " +
    "nonzero count: echoes of the failed rows above, printed only by a failed run (conclusive; `Failed: 0.` is a " +
    "passing run's, last-resort.ts HARMLESS)",
  role: "error",
  needles: ["Failed: ", "Failed "],
  pattern:
    /^\s{0,8}Failed(?:: [1-9]\d*\. +Skipped: \d+\. +Passed: \d+\.| [1-9]\d* tests?\. (?:Passed|Skipped) )/,
  example: "  Failed: 1.  Skipped: 0.  Passed: 1.",
  tier: TIER_ECHO,
  kind: "test",
  severity: "error",
  conclusive: true,
};

export const JULIA_TEST_FAILED: LineRule = {
  id: "test-julia-failed",
  note:
    "Julia's Test reporting a failed `@test` (`Test Failed at /path/runtests.jl:12`) or one that threw (`Error " +
    "During Test at …`), prefixed with its testset's name inside a `@testset` (`Arrays: Test Failed at …`), above " +
    "`  Expression: …` and `   Evaluated: …`; the testset's `Test Summary:` table and `Some tests did not pass` only " +
    "count them. The last resort read it, kind unknown, the die's message under a banner",
  role: "test",
  needles: ["Test Failed at ", "Error During Test at "],
  pattern: /^(?:[^\n]{1,200}?: )?(?:Test Failed|Error During Test) at \S[^\n]{0,1000}$/,
  example: "Test Failed at /var/tmp/portage/dev-julia/Foo-1.0/work/Foo-1.0/test/runtests.jl:12",
  tier: TIER_ROOT,
  kind: "test",
  severity: "error",
  testName: (text) => text.slice(text.lastIndexOf(" at ") + 4),
};

export const JULIA_TESTS_DID_NOT_PASS: LineRule = {
  id: "test-julia-summary",
  note:
    "Julia's TestSetException, `Some tests did not pass: 3 passed, 1 failed, 0 errored, 0 broken.` (Julia < 1.1 " +
    "without `broken`), behind `ERROR: LoadError: ` when runtests.jl threw it: an echo of the `Test Failed at` lines " +
    "(conclusive); meson-plain-error read it as meson's `ERROR:`, kind configure without a phase",
  role: "error",
  needles: ["did not pass: "],
  pattern: /^(?:ERROR: (?:LoadError: )?)?Some tests did not pass: \d+ passed, \d+ failed, \d+ errored/,
  example: "ERROR: LoadError: Some tests did not pass: 3 passed, 1 failed, 0 errored, 0 broken.",
  tier: TIER_ECHO,
  kind: "test",
  severity: "error",
  conclusive: true,
};

/**
 * Round 49a: Julia's own build failing while it bootstraps its system image (`make` in `base/` running
 * `usr/bin/julia … sysimg.jl`): `error during bootstrap:`, then the nested `LoadError(at "sysimg.jl" line 170: …)` (1.x:
 * `LoadError("sysimg.jl", 3, …)`) on the next line or the same one. Julia is the build step's tool: the phase's kind,
 * compile without one (bare it was the last resort's, kind unknown unless make's target named compile; under a
 * banner the die's message). The header is the line (convention 11's analogue): the nested cause below it is one
 * long term.
 */
export const JULIA_BOOTSTRAP_ERROR: LineRule = {
  id: "julia-bootstrap-error",
  role: "error",
  needles: ["error during bootstrap:"],
  pattern: /^error during bootstrap:/,
  example: "error during bootstrap:",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const JULIA_LOAD_ERROR: LineRule = {
  id: "julia-load-error",
  note:
    "Julia's uncaught exception while it loads a file (`ERROR: LoadError: UndefVarError: x not defined`, nested " +
    "`LoadError: LoadError:` for an include), above its `Stacktrace:` and `in expression starting at file:N`: a " +
    "package's or Julia's own build step failing (sysimage, precompile); the phase's kind, compile without one " +
    "(meson-plain-error read it as meson's `ERROR:`, kind configure)",
  role: "error",
  needles: ["ERROR: LoadError: "],
  pattern: /^ERROR: (?:LoadError: )+\S/,
  example: "ERROR: LoadError: UndefVarError: foo not defined",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const PYTEST_PATH_NOT_FOUND: LineRule = {
  id: "test-pytest-path-not-found",
  note:
    "pytest refusing a path argument that does not exist (`ERROR: file not found: x`, pytest 7+'s `ERROR: file or " +
    "directory not found: x`), the reason under tox's InvocationError; meson-plain-error read it as meson's " +
    "`ERROR:`, kind configure without a phase. The phase's kind, test without one",
  role: "error",
  needles: ["ERROR: file not found: ", "ERROR: file or directory not found: "],
  pattern: /^ERROR: file (?:or directory )?not found: \S/,
  example: "ERROR: file or directory not found: tests/test_missing.py",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "test",
  severity: "error",
};

export const PYTEST_NO_TESTS_RAN: LineRule = {
  id: "test-pytest-no-tests-ran",
  note:
    "round 52a: pytest's closing line when it ran no test (`=== no tests ran in 0.12s ===`, every test deselected: " +
    "`=== 12 deselected in 0.05s ===`): exit status 5, which epytest dies on; under the die it says more than " +
    "`pytest failed with python3.12`. An echo, so pytest's own `ERROR: file or directory not found: …` " +
    "(PYTEST_PATH_NOT_FOUND), `error: unrecognized arguments` or an ImportError says why; not conclusive (round 49b: " +
    "without the die the run stays a success). A run that passed some names them (`=== 3 passed, 12 deselected in …`)",
  role: "error",
  needles: ["no tests ran in ", " deselected in "],
  pattern: /^=+ ?(?:no tests ran|\d+ deselected) in \d+(?:\.\d+)?s(?: \([^()\n]{1,40}\))? =+$/,
  example: "============================ no tests ran in 0.12s =============================",
  tier: TIER_ECHO,
  kind: "test",
  severity: "error",
};

export const TEST_RUNNER_VERDICT: LineRule = {
  id: "test-runner-verdict",
  note:
    "a test runner's verdict on the command it ran (LABELLING.md convention 2: a tool's summary, the die's message's " +
    "rank): tox's `ERROR:   py311: commands failed`, tox 4's `  py311: FAIL code 1 (…)`, tox 3's `ERROR: " +
    "InvocationError for command … (exited with code 1)` (tox 2: `ERROR: InvocationError: '…'`), nox's `nox > " +
    "Command pytest failed with exit code 1`, rebar3's `===> Error running tests` and `===> Failures occurred " +
    "running tests: 1`, Julia Pkg's `ERROR: Package Foo errored during testing`. The failed test's line above is the " +
    "primary; alone it fails an excerpt (conclusive), kind test, and under a banner the die's message stands. " +
    "meson-plain-error read tox's and Julia's `ERROR:` lines as meson's (kind configure)",
  role: "error",
  needles: [
    "commands failed",
    ": FAIL code ",
    "ERROR: InvocationError",
    "failed with exit code ",
    "Error running tests",
    "Failures occurred running tests",
    " errored during testing",
  ],
  pattern:
    /^(?:(?:ERROR: +|\s{0,4})[\w.-]+: (?:commands failed$|FAIL code \d+ \()|ERROR: InvocationError(?: for command |: ')|nox > Command \S[^\n]{0,500} failed with exit code \d+$|===> (?:Error running tests$|Failures occurred running tests: \d+$)|ERROR: Package \S+ errored during testing$)/,
  example: "ERROR:   py311: commands failed",
  tier: TIER_DIE,
  kind: null,
  kindWithoutPhase: "test",
  severity: "error",
  conclusive: true,
  sumsUp: true,
};

export const OCAMLTEST_FAILED: LineRule = {
  id: "test-ocamltest-failed",
  note:
    "Round 49b: OCaml's own testsuite (ocamltest under `make -C testsuite`) reports each test on one line, ` ... " +
    "testing 'x.ml' with 1 (bytecode) => failed (…)` (the reason in parentheses, often `Running action 7/13 " +
    "(check-output) => failed (Output … differs)`), the old Makefile harness ` ... testing 'x.ml.reference': => " +
    "failed`. The first such line names the failing test; summarize.awk's `List of failed tests:` repeats it. Before: " +
    "the last resort's line bare (kind unknown), the die's message under a banner, a success in a full log. Round " +
    "52a: newer ocamltest's `Action 3/7 (check-program-output) => failed (…)` without `Running `",
  role: "test",
  needles: [" => failed"],
  pattern:
    /^\s{0,8}(?:\.\.\. testing '[^'\n]{1,300}'[^\n]{0,300}?|[^\n]{0,300}?(?:Running action|\bAction) \d+\/\d+ \([\w.-]{1,60}\)) => failed\b/,
  example:
    " ... testing 'test10_main.ml' with 1.1.2 (bytecode) => failed (Running action 7/13 (check-output) => failed (Output tests/x/_ocamltest/test10_main/ocamlc.byte/test10_main.byte.output differs))",
  tier: TIER_ROOT,
  kind: "test",
  severity: "error",
  testName: (text) => {
    const start = text.indexOf("'");
    const end = start === -1 ? -1 : text.indexOf("'", start + 1);
    return end === -1 ? text.trim() : text.slice(start + 1, end);
  },
};

export const OCAMLTEST_FAILED_LIST: LineRule = {
  id: "test-ocamltest-failed-list",
  note:
    "Round 49b: summarize.awk's `List of failed tests:` under the testsuite's `Summary:` (printed only when a test " +
    "failed, conclusive): an echo of the `=> failed` lines above it",
  role: "error",
  needles: ["List of failed tests:"],
  pattern: /^\s{0,8}List of failed tests:\s*$/,
  example: "List of failed tests:",
  tier: TIER_ECHO,
  kind: "test",
  severity: "error",
  conclusive: true,
};

export const TEST_FRAMEWORK_RULES: readonly LineRule[] = [
  PYTHON_DOCTEST_FAILED,
  PYTHON_DOCTEST_SUMMARY,
  JEST_TEST_FAILED,
  JEST_FILE_FAILED,
  JS_TEST_TOTALS,
  EUNIT_TEST_FAILED,
  REBAR3_FAILURES_HEADER,
  COMMON_TEST_CASE_FAILED,
  ERLANG_TEST_TOTALS,
  JULIA_TEST_FAILED,
  JULIA_TESTS_DID_NOT_PASS,
  JULIA_LOAD_ERROR,
  JULIA_BOOTSTRAP_ERROR,
  PYTEST_PATH_NOT_FOUND,
  PYTEST_NO_TESTS_RAN,
  TEST_RUNNER_VERDICT,
  OCAMLTEST_FAILED,
  OCAMLTEST_FAILED_LIST,
];
