// Error extraction from the files a failure points to (docs/domain.md, "Pointers to other files"). Probe
// errors inside config.log and CMakeError.log are expected, so each role has its
// own reader that knows which line is the verdict. Readers take one line at a
// time and keep bounded state (a few dozen lines, at most MAX_FAILED_TESTS
// names), so an upload of many big attachments costs no more memory than one.
import * as linesModule from "./lines";
import { LINE_RULES, type LineRule } from "./rules";
import * as gateModule from "./rules/gate";
import { AUTOMAKE_TEST_FAIL } from "./rules/tests";
import { TOOLCHAIN_RULES } from "./rules/toolchain";
import type { AttachmentAnalysis, AttachmentRole, FailedTest, PrimaryError } from "./types";

// Module-level bindings of what runs per line: an import compiled to CommonJS (tsx and Next's
// bundle alike) is read through a getter at every use (streaming-log.ts).
const { cleanLine } = linesModule;
const { hasTag, lineTags, newLineTags } = gateModule;

const MAX_CONTEXT_LINES = 40;
const MAX_FAILED_TESTS = 500;

export interface AttachmentContext {
  /** The main log says configuring failed (`configure: error:`, CMake "Configuring incomplete"). */
  mainLogConfigureFailed?: boolean;
}

type NumberedLine = { line: number; text: string };

interface RoleReader {
  push(entry: NumberedLine): void;
  finish(): AttachmentAnalysis;
  /** True once no later line can change the result: lines are then counted, not cleaned. */
  done?(): boolean;
}

/** Lines pushed as they stream in; the verdict once the file ends (the context may come later). */
export interface AttachmentReader {
  push(rawLine: string): void;
  /** True once no later line can change the verdict (a CMake or meson log's first error): lines may stop. */
  done(): boolean;
  finish(context?: AttachmentContext): AttachmentAnalysis;
}

const CMAKE_ROLES: ReadonlySet<AttachmentRole> = new Set([
  "cmake-error-log",
  "cmake-output-log",
  "cmake-configure-log",
]);

export function createAttachmentReader(role: AttachmentRole): AttachmentReader {
  const reader = roleReader(role);
  let line = 0;
  return {
    push: (raw) => {
      line++;
      if (!reader.done?.()) reader.push({ line, text: cleanLine(raw) });
    },
    done: () => reader.done?.() ?? false,
    // CMake logs only count when the main log says configuring failed, which is known last.
    finish: (context = {}) =>
      CMAKE_ROLES.has(role) && !context.mainLogConfigureFailed ? emptyResult(role) : reader.finish(),
  };
}

export function analyzeAttachment(
  role: AttachmentRole,
  lines: Iterable<string>,
  context: AttachmentContext = {},
): AttachmentAnalysis {
  const reader = createAttachmentReader(role);
  for (const raw of lines) reader.push(raw);
  return reader.finish(context);
}

function roleReader(role: AttachmentRole): RoleReader {
  if (role === "config-log") return configLogReader();
  if (CMAKE_ROLES.has(role)) return firstToolchainErrorReader(role);
  if (role === "meson-log") return firstMatchReader(role, /^(?:\S*meson\.build:\d+:\d+: )?ERROR: /);
  if (role === "test-suite-log") return testSuiteLogReader();
  if (role === "ctest-log") return ctestLogReader();
  if (role === "sandbox-log") return firstMatchReader(role, /^P: \//);
  return { push: () => {}, finish: () => emptyResult(role), done: () => true };
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
function configLogReader(): RoleReader {
  const result = emptyResult("config-log");
  let block: NumberedLine[] = [];
  let failingBlock: NumberedLine[] = [];
  const push = (entry: NumberedLine) => {
    // The verdict patterns below all start with "configure": most probe output does not.
    const configureLine = entry.text.startsWith("configure");
    if (configureLine && /^configure:\d+: checking /.test(entry.text)) {
      if (hasToolchainError(block)) failingBlock = block;
      block = [];
    }
    if (block.length < MAX_CONTEXT_LINES) block.push(entry);
    if (configureLine && /^configure(?::\d+)?: error: /.test(entry.text)) {
      result.primary = toPrimary(entry, "config-log-error");
      const probeOutput = block.slice(0, -1);
      result.context = hasToolchainError(probeOutput) ? probeOutput : failingBlock;
    }
    if (configureLine && entry.text === "configure: exit 0") {
      result.primary = null;
      result.context = [];
    }
  };
  const finish = () => {
    result.errorLines = result.context
      .filter((entry) => toolchainRule(entry.text))
      .map((entry) => ({ ...entry, ruleId: "config-log-probe", severity: "warning" as const }));
    if (result.primary) result.errorLines.push({ ...result.primary, severity: "error" });
    return result;
  };
  return { push, finish };
}

function hasToolchainError(block: NumberedLine[]): boolean {
  return block.some((entry) => toolchainRule(entry.text) !== null);
}

// Every line of a config.log probe block is checked against the toolchain rules:
// matchLineRule on a rule list tries each rule's needles with String#includes
// (~40 per line), most of the reader's time. The rules are rows of the line
// table, so the table's one needle scan (rules/gate.ts lineTags) says which can
// match, and only those run their pattern, in TOOLCHAIN_RULES' order: the same
// first rule, since a rule's needles are what both look for.
const TOOLCHAIN_TAGS = TOOLCHAIN_RULES.map((rule) => LINE_RULES.indexOf(rule));
if (TOOLCHAIN_TAGS.includes(-1)) throw new Error("every toolchain rule must be a row of the line table");
const toolchainTags = newLineTags();

/** matchLineRule(text, TOOLCHAIN_RULES), by the line table's tags. */
export function toolchainRule(text: string): LineRule | null {
  const tags = lineTags(text, toolchainTags);
  for (let index = 0; index < TOOLCHAIN_RULES.length; index++) {
    if (hasTag(tags, TOOLCHAIN_TAGS[index]) && TOOLCHAIN_RULES[index].pattern.test(text))
      return TOOLCHAIN_RULES[index];
  }
  return null;
}

function firstToolchainErrorReader(role: AttachmentRole): RoleReader {
  const result = emptyResult(role);
  const recent: NumberedLine[] = [];
  const push = (entry: NumberedLine) => {
    if (result.primary) return;
    const rule = toolchainRule(entry.text);
    if (rule) {
      result.primary = toPrimary(entry, rule.id);
      result.context = recent;
      result.errorLines = [{ ...entry, ruleId: rule.id, severity: "error" }];
      return;
    }
    recent.push(entry);
    if (recent.length > MAX_CONTEXT_LINES) recent.shift();
  };
  return { push, finish: () => result, done: () => result.primary !== null };
}

function firstMatchReader(role: AttachmentRole, pattern: RegExp): RoleReader {
  const result = emptyResult(role);
  const push = (entry: NumberedLine) => {
    if (result.primary || !pattern.test(entry.text)) return;
    result.primary = toPrimary(entry, `${role}-error`);
    result.errorLines = [{ ...entry, ruleId: `${role}-error`, severity: "error" }];
  };
  return { push, finish: () => result, done: () => result.primary !== null };
}

function testSuiteLogReader(): RoleReader {
  const result = emptyResult("test-suite-log");
  const seen = new Set<string>();
  const push = (entry: NumberedLine) => {
    if (!AUTOMAKE_TEST_FAIL.pattern.test(entry.text)) return;
    const name = AUTOMAKE_TEST_FAIL.testName?.(entry.text) ?? entry.text;
    addFailedTest(result.failedTests, seen, { name, line: entry.line, source: "test-suite-log" });
    result.primary ??= toPrimary(entry, AUTOMAKE_TEST_FAIL.id);
  };
  const finish = () => {
    result.errorLines = result.failedTests.map((t) => ({
      line: t.line,
      text: `FAIL: ${t.name}`,
      ruleId: AUTOMAKE_TEST_FAIL.id,
      severity: "error" as const,
    }));
    return result;
  };
  return { push, finish };
}

// LastTest.log: "3/5 Test: name" opens a test, "Test Failed." closes a failing one.
function ctestLogReader(): RoleReader {
  const result = emptyResult("ctest-log");
  const seen = new Set<string>();
  let current: NumberedLine | null = null;
  const push = (entry: NumberedLine) => {
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
  };
  return { push, finish: () => result };
}

function addFailedTest(list: FailedTest[], seen: Set<string>, test: FailedTest): void {
  if (seen.has(test.name) || list.length >= MAX_FAILED_TESTS) return;
  seen.add(test.name);
  list.push(test);
}
