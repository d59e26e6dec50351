// Reads a window of lines of a stored blob by decompressing only the chunks
// that hold it, found through the BlobChunk line index.
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import { db } from "@/lib/db";
import { LineCollector } from "./line-collector";
import { storeFor } from "./stores";

const gunzipAsync = promisify(gunzip);
const SHA256 = /^[0-9a-f]{64}$/;

export const MAX_WINDOW_LINES = 5000;
/** Longer lines are cut (and `truncated` set): a 100 MB minified line must not reach the browser whole. */
export const DEFAULT_MAX_LINE_BYTES = 256 * 1024;

export interface LineWindow {
  /** Decoded as UTF-8 with U+FFFD for invalid bytes, without "\n" or "\r\n". */
  lines: string[];
  firstLine: number;
  lastLine: number;
  totalLines: number;
  truncated: boolean;
}

/**
 * Lines fromLine..toLine (1-based, inclusive), clamped to the file and to
 * MAX_WINDOW_LINES. `signal` (the request's) aborts the chunk reads in flight.
 */
export async function readLineWindow(
  sha256: string,
  fromLine: number,
  toLine: number,
  maxLineBytes = DEFAULT_MAX_LINE_BYTES,
  signal?: AbortSignal,
): Promise<LineWindow | null> {
  // The Blob row alone: blobInfo's chunk count is not needed here.
  const blob = SHA256.test(sha256) ? await db.blob.findUnique({ where: { sha256 } }) : null;
  if (!blob) return null;
  const info = { ...blob, lineCount: Number(blob.lineCount) };
  const from = Math.max(1, Math.floor(fromLine) || 1);
  const to = Math.min(info.lineCount, Math.floor(toLine) || 0, from + MAX_WINDOW_LINES - 1);
  const empty = {
    lines: [],
    firstLine: from,
    lastLine: from - 1,
    totalLines: info.lineCount,
    truncated: false,
  };
  if (from > to) return empty;
  const range = await chunkRange(info.chunkSetId, from, to);
  const collector = new LineCollector(range.startLine, from, to, maxLineBytes);
  for await (const gz of storeFor(info.store).readChunks(
    info.chunkSetId,
    range.startIndex,
    range.endIndex,
    signal,
  )) {
    if (collector.push(await gunzipAsync(gz))) break;
  }
  const lines = collector.finish();
  return { ...empty, lines, lastLine: from + lines.length - 1, truncated: collector.truncated };
}

/**
 * The chunks to decompress. A chunk that holds a "\n" ends on one, so line
 * `from` starts in the last chunk whose firstLine is below it, or at the start
 * of the first chunk whose firstLine equals it.
 */
async function chunkRange(chunkSetId: string, from: number, to: number) {
  const select = { index: true, firstLine: true } as const;
  const below = await db.blobChunk.findFirst({
    where: { chunkSetId, firstLine: { lte: from } },
    orderBy: [{ firstLine: "desc" }, { index: "desc" }],
    select,
  });
  let start = below;
  if (below && Number(below.firstLine) === from) {
    start = await db.blobChunk.findFirst({
      where: { chunkSetId, firstLine: from },
      orderBy: { index: "asc" },
      select,
    });
  }
  const end = await db.blobChunk.findFirst({
    where: { chunkSetId, firstLine: { lte: to } },
    orderBy: { index: "desc" },
    select,
  });
  if (!start || !end) throw new Error(`line index of chunk set ${chunkSetId} is incomplete`);
  return { startIndex: start.index, startLine: Number(start.firstLine), endIndex: end.index };
}
