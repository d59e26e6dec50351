// Round 50's dev set: the real corpus rows and the generated cases, each inside a whole build.log (heldout-wrap.ts's
// wrapper), scored as the excerpt and wrapped: per metric, right both ways, lost and gained. The held-out sets stay
// unread: this is what a rule writer may look at. Test and bench code (reads the fixture corpus).
import { readFileSync } from "node:fs";
import path from "node:path";
import { analyzeLogText } from "../analyzer";
import type { LogAnalysis } from "../types";
import { corpusText, generatedCases, REAL_CASES } from "./corpus";
import type { HeldoutCase } from "./heldout";
import { wrapInFullLog } from "./heldout-wrap";

const GOLDEN_DIR = path.resolve(__dirname, "../__golden__");

/** What the golden of a real row says of status, phase, kind and atom (the rows' labels hold only the line). */
interface GoldenLabel {
  status: "failed" | "succeeded";
  phase: string | null;
  kind: string;
  atom: string | null;
}

/** A real row or a generated case as a held-out case, labelled by its golden (REAL_CASES gives the line). */
export function devCases(): HeldoutCase[] {
  const cases: HeldoutCase[] = [];
  for (const row of REAL_CASES) {
    const golden = JSON.parse(
      readFileSync(path.join(GOLDEN_DIR, `real-row-${row.row}.json`), "utf8"),
    ) as GoldenLabel;
    const logText = corpusText(`real/${row.file}`);
    const lines = logText.split("\n").map((line) => line.replace(/\r$/, ""));
    cases.push({
      name: `real row ${row.row}`,
      logText,
      expected: {
        atom: golden.atom,
        status: golden.status,
        phase: golden.phase,
        kind: golden.kind as HeldoutCase["expected"]["kind"],
        primary: { line: row.line, text: lines[row.line - 1] ?? row.text },
        infra: null,
        notes: "a real corpus row (round 50's dev set)",
        source: "https://example.org/real-corpus",
      },
    });
  }
  for (const generated of generatedCases()) {
    const { expected } = generated;
    cases.push({
      name: `generated ${generated.name}`,
      logText: generated.logText,
      expected: {
        atom: expected.atom,
        status: expected.status as "failed" | "succeeded",
        phase: expected.phase,
        kind: expected.kind as HeldoutCase["expected"]["kind"],
        primary: expected.primary,
        infra: null,
        notes: "a generated corpus case (round 50's dev set)",
        source: "https://example.org/generated-corpus",
      },
    });
  }
  return cases;
}

export const DEV_METRICS = ["primary", "kind", "status"] as const;
export type DevMetric = (typeof DEV_METRICS)[number];

export interface DevCaseScore {
  name: string;
  /** The wrapped log and its label. */
  wrapped: HeldoutCase;
  excerptOk: Record<DevMetric, boolean>;
  wrappedOk: Record<DevMetric, boolean>;
  wrappedResult: LogAnalysis;
}

function metrics(testCase: HeldoutCase, result: LogAnalysis): Record<DevMetric, boolean> {
  const { expected } = testCase;
  return {
    primary: (result.primary?.line ?? null) === (expected.primary?.line ?? null),
    kind: result.kind === expected.kind,
    status: result.status === expected.status,
  };
}

/** Every dev case the wrapper wraps, read as the excerpt and wrapped (analyzeLogText). */
export function scoreDevWrapped(
  analyze: (text: string) => LogAnalysis = analyzeLogText,
  cases: readonly HeldoutCase[] = devCases(),
): DevCaseScore[] {
  const scores: DevCaseScore[] = [];
  for (const testCase of cases) {
    const wrap = wrapInFullLog(testCase);
    if (!wrap.wrapped) continue;
    const wrappedResult = analyze(wrap.testCase.logText);
    scores.push({
      name: testCase.name,
      wrapped: wrap.testCase,
      excerptOk: metrics(testCase, analyzeLogText(testCase.logText)),
      wrappedOk: metrics(wrap.testCase, wrappedResult),
      wrappedResult,
    });
  }
  return scores;
}

/** Per metric: right as an excerpt, right wrapped, and the names lost (right as an excerpt only) and gained. */
export function devTally(scores: readonly DevCaseScore[], metric: DevMetric) {
  const lost = scores.filter((s) => s.excerptOk[metric] && !s.wrappedOk[metric]).map((s) => s.name);
  const gained = scores.filter((s) => !s.excerptOk[metric] && s.wrappedOk[metric]).map((s) => s.name);
  return {
    excerpt: scores.filter((s) => s.excerptOk[metric]).length,
    wrapped: scores.filter((s) => s.wrappedOk[metric]).length,
    lost,
    gained,
  };
}
