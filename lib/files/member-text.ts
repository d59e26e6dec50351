// An archive member's lines, read by streaming the member out of the stored
// archive (readArchiveMember never touches a filesystem). Members have no line
// index, so a member is read once, up to MEMBER_READ_CAP bytes, and its lines
// kept in a small per-process cache: scrolling and searching it then cost
// nothing. Bigger members are cut at the cap, and the page says so.
import { analyzeAttachment, attachmentRoleFor, LineSplitter } from "@/lib/analysis";
import { readArchiveMember } from "@/lib/ingest/archive";

export const MEMBER_READ_CAP = 32 * 1024 * 1024;
const CACHE_MAX_BYTES = 128 * 1024 * 1024;

export interface MemberText {
  lines: string[];
  bytesRead: number;
  /** True when the member is longer than MEMBER_READ_CAP and only its start was read. */
  capped: boolean;
  errorLines: Array<{ line: number; text: string }>;
  primaryLine: number | null;
}

interface CacheEntry {
  text: Promise<MemberText | null>;
  bytes: number;
}

const cache = new Map<string, CacheEntry>();

/** Null when the archive has no regular-file member of exactly this path. */
export function memberText(sha256: string, path: string): Promise<MemberText | null> {
  const key = `${sha256}\u0000${path}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit); // most recently used last
    return hit.text;
  }
  const entry: CacheEntry = { text: readMember(sha256, path), bytes: 0 };
  cache.set(key, entry);
  entry.text.then(
    (text) => {
      entry.bytes = text?.bytesRead ?? 0;
      evict();
    },
    () => cache.delete(key),
  );
  return entry.text;
}

function evict(): void {
  let total = 0;
  for (const entry of cache.values()) total += entry.bytes;
  for (const [key, entry] of cache) {
    if (total <= CACHE_MAX_BYTES) break;
    total -= entry.bytes;
    cache.delete(key);
  }
}

async function readMember(sha256: string, path: string): Promise<MemberText | null> {
  const stream = await readArchiveMember(sha256, path);
  if (!stream) return null;
  const splitter = new LineSplitter();
  const lines: string[] = [];
  let bytesRead = 0;
  let capped = false;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const room = MEMBER_READ_CAP - bytesRead;
      const piece = chunk.length > room ? chunk.subarray(0, room) : chunk;
      bytesRead += piece.length;
      for (const line of splitter.push(piece)) lines.push(line);
      if (piece.length < chunk.length) {
        capped = true;
        break;
      }
    }
  } finally {
    stream.destroy();
  }
  for (const line of splitter.end()) lines.push(line);
  return { lines, bytesRead, capped, ...memberFindings(path, lines) };
}

/** The same attachment analysis ingest runs on config.log, test-suite.log, meson-log.txt, … */
function memberFindings(path: string, lines: string[]) {
  const analysis = analyzeAttachment(attachmentRoleFor(path), lines, { mainLogConfigureFailed: true });
  const errorLines = [
    ...analysis.errorLines.map(({ line, text }) => ({ line, text })),
    ...analysis.failedTests.map(({ line, name }) => ({ line, text: `FAIL: ${name}` })),
  ].sort((a, b) => a.line - b.line);
  return { errorLines, primaryLine: analysis.primary?.line ?? errorLines[0]?.line ?? null };
}
