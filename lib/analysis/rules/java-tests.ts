// Round 42: Java's test runners, JUnit 4's text runner (`org.junit.runner.JUnitCore`, ant's junit task,
// java-pkg-simple's test runner) and Maven Surefire. The failing test's own row is the primary; the counts
// around it are echoes, and the exception under it (`java.lang.AssertionError: …`, python-exception's reading)
// is detail. Before languages.ts' maven-error, which reads any `[ERROR] ` line as a root cause (kind compile).
import { rule } from "./languages";
import { type LineRule, TIER_DETAIL, TIER_ECHO, TIER_ROOT } from "./rule";

/** `Class.method` of JUnit's `method(pkg.Class)`; Surefire's newer rows name `pkg.Class.method` already. */
function javaTestName(text: string): string {
  const call = /([\w$]+)\(([\w.$]+)\)/.exec(text);
  return call
    ? `${call[2]}.${call[1]}`
    : (/[\w$.]+(?=\s|$)/.exec(text.replace(/^\[ERROR\]\s*/, ""))?.[0] ?? "");
}

export const JUNIT4_FAILED_TEST = rule({
  id: "test-junit4-failed",
  role: "test",
  note: "only read on the line under JUnit's `There was 1 failure:` (junit4-failure-count's nextLine)",
  needles: [") "],
  pattern: /^\d+\) [\w$]+\([\w.$]+\)\s*$/,
  example: "1) testMerge1(ListExamplesTests)",
  tier: TIER_ROOT,
  kind: "test",
  testName: javaTestName,
});

export const JUNIT4_FAILURE_COUNT = rule({
  id: "test-junit4-failure-count",
  note:
    "JUnit 4's (and 3's textui) count above the numbered failures; the first failure's row, `1) test(Class)`, " +
    "is on the next line. Printed only by a run with failures",
  needles: ["There was 1 failure:", "There was 1 error:", " failures:", " errors:"],
  pattern: /^There (?:was 1 (?:failure|error)|were \d+ (?:failures|errors)):\s*$/,
  example: "There was 1 failure:",
  tier: TIER_ECHO,
  kind: "test",
  conclusive: true,
  nextLine: JUNIT4_FAILED_TEST,
});

export const JUNIT4_FAILURES_FOOTER = rule({
  id: "test-junit4-failures-footer",
  note: "JUnit's footer (`FAILURES!!!`, then `Tests run: 2,  Failures: 1`): an echo of the rows above it",
  needles: ["FAILURES!!!"],
  pattern: /^FAILURES!!!\s*$/,
  example: "FAILURES!!!",
  tier: TIER_ECHO,
  kind: "test",
  conclusive: true,
});

export const SUREFIRE_TEST_FAILED = rule({
  id: "test-surefire-failed",
  role: "test",
  note:
    "Surefire's row of one failed test: `pkg.Class.method` (2.22+, JUnit 5) or `method(pkg.Class)` (older), " +
    "two blanks, its time, `<<< FAILURE!` (an assertion) or `<<< ERROR!` (an exception)",
  needles: ["<<< FAILURE!", "<<< ERROR!"],
  pattern:
    /^(?:\[ERROR\] )?(?!Tests run: )[\w$.]+(?:\([\w.$]*\))? {2}Time elapsed: [\d.,]+ s(?:ec)? {2}<<< (?:FAILURE|ERROR)!/,
  example: "[ERROR] JUnit4Test.failWithNonEmptyParameters  Time elapsed: 0.002 s  <<< FAILURE!",
  tier: TIER_ROOT,
  kind: "test",
  testName: javaTestName,
});

export const SUREFIRE_COUNTS_FAILED = rule({
  id: "test-surefire-counts-failed",
  note:
    "Surefire's counts of a test class (`… Time elapsed: 0.01 s <<< FAILURE! - in pkg.Class`) or of the run " +
    "(`[ERROR] Tests run: 2, Failures: 2, Errors: 0, Skipped: 0`) when something failed (`[ERROR] `, or a count " +
    "above 0 from a Surefire without log levels; `[INFO] Tests run: …` is a pass), and the `[ERROR] " +
    "Failures:` / `[ERROR] Errors:` header of its summary: echoes of the test rows",
  needles: [", Failures: ", "[ERROR] Failures:", "[ERROR] Errors:"],
  pattern:
    /^(?:(?:\[ERROR\] Tests run: \d+, Failures: \d+, Errors: \d+|Tests run: \d+, (?:Failures: [1-9]\d*, Errors: \d+|Failures: \d+, Errors: [1-9]\d*)), Skipped: \d+(?:, Time elapsed: [\d.,]+ s(?:ec)? <<< (?:FAILURE|ERROR)!.*)?$|\[ERROR\] (?:Failures|Errors): ?$)/,
  example:
    "[ERROR] Tests run: 5, Failures: 2, Errors: 0, Skipped: 0, Time elapsed: 0.002 s <<< FAILURE! - in org.x.T",
  tier: TIER_ECHO,
  kind: "test",
  conclusive: true,
});

export const SUREFIRE_SUMMARY_ROW = rule({
  id: "test-surefire-summary-row",
  role: "test",
  note:
    "a row of Surefire's `[ERROR] Failures:` summary, `Class.method:line message` (`Run 1: …` under a rerun, " +
    "`» Exception` for an error): it names the test when the excerpt holds only the summary. Not javac's " +
    "`[ERROR]   symbol:   …` detail (no dotted name)",
  needles: ["[ERROR]   "],
  pattern: /^\[ERROR\] {3}(?:Run \d+: )?[\w$]+(?:\.[\w$]+)+(?::\d+| »)/,
  example: "[ERROR]   JUnit4Test.failWithNonEmptyParameters:19 not empty",
  tier: TIER_ROOT,
  kind: "test",
  testName: (text) => /[\w$]+(?:\.[\w$]+)+/.exec(text.replace(/^\[ERROR\] {3}(?:Run \d+: )?/, ""))?.[0] ?? "",
});

export const MAVEN_TEST_GOAL_FAILED = rule({
  id: "maven-test-goal-failed",
  note:
    "Maven's verdict when Surefire or Failsafe failed the build: the test goal's, not a compile's (maven-goal-" +
    "failed gives no kind without a phase)",
  needles: ["[ERROR] Failed to execute goal"],
  pattern: /^\[ERROR\] Failed to execute goal [\w.-]+:maven-(?:surefire|failsafe)-plugin:\S+ /,
  example:
    "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.0.0-M4:test (default-test) on project junit-assertions-fail: There are test failures.",
  tier: TIER_DETAIL,
  kind: null,
  kindWithoutPhase: "test",
});

export const JAVA_TEST_RULES: readonly LineRule[] = [
  JUNIT4_FAILURE_COUNT,
  JUNIT4_FAILURES_FOOTER,
  SUREFIRE_TEST_FAILED,
  SUREFIRE_COUNTS_FAILED,
  SUREFIRE_SUMMARY_ROW,
  MAVEN_TEST_GOAL_FAILED,
];
