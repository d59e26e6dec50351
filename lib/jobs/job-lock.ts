// One instance of a background job at a time across server processes (and the
// CLI next to them): a session-level PostgreSQL advisory lock on a connection of
// its own, held while the job runs (which may be minutes of HTTP calls or
// deletes) without holding a transaction open. A process that dies drops its
// session and so its lock: another instance runs the job at its next turn.
import { newPool } from "@/lib/sql/pool";

/**
 * Every scheduled job's lock key, in one table so two jobs can never share one
 * by accident. The values spell the job in ASCII (0x425a5359 = "BZSY").
 */
export const JOB_LOCK_KEYS = {
  bugStatusSync: 0x425a5359,
  orphanChunkGc: 0x4f524743, // "ORGC"
  retention: 0x52455445, // "RETE"
  rateLimitPrune: 0x524c4d50, // "RLMP"
  // Taken per batch as a transaction lock (pg_try_advisory_xact_lock), not through withJobLock.
  diagnosticCounts: 0x44474354, // "DGCT"
} as const;

export type JobLockName = keyof typeof JOB_LOCK_KEYS;

/** The job's result, or null when another session holds the lock (the job did not run). */
export async function withJobLock<T>(lock: JobLockName | number, job: () => Promise<T>): Promise<T | null> {
  const lockKey = typeof lock === "number" ? lock : JOB_LOCK_KEYS[lock];
  const pool = newPool({ max: 1, connectionTimeoutMillis: 10_000 });
  const client = await pool.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [
      lockKey,
    ]);
    if (!rows[0]?.locked) return null;
    try {
      return await job();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [lockKey]);
    }
  } finally {
    client.release();
    await pool.end();
  }
}
