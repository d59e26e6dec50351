// The held-out score with every wrappable case read inside a full log (heldout-wrap.ts) next to its score as the
// excerpt it is: per metric, right both ways, "lost" (right as an excerpt, wrong wrapped: a full-log weakness of the
// analyzer) and "gained" (wrong as an excerpt, right wrapped: most often the die banner naming the phase). Each
// wrapped log is read twice, whole and through StreamingLog in 64 KiB chunks, and the two must agree. Counts only,
// per set range; a set's lost and gained cases are listed only when HELDOUT_SHOW_MISSES names it.
import { StreamingLog } from "../streaming-log";
import {
  HELDOUT_METRICS,
  type HeldoutAnalysis,
  type HeldoutCaseResult,
  type HeldoutMetric,
  type LoadedHeldoutSet,
  loadHeldoutSets,
  scoreHeldoutCase,
} from "./heldout";
import { WRAP_SKIP_REASONS, type WrapSkipReason, wrapInFullLog } from "./heldout-wrap";

export const STREAM_CHUNK_BYTES = 64 * 1024;

/** One wrapped case: its score as the excerpt and as the full log, and whether the streamed reading agreed. */
export interface WrappedCaseScore {
  setName: string;
  excerpt: HeldoutCaseResult;
  wrapped: HeldoutCaseResult;
  streamAgrees: boolean;
}

export interface WrappedScore {
  cases: WrappedCaseScore[];
  skipped: Record<WrapSkipReason, number>;
  /** Cases of every set, wrapped or not. */
  total: number;
}

function analyzeStreamed(text: string): HeldoutAnalysis {
  const bytes = Buffer.from(text, "utf8");
  const log = new StreamingLog();
  for (let from = 0; from < bytes.length; from += STREAM_CHUNK_BYTES)
    log.push(bytes.subarray(from, from + STREAM_CHUNK_BYTES));
  return log.finish();
}

/** What the score compares of two readings of one log. */
const sameReading = (a: HeldoutAnalysis, b: HeldoutAnalysis): boolean =>
  a.status === b.status &&
  a.kind === b.kind &&
  (a.primary?.line ?? null) === (b.primary?.line ?? null) &&
  (a.primary?.text ?? null) === (b.primary?.text ?? null) &&
  (a.infra?.reason ?? null) === (b.infra?.reason ?? null);

export function scoreWrapped(sets: readonly LoadedHeldoutSet[] = loadHeldoutSets()): WrappedScore {
  const skipped = Object.fromEntries(WRAP_SKIP_REASONS.map((reason) => [reason, 0])) as Record<
    WrapSkipReason,
    number
  >;
  const cases: WrappedCaseScore[] = [];
  let total = 0;
  for (const set of sets) {
    for (const testCase of set.cases) {
      total++;
      const wrap = wrapInFullLog(testCase);
      if (!wrap.wrapped) {
        skipped[wrap.reason]++;
        continue;
      }
      const wrapped = scoreHeldoutCase(wrap.testCase);
      const streamAgrees = sameReading(wrapped.actual, analyzeStreamed(wrap.testCase.logText));
      cases.push({ setName: set.name, excerpt: scoreHeldoutCase(testCase), wrapped, streamAgrees });
    }
  }
  return { cases, skipped, total };
}

/** The set's number: `heldout` is set 1, `heldoutN` set N. */
export const setNumber = (setName: string): number => Number(setName.replace(/^heldout/, "") || "1");

/** The ranges the report prints: every set, the long-tuned sets 1-68, the newer ones. */
export const WRAP_RANGES: readonly { label: string; has: (setName: string) => boolean }[] = [
  { label: "all sets", has: () => true },
  { label: "sets 1-68", has: (name) => setNumber(name) <= 68 },
  { label: "sets 69+", has: (name) => setNumber(name) >= 69 },
];

export interface MetricTally {
  excerptRight: number;
  wrappedRight: number;
  bothRight: number;
  lost: number;
  gained: number;
}

export function tallyMetric(cases: readonly WrappedCaseScore[], metric: HeldoutMetric): MetricTally {
  const tally = { excerptRight: 0, wrappedRight: 0, bothRight: 0, lost: 0, gained: 0 };
  for (const { excerpt, wrapped } of cases) {
    const before = excerpt.ok[metric];
    const after = wrapped.ok[metric];
    if (before) tally.excerptRight++;
    if (after) tally.wrappedRight++;
    if (before && after) tally.bothRight++;
    if (before && !after) tally.lost++;
    if (!before && after) tally.gained++;
  }
  return tally;
}

const pct = (count: number, total: number) => `${((100 * count) / Math.max(total, 1)).toFixed(1)} %`;

function rangeLine(label: string, cases: readonly WrappedCaseScore[]): string {
  const parts = HELDOUT_METRICS.map((metric) => {
    const t = tallyMetric(cases, metric);
    const n = cases.length;
    return `${metric} ${pct(t.excerptRight, n)} -> ${pct(t.wrappedRight, n)} (both ${t.bothRight}, lost ${t.lost}, gained ${t.gained})`;
  });
  return `  ${label} (${cases.length} wrapped): ${parts.join("; ")}`;
}

const brief = (result: HeldoutCaseResult, metric: HeldoutMetric): string => {
  const { actual } = result;
  if (metric === "primary")
    return actual.primary
      ? `${actual.primary.line} ${JSON.stringify(actual.primary.text.trim().slice(0, 100))}`
      : "none";
  if (metric === "infra") return actual.infra?.reason ?? "none";
  return actual[metric];
};

/** A shown set's lost and gained cases, one line per case and metric. */
function changedLines(score: WrappedCaseScore): string[] {
  return HELDOUT_METRICS.filter((metric) => score.excerpt.ok[metric] !== score.wrapped.ok[metric]).map(
    (metric) =>
      `  ${score.excerpt.ok[metric] ? "lost" : "gained"} ${score.setName}/${score.wrapped.name} ${metric}: ` +
      `wrapped got ${brief(score.wrapped, metric)}, excerpt got ${brief(score.excerpt, metric)}`,
  );
}

/**
 * Sets whose lost and gained cases are listed: only those HELDOUT_SHOW_MISSES names, the same switch as missesShown
 * (heldout.ts), but without its default list: the first set's misses are printed by the excerpt report, yet which of
 * them a full log loses is new, and a rule writer reading bench:heldout's default output sees counts only.
 */
export function wrapMissesShown(
  setName: string,
  env: string | undefined = process.env.HELDOUT_SHOW_MISSES,
): boolean {
  return (env ?? "").split(",").some((name) => name.trim() === setName);
}

/** The report's lines: counts per range, the skips, the streaming check, then the shown sets' changed cases. */
export function wrappedReport(
  score: WrappedScore,
  shown: (setName: string) => boolean = wrapMissesShown,
): string[] {
  const skips = WRAP_SKIP_REASONS.map((reason) => `${reason} ${score.skipped[reason]}`).join(", ");
  const disagreements = score.cases.filter((c) => !c.streamAgrees).length;
  return [
    `held-out inside full logs: ${score.cases.length} of ${score.total} cases wrapped; skipped ${skips}`,
    "  per metric: right as excerpt -> right wrapped (right both ways, lost by wrapping, gained by wrapping)",
    ...WRAP_RANGES.map((range) =>
      rangeLine(
        range.label,
        score.cases.filter((c) => range.has(c.setName)),
      ),
    ),
    `  streaming (${STREAM_CHUNK_BYTES / 1024} KiB chunks) disagreements with the whole-text reading: ${disagreements}`,
    ...score.cases.filter((c) => shown(c.setName)).flatMap(changedLines),
  ];
}

/** What bench:heldout calls after the excerpt score: wrap, score, print. */
export function printWrappedReport(log: (line: string) => void = console.log): WrappedScore {
  const score = scoreWrapped();
  for (const line of wrappedReport(score)) log(line);
  return score;
}
