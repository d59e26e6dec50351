// Read side of the blob store: what the file download route and the log viewer use.
import { type Readable, Readable as ReadableStream } from "node:stream";
import { createGunzip } from "node:zlib";
import { pgSql } from "@/lib/sql/executor";
import { sqlPool } from "@/lib/sql/pool";
import type { BlobStoreKind } from "./blob-store";
import { spliceMembers } from "./gzip-member";
import { storeFor } from "./stores";

export interface BlobInfo {
  sha256: string;
  store: BlobStoreKind;
  chunkSetId: string;
  /** Uncompressed bytes. */
  size: number;
  /** Stored gzip bytes: the Content-Length of openGzipStream. */
  gzSize: number;
  lineCount: number;
  chunkCount: number;
}

const SHA256 = /^[0-9a-f]{64}$/;

/** The stored blob with its chunk count, in one query: every download and upload's reuse check asks. */
export async function blobInfo(sha256: string): Promise<BlobInfo | null> {
  if (!SHA256.test(sha256)) return null;
  const rows = await pgSql(sqlPool()).query<{
    store: BlobStoreKind;
    chunkSetId: string;
    size: string;
    gzSize: string;
    lineCount: string;
    chunkCount: number;
  }>(
    `SELECT b."store", b."chunkSetId", b."size", b."gzSize", b."lineCount",
            (SELECT count(*)::int FROM "BlobChunk" c WHERE c."chunkSetId" = b."chunkSetId") AS "chunkCount"
     FROM "Blob" b WHERE b."sha256" = $1`,
    [sha256],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    sha256,
    store: row.store,
    chunkSetId: row.chunkSetId,
    size: Number(row.size),
    gzSize: Number(row.gzSize),
    lineCount: Number(row.lineCount),
    chunkCount: row.chunkCount,
  };
}

/**
 * The blob as ONE gzip member (gzSize bytes), spliced from the stored chunk
 * members without recompressing: serve it as is with `Content-Encoding: gzip`.
 */
export async function openGzipStream(sha256: string, signal?: AbortSignal): Promise<Readable | null> {
  const info = await blobInfo(sha256);
  if (!info) return null;
  return gzipStreamOf(info, signal);
}

/** The uncompressed bytes, byte for byte as uploaded (after upload decompression). */
export async function openTextStream(sha256: string, signal?: AbortSignal): Promise<Readable | null> {
  const gz = await openGzipStream(sha256, signal);
  if (!gz) return null;
  const gunzip = createGunzip();
  gz.on("error", (err) => gunzip.destroy(err));
  return gz.pipe(gunzip);
}

/**
 * `signal` is the request's: when the client goes away, a GET still in flight is
 * aborted at once and the stream errors, instead of the read finishing first.
 */
export function gzipStreamOf(info: BlobInfo, signal?: AbortSignal): Readable {
  const members = storeFor(info.store).readChunks(info.chunkSetId, 0, info.chunkCount - 1, signal);
  // highWaterMark 2: at most a couple of ~300 KiB members wait in memory.
  return ReadableStream.from(spliceMembers(members), { highWaterMark: 2 });
}
