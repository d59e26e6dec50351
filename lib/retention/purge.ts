// Removing content: files are marked purged first (the page says so from then on),
// then each blob that no unpurged file uses loses its chunks, in the store that
// holds them (deleteExternal) and as BlobChunk rows, and is marked purged. Every
// step is idempotent, so a run killed anywhere is finished by the next one.
import { type Sql, transaction } from "@/lib/sql/executor";
import { sqlPool } from "@/lib/sql/pool";
import type { BlobStoreKind } from "@/lib/storage/blob-store";
import { LOCK_CHUNK_SETS } from "@/lib/storage/discard";
import { storeFor } from "@/lib/storage/stores";

/** Marks the files purged; returns how many it marked and the blobs they used. */
export async function purgeFiles(
  fileIds: readonly number[],
  now: Date,
): Promise<{ files: number; blobs: string[] }> {
  if (fileIds.length === 0) return { files: 0, blobs: [] };
  const { rows } = await sqlPool().query<{ sha256: string }>(
    `UPDATE "File" SET "purgedAt" = $2::timestamp WHERE "id" = ANY($1::int[]) AND "purgedAt" IS NULL
     RETURNING "blobSha256" AS "sha256"`,
    [fileIds, now.toISOString()],
  );
  return { files: rows.length, blobs: [...new Set(rows.map((row) => row.sha256))] };
}

/**
 * Deletes a blob's chunks when no unpurged file uses it. The Blob row is locked
 * FOR UPDATE first: an upload of the same bytes holds it FOR KEY SHARE until its
 * file is committed (lib/storage/commit.ts), so either this sees that file and
 * keeps the chunks, or the upload sees purgedAt and stores the bytes again.
 * Returns the stored bytes freed, or null when the blob is kept (or was purged before).
 */
export async function purgeBlob(sha256: string, now: Date): Promise<number | null> {
  return transaction(sqlPool(), async (sql) => {
    const [blob] = await sql.query<{ chunkSetId: string; store: BlobStoreKind; gzSize: string }>(
      `SELECT "chunkSetId", "store", "gzSize" FROM "Blob" WHERE "sha256" = $1 AND "purgedAt" IS NULL FOR UPDATE`,
      [sha256],
    );
    if (!blob || (await stillUsed(sql, sha256))) return null;
    await sql.query(LOCK_CHUNK_SETS, [[blob.chunkSetId]]);
    // The store's copy goes before the rows: if deleting fails, the rows stay and the next run retries.
    await storeFor(blob.store).deleteExternal(blob.chunkSetId);
    await sql.query(`DELETE FROM "BlobChunk" WHERE "chunkSetId" = $1`, [blob.chunkSetId]);
    await sql.query(`UPDATE "Blob" SET "purgedAt" = $2::timestamp WHERE "sha256" = $1`, [
      sha256,
      now.toISOString(),
    ]);
    return Number(blob.gzSize);
  });
}

async function stillUsed(sql: Sql, sha256: string): Promise<boolean> {
  const rows = await sql.query<{ used: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM "File" WHERE "blobSha256" = $1 AND "purgedAt" IS NULL) AS "used"`,
    [sha256],
  );
  return rows[0]?.used ?? true;
}
