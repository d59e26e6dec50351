// An archive member's lines, read by streaming the member out of the stored
// archive (readArchiveMember never touches a filesystem). Members have no line
// index, so a member is read once, up to MEMBER_READ_CAP bytes, and its lines
// kept packed (the bytes plus line offsets, see packed-lines.ts) in a per-process
// cache bounded by entries and memory: scrolling and searching it then cost no
// read, and millions of empty lines cost bytes, not strings. A read is bounded
// three ways: at most KINDLING_MEMBER_SCAN_BYTES decompressed (a nested xz can
// stand for gigabytes), a few reads at once (readLimit), and stopped when every
// asker has gone away.
import { setImmediate as nextTurn } from "node:timers/promises";
import { attachmentRoleFor } from "@/lib/analysis";
import { createAttachmentReader } from "@/lib/analysis/attachments";
import { BoundedCache, estimateJsonBytes } from "@/lib/bounded-cache";
import { env } from "@/lib/env";
import { readArchiveMember } from "@/lib/ingest/archive";
import { ScanCapReached } from "@/lib/ingest/scan-cap";
import { PackedLines } from "./packed-lines";
import { readLimit } from "./read-limits";

export const MEMBER_READ_CAP = 32 * 1024 * 1024;
const CACHE_MAX_ENTRIES = 256;
/** Lines analysed between turns of the event loop: 33.5 M lines at once held health answers for seconds. */
const FINDINGS_BATCH_LINES = 256 * 1024;

export interface MemberText {
  lines: PackedLines;
  bytesRead: number;
  /** True when the read stopped at a cap (`capNote` says which) and only the member's start is kept. */
  capped: boolean;
  capNote?: string;
  /** True when the archive's decompression cap was reached before the member was found. */
  outOfReach?: boolean;
  errorLines: Array<{ line: number; text: string }>;
  primaryLine: number | null;
}

interface Pending {
  text: Promise<MemberText | null>;
  waiters: number;
  controller: AbortController;
}

const holder = globalThis as typeof globalThis & { kindlingMemberCache?: BoundedCache<MemberText | null> };
function cache(): BoundedCache<MemberText | null> {
  holder.kindlingMemberCache ??= new BoundedCache(
    { maxEntries: CACHE_MAX_ENTRIES, maxBytes: env().KINDLING_FILE_CACHE_BYTES },
    "archive-member lines",
  );
  return holder.kindlingMemberCache;
}
const pending = new Map<string, Pending>();

/** Null when the archive has no regular-file member of exactly this path. Throws WorkBusy when saturated. */
export async function memberText(
  sha256: string,
  path: string,
  signal?: AbortSignal,
): Promise<MemberText | null> {
  const key = `${sha256}\u0000${path}`;
  const hit = cache().get(key);
  if (hit !== undefined) return hit;
  const running = pending.get(key);
  const job = running && !running.controller.signal.aborted ? running : startRead(key, sha256, path);
  job.waiters += 1;
  const leave = () => {
    // The read stops (its xz killed) once no one is waiting for it.
    if (--job.waiters === 0) job.controller.abort(signal?.reason);
  };
  signal?.addEventListener("abort", leave, { once: true });
  try {
    return await job.text;
  } finally {
    if (!signal?.aborted) {
      signal?.removeEventListener("abort", leave);
      job.waiters -= 1;
    }
  }
}

function startRead(key: string, sha256: string, path: string): Pending {
  const controller = new AbortController();
  readLimit("decompress").admit();
  const text = readLimit("decompress").run(
    () => readMember(sha256, path, controller.signal),
    controller.signal,
  );
  const job: Pending = { text, waiters: 0, controller };
  pending.set(key, job);
  text.then(
    (value) => {
      // A cached miss costs the cache's fixed overhead; an aborted read is not an answer.
      if (!controller.signal.aborted) cache().set(key, value, value ? memberBytes(value) : 0);
    },
    () => {},
  );
  text.finally(() => pending.delete(key)).catch(() => {});
  return job;
}

async function readMember(sha256: string, path: string, signal: AbortSignal): Promise<MemberText | null> {
  const maxScanBytes = env().KINDLING_MEMBER_SCAN_BYTES;
  let stream: Awaited<ReturnType<typeof readArchiveMember>>;
  try {
    stream = await readArchiveMember(sha256, path, { maxScanBytes, signal });
  } catch (err) {
    if (!(err instanceof ScanCapReached)) throw err;
    return { ...emptyText(), capped: true, outOfReach: true, capNote: scanNote(maxScanBytes) };
  }
  if (signal.aborted) throw signal.reason;
  if (!stream) return null;
  const pieces: Buffer[] = [];
  let bytesRead = 0;
  let capNote: string | undefined;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const room = MEMBER_READ_CAP - bytesRead;
      const piece = chunk.length > room ? chunk.subarray(0, room) : chunk;
      bytesRead += piece.length;
      pieces.push(piece);
      if (piece.length < chunk.length) {
        capNote = `only the first ${MEMBER_READ_CAP} bytes of this member are read`;
        break;
      }
    }
  } catch (err) {
    if (!(err instanceof ScanCapReached) && !(errCause(err) instanceof ScanCapReached)) throw err;
    capNote = scanNote(maxScanBytes);
  } finally {
    stream.destroy();
  }
  if (signal.aborted) throw signal.reason;
  const lines = PackedLines.from(Buffer.concat(pieces, bytesRead));
  const findings = await memberFindings(path, lines, signal);
  return { lines, bytesRead, capped: capNote !== undefined, capNote, ...findings };
}

function scanNote(maxScanBytes: number): string {
  return `the archive was decompressed up to the ${maxScanBytes}-byte cap per view; download it to read the rest`;
}

function errCause(err: unknown): unknown {
  return (err as { cause?: unknown }).cause;
}

function emptyText(): MemberText {
  return {
    lines: PackedLines.from(Buffer.alloc(0)),
    bytesRead: 0,
    capped: false,
    errorLines: [],
    primaryLine: null,
  };
}

/** The same attachment analysis ingest runs on config.log, test-suite.log, meson-log.txt, … */
async function memberFindings(path: string, lines: PackedLines, signal: AbortSignal) {
  const reader = createAttachmentReader(attachmentRoleFor(path));
  let pushed = 0;
  for (const line of lines) {
    reader.push(line);
    if (++pushed % FINDINGS_BATCH_LINES === 0) {
      await nextTurn();
      if (signal.aborted) throw signal.reason;
    }
  }
  const analysis = reader.finish({ mainLogConfigureFailed: true });
  const errorLines = [
    ...analysis.errorLines.map(({ line, text }) => ({ line, text })),
    ...analysis.failedTests.map(({ line, name }) => ({ line, text: `FAIL: ${name}` })),
  ].sort((a, b) => a.line - b.line);
  return { errorLines, primaryLine: analysis.primary?.line ?? errorLines[0]?.line ?? null };
}

/** What a cached member holds: its packed lines (exact) and its findings (estimated). */
function memberBytes(text: MemberText): number {
  return text.lines.byteLength + estimateJsonBytes(text.errorLines);
}
