// Failed-test lines of the common harnesses (domain.md §5.3). Each gives a test
// name for `failedTests` and is also an error candidate of kind "test".
import { type LineRule, TIER_DETAIL, TIER_ECHO, TIER_ROOT, tokenAfter } from "./rule";

function testRule(rule: Omit<LineRule, "role" | "kind" | "severity">): LineRule {
  return { ...rule, role: "test", kind: "test", severity: "error" };
}

export const AUTOMAKE_TEST_FAIL = testRule({
  id: "test-automake-fail",
  needles: ["FAIL: ", "XPASS: ", "ERROR: "],
  pattern: /^(?:(?:FAIL|XPASS): \S|ERROR: \S+$)/,
  example: "FAIL: test-version",
  tier: TIER_ROOT,
  testName: (text) => tokenAfter(text, ": "),
});

export const PYTEST_SUMMARY_FAILED = testRule({
  id: "test-pytest-failed",
  needles: ["FAILED ", "ERROR "],
  // The -ra short summary: names the test and the reason on one line.
  pattern: /^(?:FAILED|ERROR) [^\s:]+::/,
  example: "FAILED tests/test_escape.py::test_escape[abcd] - AssertionError: assert 'a' == 'b'",
  tier: TIER_ROOT,
  testName: (text) => {
    const name = text.slice(text.indexOf(" ") + 1);
    const reason = name.indexOf(" - ");
    return reason === -1 ? name : name.slice(0, reason);
  },
});

export const PYTEST_PROGRESS_FAILED = testRule({
  id: "test-pytest-progress",
  needles: [" FAILED", " ERROR"],
  // Verbose progress line; the summary above is the better primary.
  pattern: /^[^\s:]+::.* (?:FAILED|ERROR)(?: +\[[ \d/%]+\])?$/,
  example: "tests/test_markupsafe.py::test_format FAILED                            [46/52]",
  tier: TIER_ECHO,
  testName: (text) => text.slice(0, text.lastIndexOf(text.includes(" FAILED") ? " FAILED" : " ERROR")),
});

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
  needles: ["***"],
  pattern: /^\s*\d+\/\d+ Test +#\d+: \S+ \.*\*{3}(?:Failed|Exception|Timeout)/,
  example: "3/5 Test #3: test_parser ......................***Failed    0.02 sec",
  tier: TIER_DETAIL,
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
  needles: ["Failed ", "Dubious"],
  pattern: /^[\w./-]+\.t \.*\s*(?:Dubious|Failed \d+\/\d+ subtests)/,
  example: "t/01-basic.t ........ Failed 2/10 subtests",
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

export const TEST_RULES: readonly LineRule[] = [
  AUTOMAKE_TEST_FAIL,
  PYTEST_SUMMARY_FAILED,
  PYTEST_PROGRESS_FAILED,
  CTEST_FAILED,
  CTEST_PROGRESS_FAILED,
  MESON_TEST_FAILED,
  GTEST_FAILED,
  PERL_TAP_FAILED,
  GO_TEST_FAILED,
  RUST_TEST_FAILED,
];
