// The labelled grouping set (fixtures/grouping/pairs.json): pairs of primary error
// lines from two packages that must, or must not, share a coarse signature. Used by
// grouping.test.ts (every pair) and scripts/bench-analysis.ts (precision and recall).
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { headlineFor } from "../result";
import type { FailureKind } from "../types";

const PAIRS_FILE = path.join(__dirname, "../../../fixtures/grouping/pairs.json");

const pairSchema = z.object({
  kind: z.string(),
  phase: z.string(),
  a: z.string(),
  b: z.string(),
  aDetail: z.array(z.string()).optional(),
  bDetail: z.array(z.string()).optional(),
  /** b's own kind and phase, when it was met elsewhere than a (a test program built in src_test). */
  bKind: z.string().optional(),
  bPhase: z.string().optional(),
  source: z.string(),
});
const fileSchema = z.object({ same: z.array(pairSchema), different: z.array(pairSchema) });

export type GroupingPair = z.infer<typeof pairSchema>;

export function loadGroupingPairs(): z.infer<typeof fileSchema> {
  return fileSchema.parse(JSON.parse(readFileSync(PAIRS_FILE, "utf8")));
}

/** The coarse signature texts of a pair's two lines, as if from two different packages. */
export function coarsePair(pair: GroupingPair): [string | null, string | null] {
  const side = (atom: string, text: string, detail: string[] | undefined, kind: string, phase: string) =>
    headlineFor({
      atom,
      phase,
      kind: kind as FailureKind,
      primaryText: text,
      continuation: detail,
    }).signature.coarseText;
  return [
    side("app-misc/first-1.0", pair.a, pair.aDetail, pair.kind, pair.phase),
    side("dev-libs/second-2.3", pair.b, pair.bDetail, pair.bKind ?? pair.kind, pair.bPhase ?? pair.phase),
  ];
}

export interface GroupingScore {
  precision: number;
  recall: number;
  /** Pairs the signatures get wrong, with both coarse texts. */
  wrong: { expect: "same" | "different"; source: string; a: string | null; b: string | null }[];
}

/** Pairwise precision (merged pairs that should merge) and recall (should-merge pairs merged). */
export function groupingScore(): GroupingScore {
  const { same, different } = loadGroupingPairs();
  const wrong: GroupingScore["wrong"] = [];
  let truePositives = 0;
  let falsePositives = 0;
  for (const pair of same) {
    const [a, b] = coarsePair(pair);
    if (a === b) truePositives++;
    else wrong.push({ expect: "same", source: pair.source, a, b });
  }
  for (const pair of different) {
    const [a, b] = coarsePair(pair);
    if (a !== b) continue;
    falsePositives++;
    wrong.push({ expect: "different", source: pair.source, a, b });
  }
  const merged = truePositives + falsePositives;
  return {
    precision: merged === 0 ? 1 : truePositives / merged,
    recall: same.length === 0 ? 1 : truePositives / same.length,
    wrong,
  };
}

/** The bench's lines: grouping precision and recall on the labelled set, and the pairs it gets wrong. */
export function printGroupingReport(): void {
  const { same, different } = loadGroupingPairs();
  const score = groupingScore();
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
  console.log(
    `grouping precision:    ${percent(score.precision)}, recall ${percent(score.recall)}  (${same.length} same + ${different.length} different pairs, fixtures/grouping)`,
  );
  for (const miss of score.wrong)
    console.log(`  wrong (${miss.expect}): ${miss.source}: ${miss.a} | ${miss.b}`);
}
