// What the A/B benchmarks (analysis-ab.ts, attachments.ts) share: each tree measured in a
// process of its own (two trees in one process are not comparable: the one loaded first
// runs faster), the trees alternated `pairs` times so the machine's drift hits both alike.
import { execFileSync } from "node:child_process";
import os from "node:os";

/** Runs `npx tsx script --child <tree> ...flags` per tree, `pairs` rounds; each child prints its JSON report. */
export function runAlternated<Report>(
  script: string,
  trees: string[],
  pairs: number,
  flags: string[],
): Report[][] {
  const runs = trees.map((): Report[] => []);
  for (let pair = 0; pair < pairs; pair++) {
    for (const [index, tree] of trees.entries()) {
      const output = execFileSync("npx", ["tsx", script, "--child", tree, ...flags], { encoding: "utf8" });
      runs[index].push(JSON.parse(output) as Report);
    }
  }
  return runs;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The 1-minute load averages, for the line that heads each report. */
export function loadNow(): string {
  return os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");
}
