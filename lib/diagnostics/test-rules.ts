// Failed and skipped tests for the diagnostics table (rules.ts): the analysis'
// failed-test recognisers that name the test, and the harnesses' skip lines.
import { TIER_ROOT } from "../analysis/rules/rule";
import { TEST_HARNESS_RULES } from "../analysis/rules/test-harnesses";
import { TEST_RULES } from "../analysis/rules/tests";
import { pathMessageText } from "./normalize";
import type { DiagnosticMatch, DiagnosticRule } from "./rules";

/** The analysis' failed-test recognisers that name the failing test itself (not echoes or details). */
// Harness rules first: "FAIL: test_x (mod.Class)" is unittest's, not automake's.
export const FAILED_TESTS: readonly DiagnosticRule[] = [...TEST_HARNESS_RULES, ...TEST_RULES]
  .filter((rule) => rule.role === "test" && rule.testName && rule.tier >= TIER_ROOT)
  .map((rule) => ({
    id: rule.id,
    // Anywhere in the line: the extractor's gate and matcher read lines as they were (the analysis' "\n"
    // needles, line starts, assume its prefix handling).
    needles: rule.needles.map((needle) => (needle.startsWith("\n") ? needle.slice(1) : needle)),
    example: rule.example,
    match(line: string): DiagnosticMatch | null {
      if (!rule.pattern.test(line)) return null;
      const name = rule.testName?.(line).trim() ?? "";
      return name ? { kind: "test", flag: "failed", text: pathMessageText(name) } : null;
    },
  }));

function skippedTest(id: string, pattern: RegExp, needles: string[], example: string): DiagnosticRule {
  return {
    id,
    needles,
    example,
    match(line) {
      const found = pattern.exec(line);
      return found ? { kind: "test", flag: "skipped", text: pathMessageText(found[1]) } : null;
    },
  };
}

export const SKIPPED_TESTS: readonly DiagnosticRule[] = [
  skippedTest("test-automake-skip", /^SKIP: (\S+)/, ["SKIP: "], "SKIP: test-locale"),
  skippedTest(
    "test-pytest-skipped",
    /^SKIPPED \[\d+\] (\S+: .+)$/,
    ["SKIPPED ["],
    "SKIPPED [1] tests/test_net.py:12: requires network",
  ),
  skippedTest(
    "test-meson-skip",
    /^ *\d+\/\d+ (\S+) +SKIP +\d/,
    [" SKIP "],
    " 3/12 fribidi:run_tests             SKIP            0.01s   exit status 77",
  ),
  skippedTest("test-go-skip", /^\s*--- SKIP: (\S+)/, ["--- SKIP: "], "--- SKIP: TestNetwork (0.00s)"),
  skippedTest(
    "test-rust-ignored",
    /^test (\S+) \.\.\. ignored$/,
    ["... ignored"],
    "test net::fetch ... ignored",
  ),
  skippedTest(
    "test-gtest-skipped",
    /^\[ {2}SKIPPED \] ([A-Za-z_][\w/]*\.[\w/]+)/,
    ["[  SKIPPED ]"],
    "[  SKIPPED ] NetTest.Resolves (0 ms)",
  ),
];
