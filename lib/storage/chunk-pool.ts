// A small pg pool for chunk bytes only, beside the Prisma client. Measured
// (docs/storage.md): staging a 1 GiB log through Prisma's raw queries peaked at
// ~410 MiB RSS, because every bytea parameter is re-encoded on the JS heap;
// node-pg sends a Buffer as a binary parameter as is, and that keeps the
// writer inside the 300 MiB budget.
import pg from "pg";
import { env } from "@/lib/env";

let pool: pg.Pool | undefined;

/**
 * synchronous_commit is off for these sessions: a chunk insert need not wait
 * for its WAL flush, because the later synchronous commit of the Blob row
 * flushes all earlier WAL too, so a durable Blob always has durable chunks.
 */
export function chunkPool(): pg.Pool {
  pool ??= new pg.Pool({
    connectionString: env().DATABASE_URL,
    max: 4,
    options: "-c synchronous_commit=off",
    allowExitOnIdle: true,
  });
  return pool;
}

/** For scripts and tests that want a clean exit without waiting for idle timeouts. */
export async function closeChunkPool(): Promise<void> {
  const open = pool;
  pool = undefined;
  await open?.end();
}
