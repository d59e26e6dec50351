// Shared by the storage integration tests: stage and commit content the way ingest does.
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { db } from "@/lib/db";
import type { BlobStore } from "./blob-store";
import { type StagedBlob, stageBlob } from "./blob-writer";
import { commitBlob } from "./commit";
import { discardChunkSet } from "./discard";

/** Content no other test run can share: a random first line. */
export function uniqueContent(body: string | Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`run ${randomUUID()}\n`),
    Buffer.isBuffer(body) ? body : Buffer.from(body),
  ]);
}

/** Feeds content in uneven pieces, as a network upload would. */
export function piecesOf(content: Buffer, pieceSize = 7919): Readable {
  const pieces: Buffer[] = [];
  for (let at = 0; at < content.length; at += pieceSize) pieces.push(content.subarray(at, at + pieceSize));
  return Readable.from(pieces);
}

export async function storeContent(
  content: Buffer,
  store: BlobStore,
  chunkSize?: number,
): Promise<StagedBlob & { created: boolean }> {
  const staged = await stageBlob(piecesOf(content), { store, chunkSize });
  const { created } = await db.$transaction((tx) => commitBlob(tx, staged));
  if (!created && !staged.reused) await discardChunkSet(staged.chunkSetId, store);
  return { ...staged, created };
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

/** The reference split of Kindling's line rule, for comparing windows. */
export function referenceLines(content: Buffer): string[] {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const lines: string[] = [];
  let start = 0;
  while (start < content.length) {
    const lf = content.indexOf(0x0a, start);
    if (lf === -1) {
      lines.push(decoder.decode(content.subarray(start)));
      break;
    }
    const end = lf > start && content[lf - 1] === 0x0d ? lf - 1 : lf;
    lines.push(decoder.decode(content.subarray(start, end)));
    start = lf + 1;
  }
  return lines;
}
