// Gzips and stores chunks a few at a time, so hashing (main thread), gzip
// (libuv pool) and the database round trip overlap instead of taking turns.
import type { BlobStore } from "./blob-store";
import { gzipMember, splicedSize } from "./gzip-member";
import type { RawChunk } from "./line-chunker";

export class ChunkPipeline {
  chunkCount = 0;
  private memberBytes = 0;
  private inFlight: Promise<void>[] = [];
  private failure: { error: unknown } | undefined;

  constructor(
    private readonly store: BlobStore,
    private readonly chunkSetId: string,
    private readonly options: { gzipLevel: number; concurrency: number },
  ) {}

  /** Starts storing a chunk; waits when `concurrency` chunks are already on their way. */
  async add(chunk: RawChunk): Promise<void> {
    this.throwIfFailed();
    this.chunkCount++;
    // Every job carries its own catch: a rejection is recorded, never left unhandled.
    const job = this.storeChunk(chunk).catch((error: unknown) => {
      this.failure ??= { error };
    });
    this.inFlight.push(job);
    if (this.inFlight.length >= this.options.concurrency) await this.inFlight.shift();
    this.throwIfFailed();
  }

  /** Size of the single gzip member the blob is served as (see gzip-member.ts). */
  get gzSize(): number {
    return splicedSize(this.memberBytes, this.chunkCount);
  }

  /** Waits for every chunk; throws the first failure. */
  async drain(): Promise<void> {
    await this.settle();
    this.throwIfFailed();
  }

  /** Waits for every chunk, ignoring failures (before discarding the set). */
  async settle(): Promise<void> {
    const jobs = this.inFlight;
    this.inFlight = [];
    await Promise.all(jobs);
  }

  private async storeChunk(chunk: RawChunk): Promise<void> {
    const gz = await gzipMember(chunk.bytes, this.options.gzipLevel);
    this.memberBytes += gz.length;
    await this.store.putChunk({
      chunkSetId: this.chunkSetId,
      index: chunk.index,
      firstLine: chunk.firstLine,
      lineCount: chunk.lineCount,
      rawOffset: chunk.rawOffset,
      rawSize: chunk.bytes.length,
      gz,
    });
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
  }
}
