// Chunk bytes as objects in an S3 bucket, one object per chunk:
// chunks/<chunkSetId>/<index>.gz. The BlobChunk rows (data null) stay in
// PostgreSQL as the line index and as the list of what exists, so a window of
// a 1 GiB log is one GET of one ~200 KiB object (docs/storage.md, "Object storage").
import type pg from "pg";
import { assertChunkSetId, type BlobStore, type StoredChunk } from "./blob-store";
import { chunkPool } from "./chunk-pool";
import { insertChunkRow } from "./chunk-rows";
import type { S3Bucket } from "./s3-bucket";

/** Key prefix of every chunk object; the bucket's orphan sweep lists only this. */
export const CHUNK_PREFIX = "chunks/";

// GETs in flight while a whole blob streams out: hides one round trip per chunk
// (20-50 ms to AWS S3) behind the others. With 20 ms per request, 8 ahead read
// 14 MiB/s of gzip (~160 MiB/s of log), 4 ahead 8, one at a time 3 (docs/storage.md).
// At most ~1 MiB each, so a reader holds a few MiB.
const DEFAULT_READ_AHEAD = 8;

export function chunkSetPrefix(chunkSetId: string): string {
  assertChunkSetId(chunkSetId);
  return `${CHUNK_PREFIX}${chunkSetId}/`;
}

export function chunkKey(chunkSetId: string, index: number): string {
  if (!Number.isSafeInteger(index) || index < 0) throw new Error(`bad chunk index ${index}`);
  return `${chunkSetPrefix(chunkSetId)}${index}.gz`;
}

/** The chunk set an object key belongs to, or null for a key that is not a chunk. */
export function chunkSetOfKey(key: string): string | null {
  const match = /^chunks\/([0-9a-f-]{36})\/\d+\.gz$/.exec(key);
  return match ? match[1] : null;
}

export class S3BlobStore implements BlobStore {
  readonly kind = "s3" as const;

  constructor(
    readonly bucket: S3Bucket,
    private readonly pool: pg.Pool = chunkPool(),
    private readonly readAhead = DEFAULT_READ_AHEAD,
  ) {}

  async putChunk(chunk: StoredChunk): Promise<void> {
    // Row first: a crash between the two leaves a row that GC finds, never an unlisted object.
    await insertChunkRow(this.pool, chunk, null);
    await this.bucket.put(chunkKey(chunk.chunkSetId, chunk.index), chunk.gz);
  }

  /**
   * Streams chunks with a few GETs ahead. When the reader stops early (a window
   * is complete, the client went away and the stream was destroyed) or `signal`
   * fires, the GETs still in flight are aborted.
   */
  async *readChunks(
    chunkSetId: string,
    fromIndex: number,
    toIndex: number,
    signal?: AbortSignal,
  ): AsyncIterable<Buffer> {
    const stop = new AbortController();
    const linked = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal;
    const pending: Promise<Buffer>[] = [];
    let next = fromIndex;
    try {
      while (next <= toIndex || pending.length > 0) {
        while (next <= toIndex && pending.length < this.readAhead) {
          const get = this.bucket.get(chunkKey(chunkSetId, next++), linked);
          // Awaited below in order; this only keeps a read-ahead that is never awaited from going unhandled.
          get.catch(() => {});
          pending.push(get);
        }
        const gz = pending.shift();
        if (gz) yield await gz;
      }
    } finally {
      stop.abort();
    }
  }

  async deleteExternal(chunkSetId: string): Promise<void> {
    await this.bucket.deletePrefix(chunkSetPrefix(chunkSetId));
  }
}
