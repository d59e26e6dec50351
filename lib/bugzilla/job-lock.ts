// One instance of a background job at a time across server processes: a
// session-level PostgreSQL advisory lock on a connection of its own, held while
// the job runs (which may be minutes of HTTP calls) without holding a
// transaction open. A process that dies drops its session and so its lock.
import { newPool } from "../sql/pool";

/** The job's result, or null when another process holds the lock. */
export async function withJobLock<T>(lockKey: number, job: () => Promise<T>): Promise<T | null> {
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
