// npm run bench:search [-- --builds N --failures N --diagnostics N --distinct N --runs N --database NAME]
//                        [--only TEXT] [--explain] [--answers FILE] [--no-ingest]
// The diagnostics search (issue 16) at scale, in a database of its own
// (default kindling_search1m on DATABASE_URL's server; 1M builds, 50M occurrences): seeds it with
// `seed:synthetic` (builds, then diagnostic occurrences; a rerun reuses them), vacuums it once
// (a real instance is autovacuumed: without a visibility map an index-only scan reads the heap),
// then prints p50/p95 server time of first-page searches with their counts,
// the index's size and the ingest cost of diagnostics per result.
// --only runs the searches whose name contains TEXT; --explain prints every statement's plan
// (EXPLAIN ANALYZE, BUFFERS, through auto_explain) of one run of each; --answers writes each
// search's rows and counts as JSON, to compare two versions of the plans.
// Heavy: run it under `flock /tmp/kindling-heavy.lock`.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { explicitDatabaseUrl } from "../lib/database-url";
import { createDatabaseIfMissing, withDatabase } from "../lib/migrate/create-database";
import { migrateDeploy } from "../lib/migrate/schema-engine";

const { values } = parseArgs({
  options: {
    builds: { type: "string", default: "1000000" },
    failures: { type: "string", default: "200000" },
    diagnostics: { type: "string", default: "50000000" },
    distinct: { type: "string", default: "100000" },
    runs: { type: "string", default: "15" },
    database: { type: "string", default: "kindling_search1m" },
    only: { type: "string", default: "" },
    explain: { type: "boolean", default: false },
    answers: { type: "string" },
    "no-ingest": { type: "boolean", default: false },
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
  if (values.explain) await explainingClient(url);
  // Imported only now: lib/db reads DATABASE_URL when it loads.
  const { db } = await import("../lib/db");
  await fillRollup(db);
  await vacuumOnce(db);
  if (!values.explain) await printScale(db);
  await benchSearches(db, values.explain ? 0 : Number(values.runs));
  if (!values["no-ingest"]) await benchIngestCost(db);
  await db.$disconnect();
}

/**
 * The client lib/db will use (it keeps one per process on globalThis), on connections that log
 * every statement's plan with its run time and buffers, sent back to this process as notices.
 */
async function explainingClient(url: string): Promise<void> {
  const { Pool } = await import("pg");
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { PrismaClient } = await import("../lib/generated/prisma/client");
  const pool = new Pool({ connectionString: url, max: 2 });
  pool.on("connect", (client) => {
    client.on("notice", (notice) => console.log(notice.message));
    void client.query(`LOAD 'auto_explain'; SET auto_explain.log_min_duration = 0;
      SET auto_explain.log_analyze = on; SET auto_explain.log_buffers = on; SET client_min_messages = log`);
  });
  const holder = globalThis as unknown as { kindlingPrisma?: unknown };
  holder.kindlingPrisma = new PrismaClient({ adapter: new PrismaPg(pool) });
}

/** VACUUM (ANALYZE) once after seeding: the state autovacuum keeps a real database in. */
async function vacuumOnce(db: Db): Promise<void> {
  const [state] = await db.$queryRaw<Array<{ vacuumed: boolean }>>`
    SELECT bool_and(last_vacuum IS NOT NULL OR last_autovacuum IS NOT NULL) AS vacuumed
    FROM pg_stat_user_tables WHERE relname IN ('Build', 'DiagnosticBuild', 'DiagnosticOccurrence')`;
  if (state.vacuumed) return;
  const started = Date.now();
  await db.$executeRawUnsafe(`VACUUM (ANALYZE)`);
  console.log(`vacuumed and analysed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

type Db = typeof import("../lib/db").db;

/**
 * seed:synthetic loads occurrences with triggers off, so the rollup and the counters are filled
 * here, once, set-based (as the migration that added them backfills existing occurrences), in
 * build order: ingest writes a build's rows together, and the builds-first search relies on that.
 */
async function fillRollup(db: Db): Promise<void> {
  const [state] = await db.$queryRaw<Array<{ rollup: boolean; occurrences: boolean }>>`
    SELECT EXISTS (SELECT 1 FROM "DiagnosticBuild") AS rollup, EXISTS (SELECT 1 FROM "DiagnosticOccurrence") AS occurrences`;
  if (state.rollup || !state.occurrences) return;
  const started = Date.now();
  await db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
      await tx.$executeRaw`
        INSERT INTO "DiagnosticBuild" ("diagnosticId", "buildId", "packageId", "tinderboxId", "status", "finishedAt", "occurrences")
        SELECT o.did, o.bid, b."packageId", b."tinderboxId", b.status, b."finishedAt", o.n
        FROM (SELECT "diagnosticId" AS did, "buildId" AS bid, count(*)::int AS n
              FROM "DiagnosticOccurrence" GROUP BY 1, 2) o JOIN "Build" b ON b.id = o.bid
        ORDER BY o.bid`;
      await tx.$executeRaw`
        UPDATE "Diagnostic" d SET "buildCount" = n.builds, "packageCount" = n.packages,
               "occurrenceCount" = n.occurrences, "lastSeenAt" = n.last
        FROM (SELECT "diagnosticId" AS did, count(*)::int AS builds, count(DISTINCT "packageId")::int AS packages,
                     sum(occurrences)::int AS occurrences, max("finishedAt") AS last
              FROM "DiagnosticBuild" GROUP BY 1) n WHERE d.id = n.did`;
    },
    { timeout: 3_600_000 },
  );
  await db.$executeRawUnsafe(`ANALYZE "Diagnostic", "DiagnosticBuild"`);
  console.log(`rollup and counters filled in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function printScale(db: Db): Promise<void> {
  const [row] = await db.$queryRaw<Array<Record<string, bigint>>>`
    SELECT (SELECT count(*) FROM "Build") AS builds, (SELECT count(*) FROM "Diagnostic") AS diagnostics,
           (SELECT count(*) FROM "DiagnosticOccurrence") AS occurrences, (SELECT count(*) FROM "DiagnosticBuild") AS rollup,
           pg_total_relation_size('"DiagnosticOccurrence"') AS occ_total, pg_relation_size('"DiagnosticOccurrence"') AS occ_heap,
           pg_indexes_size('"DiagnosticOccurrence"') AS occ_indexes, pg_total_relation_size('"Diagnostic"') AS diag_total,
           pg_total_relation_size('"DiagnosticBuild"') AS rollup_total, pg_relation_size('"DiagnosticBuild"') AS rollup_heap,
           pg_indexes_size('"DiagnosticBuild"') AS rollup_indexes, pg_relation_size('"Diagnostic_text_idx"') AS trigram`;
  const mb = (n: bigint) => `${(Number(n) / 1048576).toFixed(0)} MB`;
  const per = (total: bigint, rows: bigint) => (Number(total) / Number(rows || 1n)).toFixed(1);
  console.log(
    `scale: ${row.builds} builds, ${row.diagnostics} distinct diagnostics, ${row.occurrences} occurrences, ` +
      `${row.rollup} (diagnostic, build) rows\n` +
      `index size: occurrences ${mb(row.occ_total)} (heap ${mb(row.occ_heap)}, indexes ${mb(row.occ_indexes)}, ` +
      `${per(row.occ_total, row.occurrences)} bytes/occurrence); rollup ${mb(row.rollup_total)} (heap ` +
      `${mb(row.rollup_heap)}, indexes ${mb(row.rollup_indexes)}, ${per(row.rollup_total, row.occurrences)} ` +
      `bytes/occurrence); diagnostics ${mb(row.diag_total)} (trigram ${mb(row.trigram)})`,
  );
}

async function benchSearches(db: Db, runs: number): Promise<void> {
  const { searchDiagnostics } = await import("../lib/queries/diagnostics");
  const { diagnosticQuerySchema } = await import("../lib/queries/diagnostics-filters");
  const [tinderbox] = await db.tinderbox.findMany({ take: 1, orderBy: { id: "asc" } });
  const [common] = await db.$queryRaw<Array<{ text: string }>>`
    SELECT d.text FROM "Diagnostic" d ORDER BY d.id LIMIT 1`;
  const [pkg] = await db.$queryRaw<Array<{ atom: string }>>`
    SELECT p.category || '/' || p.name AS atom FROM "Package" p
    WHERE EXISTS (SELECT 1 FROM "Build" b WHERE b."packageId" = p.id) ORDER BY p.id LIMIT 1`;
  const month = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  const week = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
  const cases: Array<[string, Record<string, string>]> = [
    ["no filter", {}],
    ["substring, rare", { q: "quinorhex" }],
    ["substring, common", { q: common.text.slice(0, 20) }],
    ["flag", { flag: "-Wimplicit-function-declaration" }],
    ["kind qa", { kind: "qa" }],
    ["status failed", { status: "failed" }],
    ["tinderbox", { tinderbox: tinderbox.name }],
    ["category", { category: "dev-libs" }],
    ["package", { package: pkg.atom }],
    ["maintainer", { maintainer: "python" }],
    ["last 7 days", { from: week }],
    ["rare substring + package", { q: "quinorhex", package: pkg.atom }],
    ["flag + category", { flag: "-Wincompatible-pointer-types", category: "dev-libs" }],
    ["flag + tinderbox + failed", { flag: "-Wint-conversion", tinderbox: tinderbox.name, status: "failed" }],
    ["kind test + maintainer", { kind: "test", maintainer: "python" }],
    ["flag + package", { flag: "-Wunused-variable", package: pkg.atom }],
    ["flag + triage confirmed (through Build)", { flag: "-Wunused-variable", triage: "confirmed" }],
    [
      "flag + configure phase + last 30 days (occurrences)",
      { flag: "-Wimplicit-function-declaration", phase: "configure", from: month },
    ],
  ];
  console.log(
    "| search | p50 ms | p95 ms | total | top builds | counted over |\n| --- | --- | --- | --- | --- | --- |",
  );
  const answers: Record<string, unknown> = {};
  for (const [name, params] of cases.filter(([name]) => name.includes(values.only))) {
    const query = diagnosticQuerySchema.parse(params);
    if (values.explain) console.log(`\n### ${name}`);
    const times: number[] = [];
    let last: Awaited<ReturnType<typeof searchDiagnostics>> | null = null;
    for (let run = 0; run <= runs; run++) {
      const started = performance.now();
      // A search over its time budget is a value (the page says "narrow it"): counted as the budget.
      last = await searchDiagnostics(query).catch(() => null);
      // The first run warms the cache and is not counted.
      if (run > 0) times.push(performance.now() - started);
    }
    answers[name] = last && {
      total: last.total,
      window: last.window,
      rows: last.rows.map(({ id, builds, packages, occurrences }) => [id, builds, packages, occurrences]),
    };
    if (!last) {
      console.log(`| ${name} | timeout | timeout | – | – | over the statement budget |`);
      continue;
    }
    if (times.length === 0) continue;
    times.sort((a, b) => a - b);
    const over = last.window === null ? "all builds" : `newest ${last.window}`;
    console.log(
      `| ${name} | ${percentile(times, 50).toFixed(0)} | ${percentile(times, 95).toFixed(0)} | ${last.total} | ${last.rows[0]?.builds ?? 0} | ${over} |`,
    );
  }
  if (values.answers) writeFileSync(values.answers, `${JSON.stringify(answers, null, 1)}\n`);
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
