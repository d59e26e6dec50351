// The pg pool the result transaction runs on (persist-result.ts). Its sessions
// plan every prepared statement once (plan_cache_mode = force_generic_plan): with
// the default, PostgreSQL re-plans statements over parameter arrays (the files,
// findings and diagnostics unnests) on every upload, because each array's real
// length makes the custom plan look cheaper; planning was ~10 % of PostgreSQL's
// CPU in bench:ingest (perf). The statements here are inserts and key look-ups,
// whose generic plans are the custom ones; read paths with skewed parameters
// (retention's date ranges, the search) stay on the shared sqlPool.
import type pg from "pg";
import { newPool } from "../sql/pool";

let pool: pg.Pool | undefined;

/** Same limits as sqlPool (lib/sql/pool.ts); commits are synchronous, as the result's must be. */
export function resultPool(): pg.Pool {
  pool ??= newPool({
    max: 6,
    connectionTimeoutMillis: 30_000,
    options:
      "-c statement_timeout=120s -c idle_in_transaction_session_timeout=120s -c plan_cache_mode=force_generic_plan",
  });
  return pool;
}

/** For scripts and tests that want a clean exit without waiting for idle timeouts. */
export async function closeResultPool(): Promise<void> {
  const open = pool;
  pool = undefined;
  await open?.end();
}
