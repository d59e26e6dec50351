// Diagnostic's counters (buildCount, packageCount, occurrenceCount, lastSeenAt), rolled up in
// batches (docs/diagnostics.md, "Counting"). Ingest and reanalysis write each new
// DiagnosticBuild row to DiagnosticPending too (write.ts, same statement); this job moves the
// pending rows into the counters, one UPDATE per touched diagnostic per batch instead of one per
// build; a trigger subtracts deleted rows (migration diagnostic_pending_counts). The counters
// always count the DiagnosticBuild rows that are not pending, so the counters plus
// PENDING_COUNTS (read in one statement) are the exact counts at any moment.
import { JOB_LOCK_KEYS } from "../jobs/job-lock";
import { type PeriodicTiming, schedulePeriodic } from "../jobs/periodic";
import { pgSql, type Sql, transaction } from "../sql/executor";
import { sqlPool } from "../sql/pool";

/**
 * Over pending rows grouped by (diagnostic g.did, package g.pid) with g.n rows: the package is new to
 * the diagnostic when every DiagnosticBuild row of the pair is among them (every pending row has its
 * DiagnosticBuild row, written and deleted with it). One index-only probe reading at most g.n + 1 rows.
 */
const PACKAGE_IS_NEW = `(SELECT count(*) FROM (SELECT 1 FROM "DiagnosticBuild" x
   WHERE x."diagnosticId" = g.did AND x."packageId" = g.pid LIMIT g.n + 1) s) <= g.n`;

/**
 * What is pending, per diagnostic (`did, builds, packages, occurrences`): add it to the counters.
 * New packages by PACKAGE_IS_NEW, one probe per pending (diagnostic, package). An anti-join of the
 * pair's rows against DiagnosticPending read every pending row of the diagnostic per probe
 * (2.4 s at 112,000 pending rows, 0.6 s this way).
 */
export const PENDING_COUNTS = `
  SELECT g.did, sum(g.n)::int AS builds, sum(g.occurrences)::int AS occurrences,
         count(*) FILTER (WHERE ${PACKAGE_IS_NEW})::int AS packages
  FROM (SELECT "diagnosticId" AS did, "packageId" AS pid, count(*) AS n, sum(occurrences) AS occurrences
        FROM "DiagnosticPending" GROUP BY 1, 2) g
  GROUP BY 1`;

// The diagnostics of the next batch, locked in id order (the delete trigger locks the same way, so
// the two never deadlock and never interleave on one diagnostic).
const LOCK_BATCH = `
  SELECT d.id FROM "Diagnostic" d
  WHERE d.id IN (SELECT DISTINCT s."diagnosticId" FROM (SELECT "diagnosticId" FROM "DiagnosticPending" LIMIT $1) s)
  ORDER BY d.id FOR NO KEY UPDATE`;

// One statement, one snapshot, taken after the locks: the locked diagnostics' pending rows leave
// DiagnosticPending and enter the counters. The batch holds every pending row of its diagnostics,
// so a package is new when the pair has no DiagnosticBuild row beyond the batch's (as PENDING_COUNTS).
const ROLL_UP = `
  WITH batch AS (
    DELETE FROM "DiagnosticPending" p WHERE p."diagnosticId" = ANY($1::int[])
    RETURNING p."diagnosticId", p."packageId", p.occurrences, p."finishedAt"),
  g AS (
    SELECT b."diagnosticId" AS did, b."packageId" AS pid, count(*) AS n, sum(b.occurrences) AS occurrences,
           max(b."finishedAt") AS last
    FROM batch b GROUP BY 1, 2),
  n AS (
    SELECT g.did, sum(g.n)::int AS builds, sum(g.occurrences)::int AS occurrences, max(g.last) AS last,
           count(*) FILTER (WHERE ${PACKAGE_IS_NEW})::int AS packages
    FROM g GROUP BY 1)
  UPDATE "Diagnostic" d SET "buildCount" = d."buildCount" + n.builds,
         "packageCount" = d."packageCount" + n.packages,
         "occurrenceCount" = d."occurrenceCount" + n.occurrences,
         "lastSeenAt" = GREATEST(d."lastSeenAt", n.last)
  FROM n WHERE d.id = n.did`;

/** Pending rows read per batch; a full batch is followed by another at once. */
export const ROLLUP_BATCH = 20_000;

/**
 * One batch in its own transaction: the number of pending rows it looked at (a full batch means
 * more may be waiting), or null when another session runs the job (its transaction lock).
 */
export async function rollUpBatch(sql: Sql, limit = ROLLUP_BATCH): Promise<number | null> {
  const [lock] = await sql.query<{ locked: boolean }>("SELECT pg_try_advisory_xact_lock($1) AS locked", [
    JOB_LOCK_KEYS.diagnosticCounts,
  ]);
  if (!lock?.locked) return null;
  const [seen] = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM "DiagnosticPending" LIMIT $1) s`,
    [limit],
  );
  if (!seen || seen.n === 0) return 0;
  const locked = await sql.query<{ id: number }>(LOCK_BATCH, [limit]);
  await sql.query(ROLL_UP, [locked.map((row) => row.id)]);
  return seen.n;
}

/** Moves every pending row into the counters (batch after batch); false when another session had the lock. */
export async function rollUpDiagnosticCounts(isStopped: () => boolean = () => false): Promise<boolean> {
  for (;;) {
    const seen = await transaction(sqlPool(), (sql) => rollUpBatch(sql));
    if (seen === null) return false;
    if (seen < ROLLUP_BATCH || isStopped()) return true;
  }
}

/**
 * Often enough that the search's share (PENDING_COUNTS) stays ~1,000 rows at full ingest speed
 * (50 results/s, ~10 diagnostics each): a few ms of a search. An idle run is two small statements.
 */
export const DEFAULT_ROLLUP_TIMING: PeriodicTiming = { firstAfterMs: 2_000, everyMs: 2_000 };

/** Past this many pending rows a search rolls them up first (the job is not keeping up, or not running). */
export const SEARCH_PENDING_LIMIT = 5_000;

/**
 * Before a search reads PENDING_COUNTS: rolls the pending rows up when there are more than
 * SEARCH_PENDING_LIMIT (~40 ms of a search at that size, on two busy cores), so a search never pays for a stalled
 * job; a job running meanwhile makes it skip (it is catching up).
 */
export async function keepPendingSmall(): Promise<void> {
  const [row] = await pgSql(sqlPool()).query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM "DiagnosticPending" LIMIT ${SEARCH_PENDING_LIMIT + 1}) s`,
  );
  if ((row?.n ?? 0) > SEARCH_PENDING_LIMIT) await rollUpDiagnosticCounts();
}

/** Every server process schedules it; one at a time runs a batch (the job's transaction lock). */
export function scheduleDiagnosticRollup(timing: PeriodicTiming = DEFAULT_ROLLUP_TIMING): () => void {
  return schedulePeriodic(timing, {
    name: "diagnostic counters rollup",
    run: async (isStopped) => {
      await rollUpDiagnosticCounts(isStopped);
    },
  });
}
