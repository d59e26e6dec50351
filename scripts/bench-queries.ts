// npm run bench:queries [-- --iterations 40] [--rare TERM] [--common TERM]
//   [--builds 1000000 --failures 200000 --days 365 --until N] [--no-seed] [--no-migrate]
//   [--load] [--readers 8] [--rate 20] [--save FILE] [--baseline FILE]
// Times every list query at benchmark scale (default 1,000,000 builds, 200,000 failures,
// ~4,000,000 error lines) and prints p50/p95/p99 server time. Seeds DATABASE_URL with the
// synthetic generator when it holds fewer builds, else reuses it (--no-seed: never seeds;
// --no-migrate: time the schema as it is, e.g. before a migration;
// --until: a growth step of a larger world, see seed-synthetic.ts). --load runs every case
// again with --readers concurrent readers while scripts/bench/upload-load.ts stores --rate
// results/s through the ingest pipeline. --save writes the p95s as JSON; --baseline FILE
// (an earlier --save, e.g. at 1M) adds that run's p95 and the growth factor per query.
// docs/benchmarks.md ("Queries") explains the numbers.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { db } from "@/lib/db";
import { runAndExit } from "./bench/latency";
import { type BenchCase, benchCases, sampleValues } from "./bench/queries-cases";

const TARGET_P95_MS = 100;
const WARM_UP_RUNS = 3;

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}
const flag = (name: string) => process.argv.includes(name);

function runScript(args: string[]): void {
  const result = spawnSync("npx", ["tsx", ...args], { stdio: "inherit", env: process.env });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed`);
}

async function buildCount(): Promise<number> {
  const [row] = await db.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM "Build"`;
  return row?.n ?? 0;
}

async function prepareDatabase(): Promise<number> {
  if (!flag("--no-migrate")) runScript(["scripts/migrate.ts", "deploy"]);
  const builds = option("--builds", "1000000");
  const wanted = Number(option("--until", builds));
  const held = await buildCount();
  if (held < wanted && !flag("--no-seed")) {
    console.log(`Seeding to ${wanted} builds (the database holds ${held})…`);
    const failures = option("--failures", String(Math.floor(Number(builds) / 5)));
    const days = option("--days", "365");
    runScript([
      "scripts/seed-synthetic.ts",
      ...["--builds", builds, "--failures", failures, "--days", days, "--until", String(wanted)],
    ]);
  } else console.log(`Reusing the database: ${held} builds.`);
  // Fresh statistics and visibility map: the plans (and index-only counts) depend on them.
  await db.$executeRawUnsafe(
    `VACUUM ANALYZE "Build", "Finding", "Signature", "Package", "PackageMaintainer"`,
  );
  return buildCount();
}

/** The nearest-rank percentile `p` (0-100) of ascending `sorted`. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Milliseconds of `iterations` runs in total over `readers` concurrent loops, ascending. */
async function timeCase(benchCase: BenchCase, iterations: number, readers: number): Promise<number[]> {
  for (let i = 0; i < WARM_UP_RUNS; i++) await benchCase.run();
  const times: number[] = [];
  let next = 0;
  const reader = async () => {
    while (next++ < iterations) {
      const started = performance.now();
      await benchCase.run();
      times.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: readers }, reader));
  return times.sort((a, b) => a - b);
}

type Percentiles = Record<string, { p50: number; p95: number; p99: number }>;

async function printTable(
  cases: BenchCase[],
  iterations: number,
  readers: number,
  baseline: { builds: number; p95: Record<string, number> } | null,
): Promise<{ slow: number; results: Percentiles }> {
  const extra = baseline ? ` p95 ms at ${baseline.builds} | growth |` : "";
  console.log(
    `\n| query | p50 ms | p95 ms | p99 ms |${extra}\n| --- | ---: | ---: | ---: |${baseline ? " ---: | ---: |" : ""}`,
  );
  let slow = 0;
  const results: Percentiles = {};
  for (const benchCase of cases) {
    const times = await timeCase(benchCase, iterations, readers);
    const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(times, p));
    results[benchCase.name] = { p50, p95, p99 };
    const over = p95 >= TARGET_P95_MS;
    if (over) slow++;
    const before = baseline?.p95[benchCase.name];
    const growth = baseline
      ? before === undefined
        ? " – | – |"
        : ` ${before.toFixed(1)} | ×${(p95 / before).toFixed(2)} |`
      : "";
    console.log(
      `| ${benchCase.name} | ${p50.toFixed(1)} | ${p95.toFixed(1)} | ${p99.toFixed(1)} |${growth}${over ? " over target" : ""}`,
    );
  }
  return { slow, results };
}

function readBaseline(file: string | undefined, key: string) {
  if (!file) return null;
  const saved = JSON.parse(fs.readFileSync(file, "utf8")) as { builds: number } & Record<string, Percentiles>;
  const table = saved[key] ?? {};
  return {
    builds: saved.builds,
    p95: Object.fromEntries(Object.entries(table).map(([name, value]) => [name, value.p95])),
  };
}

function startUploads(rate: string): ChildProcess {
  // A process group of its own, so stopping it reaches the script behind tsx's wrapper process.
  return spawn(
    "node_modules/.bin/tsx",
    ["scripts/bench/upload-load.ts", "--rate", rate, "--seconds", "3600"],
    {
      stdio: ["ignore", "inherit", "inherit"],
      env: process.env,
      detached: true,
    },
  );
}

async function stopUploads(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  // SIGTERM: the script finishes its uploads in flight and prints the rate it reached.
  if (child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
  await exited;
}

async function main(): Promise<number> {
  const builds = await prepareDatabase();
  const iterations = Number(option("--iterations", "40"));
  const cases = benchCases(
    await sampleValues(),
    option("--rare", "close_string"),
    option("--common", "parse_config"),
  );
  const baselineFile = process.argv.includes("--baseline") ? option("--baseline", "") : undefined;
  console.log(`\nOne reader, ${builds} builds:`);
  const quiet = await printTable(cases, iterations, 1, readBaseline(baselineFile, "quiet"));
  let slow = quiet.slow;
  const saved: Record<string, unknown> = { builds, quiet: quiet.results };
  if (flag("--load")) {
    const readers = Number(option("--readers", "8"));
    const rate = option("--rate", "20");
    const uploads = startUploads(rate);
    await new Promise((resolve) => setTimeout(resolve, 5000)); // the uploader's start-up
    console.log(`\n${readers} concurrent readers while ~${rate} results/s arrive, ${builds} builds:`);
    try {
      const loaded = await printTable(cases, iterations * 2, readers, readBaseline(baselineFile, "load"));
      slow += loaded.slow;
      saved.load = loaded.results;
    } finally {
      await stopUploads(uploads);
    }
  }
  if (process.argv.includes("--save")) fs.writeFileSync(option("--save", ""), JSON.stringify(saved, null, 1));
  console.log(`\n${cases.length * (flag("--load") ? 2 : 1) - slow} timings under p95 ${TARGET_P95_MS} ms.`);
  return slow === 0 ? 0 : 1;
}

runAndExit(main);
