// The viewer caches lines in aligned blocks, so the server's first window and
// every later fetch fill the same slots. Server and client both import this.
import type { ViewerLine } from "./types";

export const BLOCK_LINES = 200;
/** Blocks one request may fetch: 10 x 200 = the lines route's 2000-line cap. */
export const MAX_BLOCKS_PER_REQUEST = 10;

export function blockOf(line: number): number {
  return Math.floor((line - 1) / BLOCK_LINES);
}

/** Lines of a block, 1-based inclusive, clamped to the file. */
export function blockRange(block: number, lineCount: number): { from: number; to: number } {
  return { from: block * BLOCK_LINES + 1, to: Math.min(lineCount, (block + 1) * BLOCK_LINES) };
}

/** The block-aligned window the page renders on the server around `line`: its block and one either side. */
export function initialWindowRange(line: number, lineCount: number): { from: number; to: number } {
  const block = blockOf(Math.max(1, Math.min(line, lineCount)));
  return {
    from: Math.max(0, block - 1) * BLOCK_LINES + 1,
    to: Math.min(lineCount, (block + 2) * BLOCK_LINES),
  };
}

export function linesUrl(fileId: number, member: string | undefined, from: number, to: number): string {
  const params = new URLSearchParams({ from: String(from), to: String(to) });
  if (member !== undefined) params.set("member", member);
  return `/api/v1/files/${fileId}/lines?${params}`;
}

/** Before hydration: the server-rendered lines from a little above the primary error, in normal flow. */
export function staticLines(initialLines: ViewerLine[], initialLine: number | null): number[] {
  const start = Math.max(1, (initialLine ?? 1) - 10);
  return initialLines.filter((line) => line.n >= start).map((line) => line.n);
}
