// The one small interface every blob store implements. A store keeps the gzip
// bytes of chunks; the BlobChunk rows (the line index) always live in the
// database, whichever store holds the bytes (db, fs, or s3: lib/storage/s3-store.ts).
import type { BlobStoreKind } from "@/lib/generated/prisma/enums";

export type { BlobStoreKind };

/** One independently gzipped chunk with its place in the line index. */
export interface StoredChunk {
  chunkSetId: string;
  index: number;
  firstLine: number;
  lineCount: number;
  rawOffset: number;
  rawSize: number;
  gz: Buffer;
}

export interface BlobStore {
  readonly kind: BlobStoreKind;
  /** Stores one chunk and its BlobChunk row, outside any transaction. */
  putChunk(chunk: StoredChunk): Promise<void>;
  /**
   * The gzip bytes of chunks fromIndex..toIndex (inclusive), in order. `signal` (a
   * request's) aborts reads in flight: the s3 store's GETs; local reads are short.
   */
  readChunks(
    chunkSetId: string,
    fromIndex: number,
    toIndex: number,
    signal?: AbortSignal,
  ): AsyncIterable<Buffer>;
  /** Removes the chunk bytes this store keeps outside the BlobChunk rows (none for the db store). */
  deleteExternal(chunkSetId: string): Promise<void>;
}

/** Chunk-set ids are generated here (crypto.randomUUID), never taken from upload data. */
const CHUNK_SET_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function assertChunkSetId(chunkSetId: string): void {
  if (!CHUNK_SET_ID.test(chunkSetId)) throw new Error(`not a chunk-set id: ${JSON.stringify(chunkSetId)}`);
}
