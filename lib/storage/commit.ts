// Makes staged blobs visible, inside the caller's result transaction.
import { Prisma } from "@/lib/db";
import type { StagedBlob } from "./blob-writer";

export interface CommitResult {
  /** False when the content was already stored: call discardChunkSet(staged.chunkSetId) after the transaction. */
  created: boolean;
}

/**
 * Inserts the Blob row with ON CONFLICT DO NOTHING, so concurrent uploads of
 * the same bytes both succeed and exactly one chunk set wins.
 */
export async function commitBlob(tx: Prisma.TransactionClient, staged: StagedBlob): Promise<CommitResult> {
  const [result] = await commitBlobs(tx, [staged]);
  return result;
}

/**
 * commitBlob for all files of a result in two statements instead of two per
 * file. Results are in input order; of two identical blobs in one batch the
 * first wins.
 */
export async function commitBlobs(
  tx: Prisma.TransactionClient,
  staged: StagedBlob[],
): Promise<CommitResult[]> {
  if (staged.length === 0) return [];
  const rows = staged.map(
    (s) =>
      Prisma.sql`(${s.sha256}, ${s.store}::"BlobStoreKind", ${s.chunkSetId}, ${s.size}::bigint, ${s.gzSize}::bigint, ${s.lineCount}::bigint)`,
  );
  const inserted = await tx.$queryRaw<{ chunkSetId: string }[]>`
    INSERT INTO "Blob" ("sha256", "store", "chunkSetId", "size", "gzSize", "lineCount")
    VALUES ${Prisma.join(rows)}
    ON CONFLICT ("sha256") DO NOTHING
    RETURNING "chunkSetId"`;
  const won = new Set(inserted.map((row) => row.chunkSetId));
  await lockChunks(
    tx,
    staged.filter((s) => won.has(s.chunkSetId)),
  );
  return staged.map((s) => ({ created: won.has(s.chunkSetId) }));
}

/**
 * Holds the winners' chunk rows FOR KEY SHARE until commit, so a concurrent
 * discardChunkSet/GC (which locks them FOR UPDATE) waits and then sees the
 * Blob; and checks that no chunk went missing before we got here.
 */
async function lockChunks(tx: Prisma.TransactionClient, winners: StagedBlob[]): Promise<void> {
  if (winners.length === 0) return;
  const ids = winners.map((s) => s.chunkSetId);
  const counts = await tx.$queryRaw<{ chunkSetId: string; chunks: number }[]>`
    SELECT "chunkSetId", count(*)::int AS "chunks"
    FROM (SELECT "chunkSetId" FROM "BlobChunk" WHERE "chunkSetId" = ANY(${ids}::text[]) FOR KEY SHARE) AS locked
    GROUP BY "chunkSetId"`;
  const found = new Map(counts.map((row) => [row.chunkSetId, row.chunks]));
  for (const s of winners) {
    const chunks = found.get(s.chunkSetId) ?? 0;
    if (chunks !== s.chunkCount)
      throw new Error(`chunk set ${s.chunkSetId} has ${chunks} of ${s.chunkCount} chunks`);
  }
}
