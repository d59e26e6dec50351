// Folding and merging over real corpus logs: markupsafe's pytest run (16 failed
// tests, `E` blocks with `?  ^^` markers), popt's gcc errors and note, and
// libyaml's failed test named in both the build log and test-suite.log.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { analyzeAttachment, analyzeLogText, splitLogText } from "@/lib/analysis";
import { type GroupableFinding, groupFindings } from "./finding-groups";

const GENERATED = path.resolve(__dirname, "..", "..", "fixtures", "corpus", "generated");
const BUILD_LOG = 1;
const TEST_SUITE_LOG = 2;

const corpusText = (caseName: string, file = "build.log") =>
  readFileSync(path.join(GENERATED, caseName, file), "utf8");

/** The findings ingest would store for a build log (lib/ingest/finding-rows.ts, minus the ids). */
function buildLogFindings(text: string): GroupableFinding[] {
  const analysis = analyzeLogText(text);
  return [
    ...analysis.errorLines.map((e) => ({
      fileId: BUILD_LOG,
      kind: "error" as const,
      lineNumber: e.line,
      text: e.text,
      isPrimary: analysis.primary?.line === e.line,
      testName: null,
    })),
    ...analysis.failedTests.map((t) => testFinding(BUILD_LOG, t.name, t.line)),
  ];
}

const testFinding = (fileId: number, name: string, line: number): GroupableFinding => ({
  fileId,
  kind: "test",
  lineNumber: line,
  text: name,
  isPrimary: false,
  testName: name,
});

test("pytest E blocks fold under their assertion, ? ^^ lines included", () => {
  const findings = buildLogFindings(corpusText("test-pytest-markupsafe"));
  const eLines = findings.filter((f) => f.kind === "error" && f.text.startsWith("E "));
  expect(eLines.length).toBeGreaterThan(20);
  const { error } = groupFindings(findings, BUILD_LOG);
  const heads = error.map((g) => g.head.text);
  // No marker or diff line of an assertion is a group of its own.
  expect(heads.filter((text) => /^E\s+[?+-] /.test(text))).toEqual([]);
  expect(heads.filter((text) => /\.py:\d+: AssertionError$/.test(text))).toEqual([]);
  const first = error.find((g) => g.head.text.includes("AssertionError")) ?? error[0];
  expect(first.head.lineNumber).toBe(116);
  // The E block, then pytest's closing `tests/test_escape.py:29: AssertionError` past the locals.
  expect(first.continuations.map((f) => f.lineNumber)).toEqual([118, 119, 120, 121, 127]);
  expect(first.continuations.map((f) => f.text)).toContain("E         ?           ^^");
  // Every stored error line is still shown, once.
  const shown = error.flatMap((g) => [g.head, ...g.continuations]);
  expect(shown).toHaveLength(findings.filter((f) => f.kind === "error").length);
  // Folding halves the rows at least; pytest's `___ test_x ___` headers (one per failed test, a finding of their own
  // since round 29c: they name the test an E block belongs to) are not E-block rows, so they are not counted.
  const isHeader = (text: string) => /^_+ \S.* _+$/.test(text);
  const blockGroups = error.filter((g) => !isHeader(g.head.text));
  expect(error.length - blockGroups.length).toBeGreaterThan(0);
  expect(blockGroups.length).toBeLessThan(shown.filter((f) => !isHeader(f.text)).length / 2);
});

test("a pytest location line folds only under an E block, never under a compiler error", () => {
  const at = (lineNumber: number, text: string): GroupableFinding => ({
    fileId: BUILD_LOG,
    kind: "error",
    lineNumber,
    text,
    isPrimary: false,
    testName: null,
  });
  const groups = groupFindings(
    [
      at(10, "E       assert 1 == 2"),
      at(30, "tests/t.py:9: AssertionError"),
      at(40, "x.c:1:1: error: y"),
      at(42, "tests/u.py:3: AssertionError"),
    ],
    BUILD_LOG,
  ).error;
  expect(groups.map((g) => [g.head.lineNumber, g.continuations.map((f) => f.lineNumber)])).toEqual([
    [10, [30]],
    [40, []],
    [42, []],
  ]);
});

test("a compiler note folds under the error above it; the next error is its own group", () => {
  const lines = splitLogText(corpusText("compile-c-implicit-decl-popt"));
  const at = (n: number): GroupableFinding => ({
    fileId: BUILD_LOG,
    kind: "error",
    lineNumber: n,
    text: lines[n - 1],
    isPrimary: n === 173,
    testName: null,
  });
  expect(lines[172]).toContain(": note: each undeclared identifier");
  const { error } = groupFindings([at(177), at(174), at(173), at(170)], BUILD_LOG);
  expect(error.map((g) => [g.head.lineNumber, g.continuations.map((f) => f.lineNumber)])).toEqual([
    [170, [173]],
    [174, []],
    [177, []],
  ]);
  // A primary continuation makes its group the primary one.
  expect(error[0].isPrimary).toBe(true);
});

test("continuations never cross files or big gaps", () => {
  const note = "poptconfig.c:210:28: note: each undeclared identifier is reported only once";
  const error = (fileId: number, lineNumber: number, text: string): GroupableFinding => ({
    fileId,
    kind: "error",
    lineNumber,
    text,
    isPrimary: false,
    testName: null,
  });
  const groups = groupFindings(
    [
      error(BUILD_LOG, 10, "a.c:1:1: error: x"),
      error(TEST_SUITE_LOG, 11, note),
      error(BUILD_LOG, 30, note),
      error(BUILD_LOG, 31, "E   assert 1 == 2"),
    ],
    BUILD_LOG,
  ).error;
  expect(groups.map((g) => g.continuations.length)).toEqual([0, 0, 0, 0]);
});

test("a failed test in the build log and test-suite.log is one entry with both places", () => {
  const findings = buildLogFindings(corpusText("test-automake-check-libyaml"));
  const suiteLines = splitLogText(corpusText("test-automake-check-libyaml", "test-suite.log"));
  const suite = analyzeAttachment("test-suite-log", suiteLines, { mainLogConfigureFailed: false });
  findings.push(...suite.failedTests.map((t) => testFinding(TEST_SUITE_LOG, t.name, t.line)));
  expect(findings.filter((f) => f.kind === "test")).toHaveLength(2);
  // The test log's finding comes first in the input: the build log still leads.
  const { test: tests } = groupFindings(findings.reverse(), BUILD_LOG);
  expect(tests).toHaveLength(1);
  expect(tests[0].name).toBe("test-version");
  expect(tests[0].sources.map((f) => [f.fileId, f.lineNumber])).toEqual([
    [BUILD_LOG, 266],
    [TEST_SUITE_LOG, 15],
  ]);
});

test("markupsafe's 16 different failed tests stay 16 entries, in log order", () => {
  const findings = buildLogFindings(corpusText("test-pytest-markupsafe"));
  const names = new Set(findings.filter((f) => f.kind === "test").map((f) => f.testName));
  const { test: tests } = groupFindings(findings, BUILD_LOG);
  expect(tests.map((t) => t.name)).toEqual([...names]);
  expect(tests).toHaveLength(16);
});
