// Removes a chunk set that no Blob points to: the loser of a dedupe race, a
// failed upload, or an orphan found by collectOrphanChunkSets.
import { db, type PrismaClient } from "@/lib/db";
import type { BlobStore } from "./blob-store";
import { storeFor } from "./stores";

/**
 * Deletes the chunk set unless a Blob row points to it. The chunk rows are
 * locked FOR UPDATE first; commitBlob locks them FOR KEY SHARE, so a commit and
 * a discard of the same set serialise and a committed Blob never loses its chunks.
 * Returns whether the set was deleted.
 */
export async function discardChunkSet(
  chunkSetId: string,
  store?: BlobStore,
  client: PrismaClient = db,
): Promise<boolean> {
  return client.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ external: boolean }[]>`
      SELECT ("data" IS NULL) AS "external" FROM "BlobChunk" WHERE "chunkSetId" = ${chunkSetId} FOR UPDATE`;
    const live = await tx.blob.findUnique({ where: { chunkSetId }, select: { sha256: true } });
    if (live) return false;
    if (rows.some((row) => row.external)) {
      // Files go before rows: if this fails the rows stay, and GC retries later.
      await (store?.kind === "fs" ? store : storeFor("fs")).deleteExternal(chunkSetId);
    }
    await tx.blobChunk.deleteMany({ where: { chunkSetId } });
    return true;
  });
}
