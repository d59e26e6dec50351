// Streams decompressed bytes into a fresh chunk set: hashes, counts bytes and
// lines, cuts line-aligned chunks, gzips each one and stores it while the
// upload is still arriving. Nothing becomes visible until commitBlob.
import { createHash, randomUUID } from "node:crypto";
import { UploadRejected } from "@/lib/http/upload-rejected";
import { type BlobInfo, blobInfo } from "./blob-reader";
import type { BlobStore } from "./blob-store";
import { ChunkPipeline } from "./chunk-pipeline";
import { discardAfterFailure } from "./discard";
import { LineChunker } from "./line-chunker";
import { lineCountOf } from "./line-count";
import { defaultStore } from "./stores";

export const DEFAULT_CHUNK_SIZE = 1024 * 1024;
// Level 1: twice the speed of level 6 on real build logs for ~20% more bytes (docs/storage.md).
export const DEFAULT_GZIP_LEVEL = 1;

/** A Readable, an async generator, or an array of pieces. */
export type ByteSource = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

/** A stored but not yet committed blob: what commitBlob needs. */
export interface StagedBlob extends BlobInfo {
  /**
   * True when the content fit in one chunk and was already stored: nothing was
   * written, and chunkSetId is the existing blob's (never to be discarded).
   */
  reused?: boolean;
}

export interface StageOptions {
  store?: BlobStore;
  /** Cap on the decompressed size: the decompression-bomb guard. */
  maxBytes?: number;
  chunkSize?: number;
  gzipLevel?: number;
  /** Chunks being gzipped and stored at once (zlib runs them on the libuv pool). */
  concurrency?: number;
}

/** Stores `source` as a chunk set; on any failure the partial chunk set is discarded. */
export async function stageBlob(source: ByteSource, options: StageOptions = {}): Promise<StagedBlob> {
  const store = options.store ?? defaultStore();
  const chunkSetId = randomUUID();
  const pipeline = new ChunkPipeline(store, chunkSetId, {
    gzipLevel: options.gzipLevel ?? DEFAULT_GZIP_LEVEL,
    concurrency: options.concurrency ?? 3,
  });
  try {
    const tally = await feed(source, pipeline, options);
    if ("existing" in tally) return tally.existing;
    await pipeline.drain();
    return {
      chunkSetId,
      store: store.kind,
      gzSize: pipeline.gzSize,
      chunkCount: pipeline.chunkCount,
      ...tally,
    };
  } catch (err) {
    await pipeline.settle();
    await discardAfterFailure(chunkSetId, store);
    throw err;
  }
}

type Tally = { sha256: string; size: number; lineCount: number };

async function feed(
  source: ByteSource,
  pipeline: ChunkPipeline,
  options: StageOptions,
): Promise<Tally | { existing: StagedBlob }> {
  const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
  const chunker = new LineChunker(options.chunkSize ?? DEFAULT_CHUNK_SIZE);
  const hash = createHash("sha256");
  let size = 0;
  let lastByte: number | undefined;
  for await (const piece of source) {
    const bytes = toBuffer(piece);
    if (bytes.length === 0) continue;
    size += bytes.length;
    if (size > maxBytes)
      throw new UploadRejected("too_large", `content expands to more than ${maxBytes} bytes`);
    hash.update(bytes);
    lastByte = bytes[bytes.length - 1];
    for (const chunk of chunker.push(bytes)) await pipeline.add(chunk);
  }
  const sha256 = hash.digest("hex");
  // The same emerge --info, qlist or environment arrives with every result: a
  // one-chunk file already stored is not gzipped and written again only to be discarded.
  if (pipeline.chunkCount === 0 && size <= (options.chunkSize ?? DEFAULT_CHUNK_SIZE)) {
    const existing = await findStoredOneChunkBlob(sha256);
    if (existing) return { existing };
  }
  for (const chunk of chunker.end()) await pipeline.add(chunk);
  // The chunker counted the line breaks for its line index; they are the file's.
  return { sha256, size, lineCount: lineCountOf(chunker.lineBreaks, size, lastByte) };
}

/**
 * Stored one-chunk blobs seen lately, by sha256: the same five attachments come
 * with every result of a tinderbox, and each lookup was a query (5 of an upload's
 * ~22). Only blobs read back as committed are remembered. Blob rows are never
 * deleted, but retention may purge their chunks: a purged blob has no chunk and is
 * not reused, and commitBlobs forgets (forgetStoredBlob) one purged since it was
 * remembered. Bounded, oldest out first.
 */
const recentlyStored = new Map<string, StagedBlob>();
const RECENTLY_STORED_MAX = 4096;

async function findStoredOneChunkBlob(sha256: string): Promise<StagedBlob | null> {
  const known = recentlyStored.get(sha256);
  if (known) return { ...known };
  const stored = await blobInfo(sha256);
  // A blob whose chunks retention deleted has none: its bytes must be stored again.
  const found = stored && stored.chunkCount > 0 ? { ...stored, reused: true } : null;
  if (found) {
    if (recentlyStored.size >= RECENTLY_STORED_MAX) {
      const oldest = recentlyStored.keys().next().value;
      if (oldest !== undefined) recentlyStored.delete(oldest);
    }
    recentlyStored.set(sha256, found);
  }
  return found && { ...found };
}

/** Drops a remembered blob (retention purged it since). */
export function forgetStoredBlob(sha256: string): void {
  recentlyStored.delete(sha256);
}

function toBuffer(piece: Uint8Array | string): Buffer {
  if (typeof piece === "string") return Buffer.from(piece, "utf8");
  return Buffer.isBuffer(piece) ? piece : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
}
