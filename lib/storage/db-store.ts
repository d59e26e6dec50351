// The default store: chunk bytes in BlobChunk.data, next to their line index.
import type pg from "pg";
import type { BlobStore, StoredChunk } from "./blob-store";
import { chunkPool } from "./chunk-pool";
import { insertChunkRow } from "./chunk-rows";

// A few chunks per query: round trips stay low, memory stays at a few MiB.
const READ_BATCH = 4;

export class DbBlobStore implements BlobStore {
  readonly kind = "db" as const;

  constructor(private readonly pool: pg.Pool = chunkPool()) {}

  async putChunk(chunk: StoredChunk): Promise<void> {
    await insertChunkRow(this.pool, chunk, chunk.gz);
  }

  async *readChunks(chunkSetId: string, fromIndex: number, toIndex: number): AsyncIterable<Buffer> {
    for (let start = fromIndex; start <= toIndex; start += READ_BATCH) {
      const end = Math.min(start + READ_BATCH - 1, toIndex);
      const { rows } = await this.pool.query<{ index: number; data: Buffer | null }>(
        `SELECT "index", "data" FROM "BlobChunk"
         WHERE "chunkSetId" = $1 AND "index" BETWEEN $2 AND $3 ORDER BY "index"`,
        [chunkSetId, start, end],
      );
      for (let index = start; index <= end; index++) {
        const row = rows[index - start];
        if (!row || row.index !== index || !row.data)
          throw new Error(`chunk ${chunkSetId}/${index} is missing`);
        yield row.data;
      }
    }
  }

  async deleteExternal(): Promise<void> {}
}
