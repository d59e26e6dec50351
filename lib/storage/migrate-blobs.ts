// Moves committed blobs from whatever store holds them to one store (npm run
// blobs:migrate -- --to s3|fs|db). Per blob: copy every chunk, read the copy
// back and check the sha256 of its decompressed bytes, switch Blob.store, and
// only after a grace period delete the old copy, so a reader that looked the
// blob up just before the switch still finds its bytes. Switched blobs whose
// old copy is not deleted yet are kept in JobState (migrate-pending.ts): a run
// that stops anywhere is resumed by running it again.
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import { type Sql, transaction } from "@/lib/sql/executor";
import { sqlPool } from "@/lib/sql/pool";
import type { BlobStoreKind } from "./blob-store";
import { checkStore, deleteCopy, writeChunkCopy } from "./migrate-copies";
import { deleteDueCopies, queueOldCopy } from "./migrate-pending";
import { storeFor } from "./stores";

const gunzipAsync = promisify(gunzip);

export interface MigrateProgress {
  done: number;
  total: number;
  bytes: number;
  failed: number;
}

export interface MigrateOptions {
  to: BlobStoreKind;
  /** Only blobs in this store; unset, every store but `to`. */
  from?: BlobStoreKind;
  /** How long an old copy outlives its switch (readers in flight). */
  graceMs: number;
  signal?: AbortSignal;
  onProgress?: (progress: MigrateProgress) => void;
}

export interface MigrateReport extends MigrateProgress {
  /** Blobs whose copy did not verify: left in their old store, the copy deleted. */
  mismatches: { sha256: string; reason: string }[];
  /** Old copies deleted (this run's and a stopped run's). */
  oldCopiesDeleted: number;
  stopped: boolean;
}

interface BlobToMove {
  sha256: string;
  store: BlobStoreKind;
  chunkSetId: string;
  size: string;
  chunks: number;
}

const BATCH = 100;

export async function migrateBlobs(options: MigrateOptions): Promise<MigrateReport> {
  const { to, signal } = options;
  const scope = { to, from: options.from ?? null };
  await checkStore(to);
  const report: MigrateReport = {
    done: 0,
    total: 0,
    bytes: 0,
    failed: 0,
    mismatches: [],
    oldCopiesDeleted: 0,
    stopped: false,
  };
  report.oldCopiesDeleted += await deleteDueCopies(options.graceMs, true);
  report.total = await countToMove(scope);
  options.onProgress?.({ done: 0, total: report.total, bytes: 0, failed: 0 });
  let after = "";
  for (let batch = await nextBatch(scope, after); batch.length > 0; batch = await nextBatch(scope, after)) {
    for (const blob of batch) {
      if (signal?.aborted) return { ...report, stopped: true };
      after = blob.sha256;
      const mismatch = await moveBlob(blob, to);
      if (mismatch) report.mismatches.push({ sha256: blob.sha256, reason: mismatch });
      else report.bytes += Number(blob.size);
      report.done++;
      report.failed = report.mismatches.length;
      options.onProgress?.({
        done: report.done,
        total: report.total,
        bytes: report.bytes,
        failed: report.failed,
      });
      report.oldCopiesDeleted += await deleteDueCopies(options.graceMs, false);
    }
  }
  report.oldCopiesDeleted += await deleteDueCopies(options.graceMs, true);
  return report;
}

/** Copies, verifies and switches one blob; returns why it did not verify, or null. */
async function moveBlob(blob: BlobToMove, to: BlobStoreKind): Promise<string | null> {
  await copyChunks(blob, to);
  const mismatch = await verifyCopy(blob, to);
  if (mismatch) {
    await deleteCopy(to, blob.chunkSetId);
    return mismatch;
  }
  await transaction(sqlPool(), (sql) => switchStore(sql, blob, to));
  return null;
}

// Chunk writes in flight: a remote bucket's round trip per PUT would otherwise set the pace.
const WRITES_IN_FLIGHT = 4;

async function copyChunks(blob: BlobToMove, to: BlobStoreKind): Promise<void> {
  const writes: Promise<void>[] = [];
  let failure: { error: unknown } | undefined;
  let index = 0;
  for await (const gz of storeFor(blob.store).readChunks(blob.chunkSetId, 0, blob.chunks - 1)) {
    // Each write carries its own catch: a failure is kept, never left unhandled.
    writes.push(
      writeChunkCopy(to, blob.chunkSetId, index++, gz).catch((error: unknown) => {
        failure ??= { error };
      }),
    );
    if (writes.length >= WRITES_IN_FLIGHT) await writes.shift();
    if (failure) break;
  }
  await Promise.all(writes);
  if (failure) throw failure.error;
}

/** Reads the new copy back: the sha256 and size of its decompressed bytes must be the Blob's. */
async function verifyCopy(blob: BlobToMove, to: BlobStoreKind): Promise<string | null> {
  const hash = createHash("sha256");
  let size = 0;
  for await (const gz of storeFor(to).readChunks(blob.chunkSetId, 0, blob.chunks - 1)) {
    const raw = await gunzipAsync(gz);
    hash.update(raw);
    size += raw.length;
  }
  const sha256 = hash.digest("hex");
  if (sha256 !== blob.sha256) return `the copy in ${to} has sha256 ${sha256}`;
  if (size !== Number(blob.size)) return `the copy in ${to} has ${size} of ${blob.size} bytes`;
  return null;
}

// The Blob changes store and its old copy is queued for deletion in one
// transaction: no switched blob is ever forgotten with its old copy in place.
async function switchStore(sql: Sql, blob: BlobToMove, to: BlobStoreKind): Promise<void> {
  const switched = await sql.query(
    `UPDATE "Blob" SET "store" = $3::"BlobStoreKind" WHERE "sha256" = $1 AND "store" = $2::"BlobStoreKind" RETURNING 1`,
    [blob.sha256, blob.store, to],
  );
  if (switched.length === 0) return; // moved by someone else meanwhile: our copy is the one it reads, or GC's
  await queueOldCopy(sql, { chunkSetId: blob.chunkSetId, from: blob.store, at: Date.now() });
}

// Purged blobs (retention) have no bytes left to move.
const TO_MOVE = `"store" <> $1::"BlobStoreKind" AND ($2::"BlobStoreKind" IS NULL OR "store" = $2::"BlobStoreKind")
  AND "purgedAt" IS NULL`;

interface Scope {
  to: BlobStoreKind;
  from: BlobStoreKind | null;
}

async function countToMove({ to, from }: Scope): Promise<number> {
  const { rows } = await sqlPool().query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Blob" WHERE ${TO_MOVE}`,
    [to, from],
  );
  return rows[0].n;
}

async function nextBatch({ to, from }: Scope, after: string): Promise<BlobToMove[]> {
  const { rows } = await sqlPool().query<BlobToMove>(
    `SELECT b."sha256", b."store", b."chunkSetId", b."size"::text AS "size",
            (SELECT count(*)::int FROM "BlobChunk" c WHERE c."chunkSetId" = b."chunkSetId") AS "chunks"
     FROM "Blob" b WHERE ${TO_MOVE} AND b."sha256" > $3 ORDER BY b."sha256" LIMIT ${BATCH}`,
    [to, from, after],
  );
  return rows;
}
