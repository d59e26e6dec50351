// Inserts a chunk's BlobChunk row (its line index entry, with or without the bytes).
import type pg from "pg";
import { pgSql } from "../sql/executor";
import type { StoredChunk } from "./blob-store";

export async function insertChunkRow(pool: pg.Pool, chunk: StoredChunk, data: Buffer | null): Promise<void> {
  await pgSql(pool).query(
    `INSERT INTO "BlobChunk"
       ("chunkSetId", "index", "firstLine", "lineCount", "rawOffset", "rawSize", "gzSize", "data", "createdAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      chunk.chunkSetId,
      chunk.index,
      chunk.firstLine,
      chunk.lineCount,
      chunk.rawOffset,
      chunk.rawSize,
      chunk.gz.length,
      data,
      // Set here, not by the column default, so GC compares times from one clock.
      new Date(),
    ],
  );
}
