// Removes chunk sets that no Blob points to: the losers of a dedupe race, a
// failed upload, or orphans found by collectOrphanChunkSets.
import { type Database, type Sql, transaction } from "@/lib/sql/executor";
import { sqlPool } from "@/lib/sql/pool";
import type { BlobStore } from "./blob-store";
import { externalStores } from "./stores";

/**
 * Deletes the chunk set unless a Blob row points to it. Returns whether the
 * set was deleted (or had no chunks left to delete).
 */
export async function discardChunkSet(
  chunkSetId: string,
  store?: BlobStore,
  database: Database = sqlPool(),
): Promise<boolean> {
  const deleted = await discardChunkSets([chunkSetId], store, database);
  return deleted.has(chunkSetId);
}

/**
 * Cleanup after a failure: discards the chunk set and, if that fails too, logs
 * one line and leaves the set to collectOrphanChunkSets. Never throws, so the
 * error being handled is the one reported.
 */
export async function discardAfterFailure(
  chunkSetId: string,
  store?: BlobStore,
  database: Database = sqlPool(),
): Promise<void> {
  try {
    await discardChunkSet(chunkSetId, store, database);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    console.error(`chunk set ${chunkSetId}: discard failed, left for orphan GC: ${reason}`);
  }
}

/**
 * discardChunkSet for several sets in one transaction (an upload's losers).
 * The chunk rows are locked FOR UPDATE first; commitBlobs locks them FOR KEY
 * SHARE, so a commit and a discard of the same set serialise and a committed
 * Blob never loses its chunks. Returns the sets that were deleted.
 */
export async function discardChunkSets(
  chunkSetIds: readonly string[],
  store?: BlobStore,
  database: Database = sqlPool(),
): Promise<Set<string>> {
  const ids = [...new Set(chunkSetIds)];
  if (ids.length === 0) return new Set();
  return transaction(database, async (sql) => {
    const external = await lockChunkSets(sql, ids);
    // A statement of its own: it must see a Blob committed while we waited for the lock.
    const live = await sql.query<{ chunkSetId: string }>(
      `SELECT "chunkSetId" FROM "Blob" WHERE "chunkSetId" = ANY($1::text[])`,
      [ids],
    );
    const liveIds = new Set(live.map((row) => row.chunkSetId));
    const dead = ids.filter((id) => !liveIds.has(id));
    // Files go before rows: if this fails the rows stay, and GC retries later.
    for (const id of dead)
      if (external.has(id)) for (const outside of externalStores(store)) await outside.deleteExternal(id);
    if (dead.length > 0)
      await sql.query(`DELETE FROM "BlobChunk" WHERE "chunkSetId" = ANY($1::text[])`, [dead]);
    return new Set(dead);
  });
}

export const LOCK_CHUNK_SETS = `
  SELECT "chunkSetId", bool_or("external") AS "external"
  FROM (SELECT "chunkSetId", ("data" IS NULL) AS "external" FROM "BlobChunk"
        WHERE "chunkSetId" = ANY($1::text[]) ORDER BY "chunkSetId", "index" FOR UPDATE) AS chunks
  GROUP BY "chunkSetId"`;

/** Locks the sets' chunk rows (in one order, so two discards never deadlock); returns the sets with files outside the database. */
async function lockChunkSets(sql: Sql, ids: string[]): Promise<Set<string>> {
  const rows = await sql.query<{ chunkSetId: string; external: boolean }>(LOCK_CHUNK_SETS, [ids]);
  return new Set(rows.filter((row) => row.external).map((row) => row.chunkSetId));
}
