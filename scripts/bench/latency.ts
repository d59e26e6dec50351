// Query latency for the database benchmarks (bench:queries, bench-cause-filters):
// each case is run a few times to warm caches, then timed, and printed as the
// p50/p95/p99 markdown table docs/benchmarks.md holds.
import { db } from "@/lib/db";
import type { BenchCase } from "./queries-cases";

const WARM_UP_RUNS = 3;

/** The nearest-rank percentile `p` (0-100) of ascending `sorted`. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Milliseconds of `iterations` runs after the warm-up, ascending. */
async function timeCase(benchCase: BenchCase, iterations: number): Promise<number[]> {
  for (let i = 0; i < WARM_UP_RUNS; i++) await benchCase.run(); // caches and the connection pool
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await benchCase.run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

/** Times and prints every case; returns how many have a p95 at or over `targetP95Ms`. */
export async function printLatencyTable(
  cases: BenchCase[],
  iterations: number,
  targetP95Ms: number,
): Promise<number> {
  console.log(`\n| query | p50 ms | p95 ms | p99 ms |\n| --- | ---: | ---: | ---: |`);
  let slow = 0;
  for (const benchCase of cases) {
    const times = await timeCase(benchCase, iterations);
    const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(times, p));
    const over = p95 >= targetP95Ms;
    if (over) slow++;
    console.log(
      `| ${benchCase.name} | ${p50.toFixed(1)} | ${p95.toFixed(1)} | ${p99.toFixed(1)} |${over ? " over target" : ""}`,
    );
  }
  return slow;
}

/** Runs a benchmark's main and exits with its code (1 on a throw), disconnected from the database. */
export function runAndExit(main: () => Promise<number>): void {
  main()
    .then(async (code) => {
      await db.$disconnect();
      process.exit(code);
    })
    .catch(async (error: unknown) => {
      console.error(error);
      await db.$disconnect();
      process.exit(1);
    });
}
