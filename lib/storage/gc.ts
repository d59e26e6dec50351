// Garbage collection of chunk sets that never got a Blob row: uploads that
// failed or were killed after staging, or lost a dedupe race and were not
// discarded; and, when a bucket is configured, of chunk objects no Blob uses.
import { db, type PrismaClient } from "@/lib/db";
import { discardChunkSet } from "./discard";
import { type BucketSweepReport, sweepOrphanObjects } from "./s3-orphans";
import { s3Configured, s3Store } from "./stores";

export interface GcReport {
  found: number;
  discarded: number;
  /** The bucket sweep, when a bucket is configured and this batch was the run's last. */
  bucket?: BucketSweepReport;
}

/**
 * Discards up to `limit` orphan chunk sets whose newest chunk is older than
 * `olderThan`. Keep `olderThan` well past the longest upload (say a day):
 * a chunk set still being staged has no Blob row yet either.
 *
 * The scheduler calls this in a loop until a batch comes back short; on that
 * last batch the bucket is swept too (s3-orphans.ts), at most `bucketPages`
 * pages of 1000 objects per run, each run going on from the last one's key.
 */
export async function collectOrphanChunkSets(
  olderThan: Date,
  limit = 1000,
  client: PrismaClient = db,
  bucketPages = 100,
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
  const report: GcReport = { found: orphans.length, discarded };
  if (orphans.length < limit && s3Configured()) {
    const { bucket } = s3Store();
    report.bucket = await sweepOrphanObjects(bucket, olderThan, bucketPages, client);
    if (report.bucket.deleted > 0)
      console.log(`orphan chunk objects deleted from ${bucket.describe()}: ${report.bucket.deleted}`);
  }
  return report;
}
