// A small pg pool for chunk bytes only. Measured (docs/storage.md): staging a
// 1 GiB log through Prisma's raw queries peaked at ~410 MiB RSS, because every
// bytea parameter is re-encoded on the JS heap; node-pg sends a Buffer as a
// binary parameter as is, and that keeps the writer inside the 300 MiB budget.
// It is not the shared sqlPool (lib/sql/pool.ts) because its sessions commit
// asynchronously, which the result transaction must never do.
import type pg from "pg";
import { newPool } from "@/lib/sql/pool";

let pool: pg.Pool | undefined;

/**
 * synchronous_commit is off for these sessions: a chunk insert need not wait
 * for its WAL flush, because the later synchronous commit of the Blob row
 * flushes all earlier WAL too, so a durable Blob always has durable chunks.
 */
export function chunkPool(): pg.Pool {
  pool ??= newPool({ max: 4, options: "-c synchronous_commit=off" });
  return pool;
}

/** For scripts and tests that want a clean exit without waiting for idle timeouts. */
export async function closeChunkPool(): Promise<void> {
  const open = pool;
  pool = undefined;
  await open?.end();
}
