// The per-store steps of a blob migration (migrate-blobs.ts): write one chunk's
// gzip bytes as a copy next to the BlobChunk row that already exists, delete a
// store's copy once the Blob no longer names that store, and check that a store
// can be reached before a run starts. Every step may be repeated: a run that
// stopped anywhere is simply run again.
import { mkdir, open, rm } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { pgSql } from "@/lib/sql/executor";
import type { BlobStoreKind } from "./blob-store";
import { chunkPool } from "./chunk-pool";
import { FsBlobStore } from "./fs-store";
import { chunkKey } from "./s3-store";
import { s3Store, storeFor } from "./stores";

/** Writes (or overwrites) the copy of one chunk in `kind`'s store. */
export async function writeChunkCopy(
  kind: BlobStoreKind,
  chunkSetId: string,
  index: number,
  gz: Buffer,
): Promise<void> {
  if (kind === "s3") return s3Store().bucket.put(chunkKey(chunkSetId, index), gz);
  if (kind === "fs") return writeFile(fsStore().chunkPath(chunkSetId, index), gz);
  const rows = await pgSql(chunkPool()).query<{ index: number }>(
    `UPDATE "BlobChunk" SET "data" = $3 WHERE "chunkSetId" = $1 AND "index" = $2 RETURNING "index"`,
    [chunkSetId, index, gz],
  );
  if (rows.length !== 1) throw new Error(`chunk ${chunkSetId}/${index} has no row`);
}

/**
 * Deletes `kind`'s copy of a chunk set unless the Blob reads from `kind`:
 * the old copy after a switch, or a half-written copy after a failed one.
 */
export async function deleteCopy(kind: BlobStoreKind, chunkSetId: string): Promise<void> {
  const sql = pgSql(chunkPool());
  const [blob] = await sql.query<{ store: BlobStoreKind }>(
    `SELECT "store" FROM "Blob" WHERE "chunkSetId" = $1`,
    [chunkSetId],
  );
  if (blob?.store === kind) return;
  if (kind === "db") {
    // The rows stay: they are the line index of every store.
    await sql.query(`UPDATE "BlobChunk" SET "data" = NULL WHERE "chunkSetId" = $1 AND "data" IS NOT NULL`, [
      chunkSetId,
    ]);
    return;
  }
  if (kind === "fs") await rm(fsStore().chunkSetDir(chunkSetId), { recursive: true, force: true });
  else await s3Store().deleteExternal(chunkSetId);
}

/** Throws a sentence saying why `kind`'s store cannot take copies. */
export async function checkStore(kind: BlobStoreKind): Promise<void> {
  if (kind === "db") {
    await pgSql(chunkPool()).query("SELECT 1");
  } else if (kind === "fs") {
    const root = path.resolve(env().KINDLING_BLOB_DIR);
    const probe = path.join(root, `.migrate-probe-${process.pid}`);
    await mkdir(root, { recursive: true });
    await writeFile(probe, Buffer.from("probe"));
    await rm(probe, { force: true });
  } else {
    await s3Store().bucket.check();
  }
}

function fsStore(): FsBlobStore {
  const store = storeFor("fs");
  if (!(store instanceof FsBlobStore)) throw new Error("the fs store is not an FsBlobStore");
  return store;
}

/** Written and fdatasynced before the copy counts, like the fs store's own writes. */
async function writeFile(file: string, bytes: Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const handle = await open(file, "w");
  try {
    await handle.writeFile(bytes);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}
