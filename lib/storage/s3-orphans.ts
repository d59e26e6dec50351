// The bucket side of orphan collection: chunk objects that no live s3 Blob
// points to. Discards delete objects with their rows, so what is left here is
// what they could not reach: a PUT that landed after its upload was discarded,
// a migration interrupted before its switch, rows deleted by hand.
import { db, type PrismaClient } from "@/lib/db";
import type { S3Bucket } from "./s3-bucket";
import { CHUNK_PREFIX, chunkSetOfKey } from "./s3-store";

/** The JobState row whose cursor is the last key swept: each run goes on where the last one stopped. */
export const SWEEP_JOB = "s3-orphan-sweep";

export interface BucketSweepReport {
  listed: number;
  deleted: number;
  /** True when the sweep reached the end of the bucket (the next one starts again from the top). */
  wrapped: boolean;
}

/**
 * Lists up to `maxPages` pages of 1000 chunk objects from the saved cursor and
 * deletes those of chunk sets that have no Blob in the s3 store (or only a purged
 * one) and whose objects are all older than `olderThan`: a set still being
 * uploaded, or migrated into the bucket, has no such Blob yet either.
 */
export async function sweepOrphanObjects(
  bucket: S3Bucket,
  olderThan: Date,
  maxPages = 100,
  client: PrismaClient = db,
): Promise<BucketSweepReport> {
  const state = await client.jobState.findUnique({ where: { name: SWEEP_JOB } });
  let cursor = state?.cursor ?? "";
  const report: BucketSweepReport = { listed: 0, deleted: 0, wrapped: false };
  for (let page = 0; page < maxPages && !report.wrapped; page++) {
    const { objects, next } = await bucket.list(CHUNK_PREFIX, cursor);
    report.listed += objects.length;
    const doomed = await orphanKeys(objects, olderThan, client);
    await bucket.deleteKeys(doomed);
    report.deleted += doomed.length;
    cursor = next ?? "";
    report.wrapped = next === undefined;
    await client.jobState.upsert({
      where: { name: SWEEP_JOB },
      create: { name: SWEEP_JOB, cursor },
      update: { cursor },
    });
  }
  return report;
}

async function orphanKeys(
  objects: { key: string; lastModified: Date }[],
  olderThan: Date,
  client: PrismaClient,
): Promise<string[]> {
  const sets = new Map<string, { keys: string[]; young: boolean }>();
  for (const { key, lastModified } of objects) {
    const id = chunkSetOfKey(key);
    if (!id) continue; // not a key Kindling writes: never ours to delete
    const set = sets.get(id) ?? { keys: [], young: false };
    set.keys.push(key);
    set.young ||= lastModified >= olderThan;
    sets.set(id, set);
  }
  const candidates = [...sets].filter(([, set]) => !set.young).map(([id]) => id);
  if (candidates.length === 0) return [];
  const live = await client.$queryRaw<{ chunkSetId: string }[]>`
    SELECT "chunkSetId" FROM "Blob"
    WHERE "chunkSetId" = ANY(${candidates}::text[]) AND "store" = 's3' AND "purgedAt" IS NULL`;
  const liveIds = new Set(live.map((row) => row.chunkSetId));
  return candidates.filter((id) => !liveIds.has(id)).flatMap((id) => sets.get(id)?.keys ?? []);
}
