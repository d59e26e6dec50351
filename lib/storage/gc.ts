// Garbage collection of chunk sets that never got a Blob row: uploads that
// failed or were killed after staging, or lost a dedupe race and were not discarded.
import { db, type PrismaClient } from "@/lib/db";
import { discardChunkSet } from "./discard";

export interface GcReport {
  found: number;
  discarded: number;
}

/**
 * Discards up to `limit` orphan chunk sets whose newest chunk is older than
 * `olderThan`. Keep `olderThan` well past the longest upload (say a day):
 * a chunk set still being staged has no Blob row yet either.
 */
export async function collectOrphanChunkSets(
  olderThan: Date,
  limit = 1000,
  client: PrismaClient = db,
): Promise<GcReport> {
  const orphans = await client.$queryRaw<{ chunkSetId: string }[]>`
    SELECT c."chunkSetId" FROM "BlobChunk" c
    WHERE NOT EXISTS (SELECT 1 FROM "Blob" b WHERE b."chunkSetId" = c."chunkSetId")
    GROUP BY c."chunkSetId"
    HAVING max(c."createdAt") < ${olderThan}
    LIMIT ${limit}`;
  let discarded = 0;
  for (const { chunkSetId } of orphans) {
    if (await discardChunkSet(chunkSetId, undefined, client)) discarded++;
  }
  return { found: orphans.length, discarded };
}
