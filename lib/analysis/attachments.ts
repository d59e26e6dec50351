// Error extraction from the files a failure points to (domain.md §5.5). Probe
// errors inside config.log and CMakeError.log are expected, so each role has its
// own reader that knows which line is the verdict.
import { cleanLine } from "./lines";
import { matchLineRule } from "./rules";
import { AUTOMAKE_TEST_FAIL } from "./rules/tests";
import { TOOLCHAIN_RULES } from "./rules/toolchain";
import type { AttachmentAnalysis, AttachmentRole, FailedTest, PrimaryError } from "./types";

const MAX_CONTEXT_LINES = 40;
const MAX_FAILED_TESTS = 500;

export interface AttachmentContext {
  /** The main log says configuring failed (`configure: error:`, CMake "Configuring incomplete"). */
  mainLogConfigureFailed?: boolean;
}

type NumberedLine = { line: number; text: string };

export function analyzeAttachment(
  role: AttachmentRole,
  lines: Iterable<string>,
  context: AttachmentContext = {},
): AttachmentAnalysis {
  const numbered = numberLines(lines);
  if (role === "config-log") return readConfigLog(numbered);
  if (role === "cmake-error-log" || role === "cmake-output-log" || role === "cmake-configure-log") {
    return context.mainLogConfigureFailed ? readFirstToolchainError(role, numbered) : emptyResult(role);
  }
  if (role === "meson-log") return readFirstMatch(role, numbered, /^(?:\S*meson\.build:\d+:\d+: )?ERROR: /);
  if (role === "test-suite-log") return readTestSuiteLog(numbered);
  if (role === "ctest-log") return readCtestLog(numbered);
  if (role === "sandbox-log") return readFirstMatch(role, numbered, /^P: \//);
  return emptyResult(role);
}

function* numberLines(lines: Iterable<string>): Generator<NumberedLine> {
  let line = 0;
  for (const raw of lines) yield { line: ++line, text: cleanLine(raw) };
}

function emptyResult(role: AttachmentRole): AttachmentAnalysis {
  return { role, primary: null, context: [], errorLines: [], failedTests: [] };
}

function toPrimary(entry: NumberedLine, ruleId: string): PrimaryError {
  return { line: entry.line, text: entry.text, ruleId };
}

// The verdict is the LAST "configure: error:". Its failing check is the latest
// "checking" block whose conftest output holds a compiler or linker error
// (the check right before the verdict is often a cached result with no output).
function readConfigLog(lines: Iterable<NumberedLine>): AttachmentAnalysis {
  const result = emptyResult("config-log");
  let block: NumberedLine[] = [];
  let failingBlock: NumberedLine[] = [];
  for (const entry of lines) {
    if (/^configure:\d+: checking /.test(entry.text)) {
      if (hasToolchainError(block)) failingBlock = block;
      block = [];
    }
    if (block.length < MAX_CONTEXT_LINES) block.push(entry);
    if (/^configure(?::\d+)?: error: /.test(entry.text)) {
      result.primary = toPrimary(entry, "config-log-error");
      const probeOutput = block.slice(0, -1);
      result.context = hasToolchainError(probeOutput) ? probeOutput : failingBlock;
    }
    if (/^configure: exit 0$/.test(entry.text)) {
      result.primary = null;
      result.context = [];
    }
  }
  result.errorLines = result.context
    .filter((entry) => matchLineRule(entry.text, TOOLCHAIN_RULES))
    .map((entry) => ({ ...entry, ruleId: "config-log-probe", severity: "warning" as const }));
  if (result.primary) result.errorLines.push({ ...result.primary, severity: "error" });
  return result;
}

function hasToolchainError(block: NumberedLine[]): boolean {
  return block.some((entry) => matchLineRule(entry.text, TOOLCHAIN_RULES) !== null);
}

function readFirstToolchainError(role: AttachmentRole, lines: Iterable<NumberedLine>): AttachmentAnalysis {
  const result = emptyResult(role);
  const recent: NumberedLine[] = [];
  for (const entry of lines) {
    const rule = matchLineRule(entry.text, TOOLCHAIN_RULES);
    if (rule) {
      result.primary = toPrimary(entry, rule.id);
      result.context = recent;
      result.errorLines = [{ ...entry, ruleId: rule.id, severity: "error" }];
      return result;
    }
    recent.push(entry);
    if (recent.length > MAX_CONTEXT_LINES) recent.shift();
  }
  return result;
}

function readFirstMatch(
  role: AttachmentRole,
  lines: Iterable<NumberedLine>,
  pattern: RegExp,
): AttachmentAnalysis {
  const result = emptyResult(role);
  for (const entry of lines) {
    if (!pattern.test(entry.text)) continue;
    result.primary = toPrimary(entry, `${role}-error`);
    result.errorLines = [{ ...entry, ruleId: `${role}-error`, severity: "error" }];
    break;
  }
  return result;
}

function readTestSuiteLog(lines: Iterable<NumberedLine>): AttachmentAnalysis {
  const result = emptyResult("test-suite-log");
  const seen = new Set<string>();
  for (const entry of lines) {
    if (!AUTOMAKE_TEST_FAIL.pattern.test(entry.text)) continue;
    const name = AUTOMAKE_TEST_FAIL.testName?.(entry.text) ?? entry.text;
    addFailedTest(result.failedTests, seen, { name, line: entry.line, source: "test-suite-log" });
    result.primary ??= toPrimary(entry, AUTOMAKE_TEST_FAIL.id);
  }
  result.errorLines = result.failedTests.map((t) => ({
    line: t.line,
    text: `FAIL: ${t.name}`,
    ruleId: AUTOMAKE_TEST_FAIL.id,
    severity: "error" as const,
  }));
  return result;
}

// LastTest.log: "3/5 Test: name" opens a test, "Test Failed." closes a failing one.
function readCtestLog(lines: Iterable<NumberedLine>): AttachmentAnalysis {
  const result = emptyResult("ctest-log");
  const seen = new Set<string>();
  let current: NumberedLine | null = null;
  for (const entry of lines) {
    const opened = /^\d+\/\d+ Test: (\S+)/.exec(entry.text);
    if (opened) current = { line: entry.line, text: opened[1] };
    else if (current && /Test Failed\.$/.test(entry.text)) {
      addFailedTest(result.failedTests, seen, {
        name: current.text,
        line: current.line,
        source: "ctest-log",
      });
      result.primary ??= toPrimary(entry, "ctest-log-failed");
      current = null;
    }
  }
  return result;
}

function addFailedTest(list: FailedTest[], seen: Set<string>, test: FailedTest): void {
  if (seen.has(test.name) || list.length >= MAX_FAILED_TESTS) return;
  seen.add(test.name);
  list.push(test);
}
