// The pg pool for raw SQL on hot paths: the upload's result transaction, chunk
// set discards, idempotency look-ups. Prisma's query interpreter and wasm
// compiler cost more Node CPU than the whole upload's SQL does through node-pg
// (~35 % of ingest CPU for ~15 queries per result, docs/storage.md), so the
// per-result path skips it. Commits here are synchronous: the result
// transaction's commit is what makes a build and its blobs durable. (Chunk
// inserts use their own pool with synchronous_commit off: chunk-pool.ts.)
import pg from "pg";
import { env } from "@/lib/env";

let pool: pg.Pool | undefined;

/** The shared pool; small, because each upload holds a connection only for its one transaction. */
export function sqlPool(): pg.Pool {
  // The limits ingest's Prisma transactions had (maxWait 30 s, timeout 120 s): a
  // statement or an open transaction past them is a stuck upload, not work.
  pool ??= newPool({
    max: 6,
    connectionTimeoutMillis: 30_000,
    options: "-c statement_timeout=120s -c idle_in_transaction_session_timeout=120s",
  });
  return pool;
}

/** For scripts and tests that want a clean exit without waiting for idle timeouts. */
export async function closeSqlPool(): Promise<void> {
  const open = pool;
  pool = undefined;
  await open?.end();
}

export interface PoolConfig {
  max: number;
  /** PostgreSQL session settings (`-c name=value ...`). */
  options?: string;
  /** How long a checkout may wait for a free connection; 0 waits forever. */
  connectionTimeoutMillis?: number;
}

/** A pool on DATABASE_URL. */
export function newPool(config: PoolConfig): pg.Pool {
  const created = new pg.Pool({
    connectionString: env().DATABASE_URL,
    ...config,
    allowExitOnIdle: true,
  });
  // An idle connection the server drops (restart, idle timeout) must not crash the process;
  // the pool replaces it on the next checkout.
  created.on("error", (err) => console.error(`pg pool: idle connection failed: ${err.message}`));
  return created;
}
