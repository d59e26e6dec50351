// The permalink format: "#L120" or "#L120-L140" (GitHub's, also asked for in
// screwdriver#2816). Parsed and written in one place so both sides agree.
import type { LineRange } from "./types";

const HASH = /^#L(\d{1,10})(?:-L?(\d{1,10}))?$/;

/** The range a hash names, clamped to the file; null when it names none. */
export function parseLineHash(hash: string, lineCount: number): LineRange | null {
  const match = HASH.exec(hash);
  if (!match || lineCount < 1) return null;
  const a = clamp(Number(match[1]), lineCount);
  const b = match[2] === undefined ? a : clamp(Number(match[2]), lineCount);
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

export function lineHash(range: LineRange): string {
  return range.from === range.to ? `#L${range.from}` : `#L${range.from}-L${range.to}`;
}

function clamp(line: number, lineCount: number): number {
  return Math.max(1, Math.min(lineCount, line));
}
