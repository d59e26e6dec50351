// Chunk bytes as files under KINDLING_BLOB_DIR; the BlobChunk rows (data null)
// stay in the database as the line index and as the list of what exists.
import { mkdir, open, readFile, rm } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";
import { assertChunkSetId, type BlobStore, type StoredChunk } from "./blob-store";
import { chunkPool } from "./chunk-pool";
import { insertChunkRow } from "./chunk-rows";

export class FsBlobStore implements BlobStore {
  readonly kind = "fs" as const;
  private readonly root: string;

  constructor(
    root: string,
    private readonly pool: pg.Pool = chunkPool(),
    // fsync makes a committed Blob survive a power cut; tests may skip it.
    private readonly durable = true,
  ) {
    this.root = path.resolve(root);
  }

  /** `<root>/<id[0:2]>/<id>`: built only from a validated uuid, never from upload data. */
  chunkSetDir(chunkSetId: string): string {
    assertChunkSetId(chunkSetId);
    const dir = path.join(this.root, chunkSetId.slice(0, 2), chunkSetId);
    if (!dir.startsWith(this.root + path.sep)) throw new Error("chunk-set path escapes the blob directory");
    return dir;
  }

  chunkPath(chunkSetId: string, index: number): string {
    if (!Number.isSafeInteger(index) || index < 0) throw new Error(`bad chunk index ${index}`);
    return path.join(this.chunkSetDir(chunkSetId), `${index}.gz`);
  }

  async putChunk(chunk: StoredChunk): Promise<void> {
    // Row first: a crash between the two leaves a row that GC finds, never an unlisted file.
    await insertChunkRow(this.pool, chunk, null);
    const file = this.chunkPath(chunk.chunkSetId, chunk.index);
    await mkdir(path.dirname(file), { recursive: true });
    const handle = await open(file, "wx");
    try {
      await handle.writeFile(chunk.gz);
      if (this.durable) await handle.datasync();
    } finally {
      await handle.close();
    }
  }

  async *readChunks(chunkSetId: string, fromIndex: number, toIndex: number): AsyncIterable<Buffer> {
    for (let index = fromIndex; index <= toIndex; index++)
      yield await readFile(this.chunkPath(chunkSetId, index));
  }

  async deleteExternal(chunkSetId: string): Promise<void> {
    await rm(this.chunkSetDir(chunkSetId), { recursive: true, force: true });
  }
}
