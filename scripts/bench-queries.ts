// npm run bench:queries [-- --iterations 40] [--rare TERM] [--common TERM]
// Times every list query at benchmark scale (1,000,000 builds, 200,000 failures,
// ~4,000,000 error lines) and prints p50/p95/p99 server time. Seeds DATABASE_URL
// with the synthetic generator when it holds fewer builds, else reuses it.
// docs/benchmarks.md ("Queries") explains the numbers.
import { spawnSync } from "node:child_process";
import { db } from "@/lib/db";
import { printLatencyTable, runAndExit } from "./bench/latency";
import { benchCases, sampleValues } from "./bench/queries-cases";

const BUILDS = 1_000_000;
const FAILURES = 200_000;
const TARGET_P95_MS = 100;

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

function runScript(args: string[]): void {
  const result = spawnSync("npx", ["tsx", ...args], { stdio: "inherit", env: process.env });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed`);
}

async function prepareDatabase(): Promise<void> {
  runScript(["scripts/migrate.ts", "deploy"]);
  const [row] = await db.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM "Build"`;
  if ((row?.n ?? 0) < BUILDS) {
    console.log(`Seeding ${BUILDS} builds (the database holds ${row?.n ?? 0})…`);
    runScript(["scripts/seed-synthetic.ts", "--builds", String(BUILDS), "--failures", String(FAILURES)]);
  } else console.log(`Reusing the database: ${row?.n} builds.`);
  // Fresh statistics and visibility map: the plans (and index-only counts) depend on them.
  await db.$executeRawUnsafe(
    `VACUUM ANALYZE "Build", "Finding", "Signature", "Package", "PackageMaintainer"`,
  );
}

async function main(): Promise<number> {
  await prepareDatabase();
  const iterations = Number(option("--iterations", "40"));
  const cases = benchCases(
    await sampleValues(),
    option("--rare", "close_string"),
    option("--common", "parse_config"),
  );
  const slow = await printLatencyTable(cases, iterations, TARGET_P95_MS);
  console.log(
    `\n${cases.length - slow}/${cases.length} queries under p95 ${TARGET_P95_MS} ms (${iterations} runs each).`,
  );
  return slow === 0 ? 0 : 1;
}

runAndExit(main);
