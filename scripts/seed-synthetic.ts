// npm run seed:synthetic -- --builds 1000000 --failures 200000 [--error-lines 4000000] [--seed N]
//                           [--days 365] [--until N]
//                           [--diagnostics 50000000 --distinct-diagnostics 100000]
// Fills DATABASE_URL with benchmark data by COPY (docs/synthetic-data.md). Without
// --no-reuse it does nothing when the database already holds that many builds, and
// continues a run of the same seed that stopped half-way.
import { Pool } from "pg";
import { env } from "../lib/env";
import { refreshAllSignatureStats } from "../lib/ingest/signature-stats";
import { loadDiagnostics } from "../lib/synthetic/bulk/diagnostic-rows";
import {
  type BulkOptions,
  finishLoad,
  loadBuilds,
  loadedBuilds,
  prepareWorld,
} from "../lib/synthetic/bulk/load";

interface CliOptions extends Omit<BulkOptions, "log"> {
  reuse: boolean;
  /** DiagnosticOccurrence rows over all builds (0: none), and distinct Diagnostic rows. */
  diagnostics: number;
  distinctDiagnostics: number;
  /** Stop after this many builds of the world (a growth step toward --builds; a rerun continues). */
  until: number;
}

const NUMERIC_FLAGS = {
  "--builds": "builds",
  "--failures": "failures",
  "--error-lines": "errorLines",
  "--seed": "seed",
  "--packages": "packages",
  "--tinderboxes": "tinderboxes",
  "--coarse": "coarse",
  "--fine": "fine",
  "--days": "days",
  "--diagnostics": "diagnostics",
  "--distinct-diagnostics": "distinctDiagnostics",
  "--until": "until",
} as const;

function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    builds: 1_000_000,
    failures: 200_000,
    errorLines: -1,
    seed: 1,
    packages: 20_000,
    tinderboxes: 20,
    coarse: 2_000,
    fine: 30_000,
    days: 365,
    now: new Date(),
    reuse: true,
    diagnostics: 0,
    distinctDiagnostics: 100_000,
    until: -1,
  };
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index];
    if (flag === "--reuse") options.reuse = true;
    else if (flag === "--no-reuse") options.reuse = false;
    else if (flag in NUMERIC_FLAGS) {
      const value = Number(argv[++index]);
      if (!Number.isInteger(value) || value < 0) throw new Error(`${flag} needs a non-negative integer`);
      options[NUMERIC_FLAGS[flag as keyof typeof NUMERIC_FLAGS]] = value;
    } else throw new Error(`unknown option ${flag}`);
  }
  if (options.errorLines < 0) options.errorLines = options.failures * 20;
  if (options.failures > options.builds) throw new Error("--failures cannot exceed --builds");
  if (options.until < 0 || options.until > options.builds) options.until = options.builds;
  return options;
}

function log(message: string): void {
  console.log(`[seed:synthetic] ${message}`);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const pool = new Pool({ connectionString: env().DATABASE_URL, max: 3 });
  const client = await pool.connect();
  try {
    const { rows } = await client.query<{ count: string }>(`SELECT COUNT(*) AS "count" FROM "Build"`);
    const existing = Number(rows[0].count);
    if (options.reuse && existing >= options.until) {
      log(
        `database already holds ${existing} builds (>= ${options.until}); nothing to do (--no-reuse adds more)`,
      );
      await seedDiagnostics(pool, options);
      return;
    }
    const started = Date.now();
    const from = options.reuse ? await loadedBuilds(client, options.seed) : 0;
    if (!options.reuse && from === 0 && (await loadedBuilds(client, options.seed)) > 0) {
      throw new Error(`builds of seed ${options.seed} exist already; use another --seed with --no-reuse`);
    }
    const world = await prepareWorld(client, { ...options, log }, from);
    log(
      `reference rows ready (${world.tinderboxes.length} tinderboxes, ${world.packages.length} packages, ` +
        `${world.coarse.length} coarse + ${world.fine.length} fine signatures) in ${elapsed(started)}`,
    );
    if (from > 0) log(`continuing after ${from} builds of seed ${options.seed}`);
    const findings = await loadBuilds(pool, world, from, log, options.until);
    const loaded = Date.now();
    await finishLoad(client);
    log(`sequences reset and ANALYZE done in ${elapsed(loaded)}`);
    const counted = Date.now();
    await refreshAllSignatureStats();
    log(`signature counts and first/last seen computed in ${elapsed(counted)}`);
    log(`loaded ${options.until - from} builds and ${findings} findings in ${elapsed(started)}`);
    await seedDiagnostics(pool, options);
  } finally {
    client.release();
    await pool.end();
  }
}

/** Diagnostics for the loaded builds, once: a database that has any is left alone. */
async function seedDiagnostics(pool: Pool, options: CliOptions): Promise<void> {
  if (options.diagnostics === 0) return;
  const { rows } = await pool.query<{ any: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM "DiagnosticOccurrence") AS any`,
  );
  if (rows[0].any) return log("diagnostic occurrences exist already; left alone");
  const started = Date.now();
  const load = {
    seed: options.seed,
    distinct: options.distinctDiagnostics,
    occurrences: options.diagnostics,
  };
  const count = await loadDiagnostics(pool, load, log);
  log(`loaded ${count} diagnostic occurrences in ${elapsed(started)}`);
}

function elapsed(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

main().catch((error: unknown) => {
  console.error("[seed:synthetic] failed:", error);
  process.exitCode = 1;
});
