// Makes staged blobs visible, inside the caller's result transaction.
import { asSql, type Sql, type SqlSource } from "@/lib/sql/executor";
import { forgetStoredBlob, type StagedBlob } from "./blob-writer";

export interface CommitResult {
  /** False when the content was already stored: call discardChunkSet(staged.chunkSetId) after the transaction. */
  created: boolean;
}

/**
 * Inserts the Blob row with ON CONFLICT DO NOTHING, so concurrent uploads of
 * the same bytes both succeed and exactly one chunk set wins.
 */
export async function commitBlob(tx: SqlSource, staged: StagedBlob): Promise<CommitResult> {
  const [result] = await commitBlobs(tx, [staged]);
  return result;
}

// One statement for the whole batch: the Blob rows (unnest keeps input order, so
// of two identical blobs the first wins), then each winner's chunk rows locked
// FOR KEY SHARE until commit, so a concurrent discardChunkSet/GC (which locks
// them FOR UPDATE) waits and then sees the Blob; counting them checks that no
// chunk went missing before we got here. The lock is a subquery per winner, an
// index lookup by chunkSetId: as one semi-join over all winners the planner
// chose a sequential scan of BlobChunk (3-11 ms per upload at 20,000 chunks,
// growing with the table; found with perf and pg_stat_user_tables).
export const COMMIT_BLOBS = `
  WITH won AS (
    INSERT INTO "Blob" ("sha256", "store", "chunkSetId", "size", "gzSize", "lineCount")
    SELECT * FROM unnest($1::text[], $2::"BlobStoreKind"[], $3::text[], $4::bigint[], $5::bigint[], $6::bigint[])
    ON CONFLICT ("sha256") DO NOTHING
    RETURNING "chunkSetId"
  )
  SELECT won."chunkSetId",
         (SELECT count(*)::int FROM (
            SELECT 1 FROM "BlobChunk" c WHERE c."chunkSetId" = won."chunkSetId" FOR KEY SHARE
          ) AS locked) AS "chunks"
  FROM won`;

/**
 * commitBlob for all files of a result in one statement. Results are in input
 * order; of two identical blobs in one batch the first wins.
 */
export async function commitBlobs(tx: SqlSource, staged: StagedBlob[]): Promise<CommitResult[]> {
  if (staged.length === 0) return [];
  const sql = asSql(tx);
  const won = await insertBlobs(sql, staged);
  const deduped = staged.filter((s) => !won.has(s.chunkSetId));
  if (deduped.length > 0) for (const [id, chunks] of await holdOrRevive(sql, deduped)) won.set(id, chunks);
  for (const s of staged) {
    const chunks = won.get(s.chunkSetId);
    if (chunks !== undefined && chunks !== s.chunkCount)
      throw new Error(`chunk set ${s.chunkSetId} has ${chunks} of ${s.chunkCount} chunks`);
  }
  return staged.map((s) => ({ created: won.has(s.chunkSetId) }));
}

/** The chunk sets whose Blob row was inserted, with the number of chunk rows each still has. */
async function insertBlobs(sql: Sql, staged: StagedBlob[]): Promise<Map<string, number>> {
  const rows = await sql.query<{ chunkSetId: string; chunks: number }>(COMMIT_BLOBS, [
    staged.map((s) => s.sha256),
    staged.map((s) => s.store),
    staged.map((s) => s.chunkSetId),
    staged.map((s) => s.size),
    staged.map((s) => s.gzSize),
    staged.map((s) => s.lineCount),
  ]);
  return new Map(rows.map((row) => [row.chunkSetId, row.chunks]));
}

// Content that retention purged (lib/retention/purge.ts) keeps its Blob row with
// purgedAt set and no chunks. A dedupe hit locks the existing rows FOR KEY SHARE
// until the result commits: a purge (which locks the Blob FOR UPDATE and checks
// for unpurged files) waits and then sees this upload's file. A row that is purged
// takes this upload's chunk set instead, so the same bytes are stored again.
export const HOLD_BLOBS_ALL = `
  SELECT "sha256", "purgedAt" IS NOT NULL AS "purged" FROM "Blob" WHERE "sha256" = ANY($1::text[]) FOR KEY SHARE`;

export const REVIVE_BLOBS = `
  WITH revived AS (
    UPDATE "Blob" b SET "store" = v."store", "chunkSetId" = v."chunkSetId", "gzSize" = v."gzSize", "purgedAt" = NULL
    FROM (SELECT DISTINCT ON ("sha256") * FROM unnest($1::text[], $2::"BlobStoreKind"[], $3::text[], $4::bigint[])
            AS u("sha256", "store", "chunkSetId", "gzSize") ORDER BY "sha256") v
    WHERE b."sha256" = v."sha256" AND b."purgedAt" IS NOT NULL
    RETURNING b."chunkSetId"
  )
  SELECT revived."chunkSetId",
         (SELECT count(*)::int FROM (
            SELECT 1 FROM "BlobChunk" c WHERE c."chunkSetId" = revived."chunkSetId" FOR KEY SHARE
          ) AS locked) AS "chunks"
  FROM revived`;

/** Locks the deduped blobs' rows; revives purged ones with the staged chunk sets. Returns the revived sets. */
async function holdOrRevive(sql: Sql, deduped: StagedBlob[]): Promise<Map<string, number>> {
  const purged = new Set(
    (await sql.query<{ sha256: string; purged: boolean }>(HOLD_BLOBS_ALL, [deduped.map((s) => s.sha256)]))
      .filter((row) => row.purged)
      .map((row) => row.sha256),
  );
  if (purged.size === 0) return new Map();
  const stale = deduped.find((s) => s.reused && purged.has(s.sha256));
  if (stale) {
    // Reused from the writer's memory of stored blobs: there are no bytes to store again here.
    forgetStoredBlob(stale.sha256);
    throw new Error(
      `content ${stale.sha256} was removed by retention while this upload reused it; send again`,
    );
  }
  const revive = deduped.filter((s) => purged.has(s.sha256));
  const rows = await sql.query<{ chunkSetId: string; chunks: number }>(REVIVE_BLOBS, [
    revive.map((s) => s.sha256),
    revive.map((s) => s.store),
    revive.map((s) => s.chunkSetId),
    revive.map((s) => s.gzSize),
  ]);
  return new Map(rows.map((row) => [row.chunkSetId, row.chunks]));
}
