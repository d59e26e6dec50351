// Copying a selected range as plain text: the lines route gives shiki HTML, and
// the browser's own parser turns it back into text (inert: a parsed document
// from DOMParser runs no scripts and loads nothing).
import type { LineRange, ViewerLine } from "./types";
import { linesUrl } from "./window-blocks";

export const MAX_COPY_LINES = 2000;

export async function copyRange(
  fileId: number,
  member: string | undefined,
  range: LineRange,
): Promise<string> {
  const to = Math.min(range.to, range.from + MAX_COPY_LINES - 1);
  const response = await fetch(linesUrl(fileId, member, range.from, to));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const { lines } = (await response.json()) as { lines: ViewerLine[] };
  const parser = new DOMParser();
  const text = lines
    .map((line) => parser.parseFromString(line.html, "text/html").body.textContent ?? "")
    .join("\n");
  await navigator.clipboard.writeText(`${text}\n`);
  return to < range.to ? `copied the first ${MAX_COPY_LINES} lines` : `copied ${lines.length} lines`;
}
