// The excerpt of a file too big for Bugzilla even xz-compressed: its head, the
// lines around the error lines the analysis found, and its tail, as text with
// section markers. Byte budgets (not line counts) bound it, so a file of one
// 100 MB line or of random bytes still gives an excerpt that fits after xz.
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import { db } from "@/lib/db";
import type { BlobInfo } from "@/lib/storage/blob-reader";
import { readLineWindow } from "@/lib/storage/line-window";
import { storeFor } from "@/lib/storage/stores";

const gunzipAsync = promisify(gunzip);

export const EXCERPT_BUDGET = { headBytes: 128 * 1024, errorBytes: 384 * 1024, tailBytes: 256 * 1024 };
const CONTEXT = { primaryBefore: 80, primaryAfter: 20, otherBefore: 5, otherAfter: 5 };
const MAX_ERROR_LINE_BYTES = 2048;
const MAX_FINDINGS = 200;

export interface LineRange {
  from: number;
  to: number;
  primary: boolean;
}

/** The excerpt's text (≤ ~770 KiB: the three budgets plus section markers). */
export async function buildExcerpt(info: BlobInfo): Promise<Buffer> {
  const ranges = errorRanges(await errorLines(info.sha256), info.lineCount);
  const head = await headBytes(info);
  const errors = await errorSections(info.sha256, ranges);
  const tail = await tailBytes(info);
  const intro =
    `Excerpt made by Kindling: the whole file (${info.size} bytes, ${info.lineCount} lines) is over ` +
    "Bugzilla's 1000 KB limit even xz-compressed. Below: its head, the lines around the errors the " +
    "analysis found, and its tail. The full file is linked from the bug (README of the bundle).\n";
  return Buffer.concat([
    Buffer.from(intro),
    Buffer.from(`\n===== head: the first ${head.length} bytes =====\n`),
    head,
    ...errors,
    Buffer.from(`\n===== tail: the last ${tail.length} bytes =====\n`),
    tail,
  ]);
}

async function errorLines(sha256: string): Promise<Array<{ line: number; primary: boolean }>> {
  // Through buildId, which Finding is indexed on (fileId is not); a few files share a blob at most.
  const files = await db.file.findMany({
    where: { blobSha256: sha256 },
    select: { id: true, buildId: true },
    take: 20,
  });
  const rows = await db.finding.findMany({
    where: {
      buildId: { in: files.map((file) => file.buildId) },
      fileId: { in: files.map((file) => file.id) },
      lineNumber: { not: null },
    },
    select: { lineNumber: true, isPrimary: true },
    orderBy: [{ isPrimary: "desc" }, { lineNumber: "asc" }],
    take: MAX_FINDINGS,
  });
  return rows.map((row) => ({ line: row.lineNumber ?? 0, primary: row.isPrimary }));
}

/** Context windows around the error lines, merged where they overlap, in file order. */
export function errorRanges(
  lines: Array<{ line: number; primary: boolean }>,
  lineCount: number,
): LineRange[] {
  const raw = lines
    .filter((entry) => entry.line >= 1 && entry.line <= lineCount)
    .map(({ line, primary }) => ({
      from: Math.max(1, line - (primary ? CONTEXT.primaryBefore : CONTEXT.otherBefore)),
      to: Math.min(lineCount, line + (primary ? CONTEXT.primaryAfter : CONTEXT.otherAfter)),
      primary,
    }))
    .sort((a, b) => a.from - b.from);
  const merged: LineRange[] = [];
  for (const range of raw) {
    const last = merged.at(-1);
    if (last && range.from <= last.to + 1) {
      last.to = Math.max(last.to, range.to);
      last.primary ||= range.primary;
    } else merged.push({ ...range });
  }
  return merged;
}

/** The ranges' lines, the primary error's first so the budget never drops it. */
async function errorSections(sha256: string, ranges: LineRange[]): Promise<Buffer[]> {
  const byPriority = [...ranges].sort((a, b) => Number(b.primary) - Number(a.primary));
  const sections = new Map<LineRange, Buffer>();
  let left = EXCERPT_BUDGET.errorBytes;
  for (const range of byPriority) {
    if (left <= 0) break;
    const window = await readLineWindow(sha256, range.from, range.to, MAX_ERROR_LINE_BYTES);
    if (!window || window.lines.length === 0) continue;
    const label = range.primary ? " (the primary error)" : "";
    const marker = `\n===== lines ${window.firstLine}-${window.lastLine}${label} =====\n`;
    const body = Buffer.from(`${marker}${window.lines.join("\n")}\n`).subarray(0, left);
    sections.set(range, body);
    left -= body.length;
  }
  return ranges.flatMap((range) => sections.get(range) ?? []);
}

async function headBytes(info: BlobInfo): Promise<Buffer> {
  const pieces: Buffer[] = [];
  let size = 0;
  for await (const gz of storeFor(info.store).readChunks(info.chunkSetId, 0, info.chunkCount - 1)) {
    const raw = await gunzipAsync(gz);
    pieces.push(raw);
    size += raw.length;
    if (size >= EXCERPT_BUDGET.headBytes) break;
  }
  return cutAtLine(Buffer.concat(pieces).subarray(0, EXCERPT_BUDGET.headBytes), "end");
}

async function tailBytes(info: BlobInfo): Promise<Buffer> {
  const from = Math.max(0, info.size - EXCERPT_BUDGET.tailBytes);
  const first = await db.blobChunk.findFirst({
    where: { chunkSetId: info.chunkSetId, rawOffset: { lte: from } },
    orderBy: { index: "desc" },
    select: { index: true, rawOffset: true },
  });
  const startIndex = first?.index ?? 0;
  const pieces: Buffer[] = [];
  for await (const gz of storeFor(info.store).readChunks(info.chunkSetId, startIndex, info.chunkCount - 1))
    pieces.push(await gunzipAsync(gz));
  const bytes = Buffer.concat(pieces);
  return cutAtLine(bytes.subarray(Math.max(0, bytes.length - EXCERPT_BUDGET.tailBytes)), "start");
}

/** Drops a partial line at one end, unless that would drop more than half. */
function cutAtLine(bytes: Buffer, side: "start" | "end"): Buffer {
  const newline = side === "end" ? bytes.lastIndexOf(10) : bytes.indexOf(10);
  if (newline < 0) return bytes;
  if (side === "end") return newline >= bytes.length / 2 ? bytes.subarray(0, newline + 1) : bytes;
  return newline < bytes.length / 2 ? bytes.subarray(newline + 1) : bytes;
}
