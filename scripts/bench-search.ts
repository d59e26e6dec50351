// npm run bench:search [-- --builds N --failures N --diagnostics N --distinct N --runs N --database NAME]
// The diagnostics search (issue 16) at scale, in a database of its own
// (default kindling_bench_search on DATABASE_URL's server): seeds it with
// `seed:synthetic` (builds, then diagnostic occurrences; a rerun reuses them),
// then prints p50/p95 server time of first-page searches with their counts,
// the index's size and the ingest cost of diagnostics per result.
// Heavy: run it under `flock /tmp/kindling-heavy.lock`.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { explicitDatabaseUrl } from "../lib/database-url";
import { createDatabaseIfMissing, withDatabase } from "../lib/migrate/create-database";
import { migrateDeploy } from "../lib/migrate/schema-engine";

const { values } = parseArgs({
  options: {
    builds: { type: "string", default: "200000" },
    failures: { type: "string", default: "40000" },
    diagnostics: { type: "string", default: "10000000" },
    distinct: { type: "string", default: "100000" },
    runs: { type: "string", default: "15" },
    database: { type: "string", default: "kindling_bench_search" },
  },
});

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const server = explicitDatabaseUrl() ?? "postgresql://root@127.0.0.1:5432/postgres";
  const url = withDatabase(server, values.database);
  await createDatabaseIfMissing(url);
  await migrateDeploy(url);
  process.env.DATABASE_URL = url;
  const seedArgs = ["--builds", values.builds, "--failures", values.failures];
  seedArgs.push("--diagnostics", values.diagnostics, "--distinct-diagnostics", values.distinct);
  execFileSync("npx", ["tsx", "scripts/seed-synthetic.ts", ...seedArgs], {
    stdio: "inherit",
    env: process.env,
  });
  // Imported only now: lib/db reads DATABASE_URL when it loads.
  const { db } = await import("../lib/db");
  await printScale(db);
  await benchSearches(db, Number(values.runs));
  await benchIngestCost(db);
  await db.$disconnect();
}

type Db = typeof import("../lib/db").db;

async function printScale(db: Db): Promise<void> {
  const [row] = await db.$queryRaw<Array<Record<string, bigint>>>`
    SELECT (SELECT count(*) FROM "Build") AS builds, (SELECT count(*) FROM "Diagnostic") AS diagnostics,
           (SELECT count(*) FROM "DiagnosticOccurrence") AS occurrences,
           pg_total_relation_size('"DiagnosticOccurrence"') AS occ_total, pg_relation_size('"DiagnosticOccurrence"') AS occ_heap,
           pg_indexes_size('"DiagnosticOccurrence"') AS occ_indexes, pg_total_relation_size('"Diagnostic"') AS diag_total,
           pg_relation_size('"Diagnostic_text_idx"') AS trigram`;
  const mb = (n: bigint) => `${(Number(n) / 1048576).toFixed(0)} MB`;
  console.log(
    `scale: ${row.builds} builds, ${row.diagnostics} distinct diagnostics, ${row.occurrences} occurrences\n` +
      `index size: occurrences ${mb(row.occ_total)} (heap ${mb(row.occ_heap)}, indexes ${mb(row.occ_indexes)}, ` +
      `${(Number(row.occ_total) / Number(row.occurrences || 1n)).toFixed(1)} bytes/occurrence); ` +
      `diagnostics ${mb(row.diag_total)} (trigram ${mb(row.trigram)})`,
  );
}

async function benchSearches(db: Db, runs: number): Promise<void> {
  const { searchDiagnostics } = await import("../lib/queries/diagnostics");
  const { diagnosticQuerySchema } = await import("../lib/queries/diagnostics-filters");
  const [tinderbox] = await db.tinderbox.findMany({ take: 1, orderBy: { id: "asc" } });
  const [common] = await db.$queryRaw<Array<{ text: string }>>`
    SELECT d.text FROM "Diagnostic" d ORDER BY d.id LIMIT 1`;
  const month = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  const cases: Array<[string, Record<string, string>]> = [
    ["substring, rare", { q: "quinorhex" }],
    ["substring, common", { q: common.text.slice(0, 20) }],
    ["flag", { flag: "-Wimplicit-function-declaration" }],
    [
      "flag + configure phase + last 30 days",
      { flag: "-Wimplicit-function-declaration", phase: "configure", from: month },
    ],
    ["flag + category", { flag: "-Wincompatible-pointer-types", category: "dev-libs" }],
    ["flag + tinderbox + failed", { flag: "-Wint-conversion", tinderbox: tinderbox.name, status: "failed" }],
    ["kind qa", { kind: "qa" }],
    ["kind test + maintainer", { kind: "test", maintainer: "python" }],
    ["no filter (window)", {}],
  ];
  console.log(
    "| search | p50 ms | p95 ms | total | top builds | counted over |\n| --- | --- | --- | --- | --- | --- |",
  );
  for (const [name, params] of cases) {
    const query = diagnosticQuerySchema.parse(params);
    const times: number[] = [];
    let last: Awaited<ReturnType<typeof searchDiagnostics>> | null = null;
    for (let run = 0; run <= runs; run++) {
      const started = performance.now();
      // A search over its time budget is a value (the page says "narrow it"): counted as the budget.
      last = await searchDiagnostics(query).catch(() => null);
      // The first run warms the cache and is not counted.
      if (run > 0) times.push(performance.now() - started);
    }
    if (!last) {
      console.log(`| ${name} | timeout | timeout | – | – | over the statement budget |`);
      continue;
    }
    times.sort((a, b) => a - b);
    const over = last.window === null ? "all builds" : `newest ${last.window}`;
    console.log(
      `| ${name} | ${percentile(times, 50).toFixed(0)} | ${percentile(times, 95).toFixed(0)} | ${last.total} | ${last.rows[0]?.builds ?? 0} | ${over} |`,
    );
  }
}

/** What diagnostics add to one result's ingest: extraction over its log, and the rows written after it. */
async function benchIngestCost(db: Db): Promise<void> {
  const { extractFromBytes } = await import("../lib/diagnostics/stream");
  const { writeBuildDiagnostics } = await import("../lib/diagnostics/write");
  const { transaction } = await import("../lib/sql/executor");
  const { sqlPool } = await import("../lib/sql/pool");
  const log = readFileSync("fixtures/corpus/generated/success-libyaml-full-build/build.log");
  const heavy = Buffer.from(
    Array.from(
      { length: 2000 },
      (_, i) => `f${i % 97}.c:${i}:3: warning: unused variable 'v${i % 300}' [-Wunused-variable]\n`,
    ).join(""),
  );
  const [build] = await db.build.findMany({ take: 1, orderBy: { id: "desc" }, select: { id: true } });
  for (const [name, bytes] of [
    ["success-libyaml (5 warnings)", log],
    ["2,000 warnings", heavy],
  ] as const) {
    const times: number[] = [];
    const extractTimes: number[] = [];
    for (let run = 0; run < 20; run++) {
      const extractStart = performance.now();
      const extract = extractFromBytes(bytes, "build-log");
      extractTimes.push(performance.now() - extractStart);
      const started = performance.now();
      await transaction(sqlPool(), (sql) =>
        writeBuildDiagnostics(sql, build.id, [{ fileName: null, extract }]),
      );
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    extractTimes.sort((a, b) => a - b);
    console.log(
      `ingest cost, ${name}: extract ${percentile(extractTimes, 50).toFixed(2)} ms, write ${percentile(times, 50).toFixed(1)} ms (p50 of 20)`,
    );
  }
  await sqlPool().end();
}

main().catch((error: unknown) => {
  console.error("[bench:search] failed:", error);
  process.exitCode = 1;
});
