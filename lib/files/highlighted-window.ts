// A window of lines as the viewer receives it: numbered, shiki HTML per line.
// Colouring is bounded per window (output bytes and time: past either, the rest
// of the window is plain escaped text and `plainFromLine` says where) and per
// process (readLimit("highlight"): a few windows at once, then WorkBusy).
import { env } from "@/lib/env";
import { highlightWithin } from "@/lib/highlight/highlighter";
import type { LogLanguage } from "@/lib/highlight/language";
import type { LineSource } from "./line-source";
import { readLimit } from "./read-limits";

/** The most lines one request may ask for. */
export const MAX_WINDOW = 2000;

export interface HighlightedLine {
  n: number;
  html: string;
}

export interface HighlightedWindow {
  firstLine: number;
  lastLine: number;
  totalLines: number;
  lines: HighlightedLine[];
  /** The first line sent uncoloured because the window's colouring budget ran out. */
  plainFromLine?: number;
  /** Why part of the window (or of the file) is shown differently. */
  notice?: string;
}

/** Throws WorkBusy when too many windows are being highlighted; `signal` leaves the queue. */
export async function highlightedWindow(
  source: LineSource,
  from: number,
  to: number,
  language: LogLanguage,
  signal?: AbortSignal,
): Promise<HighlightedWindow> {
  const last = Math.min(to, from + MAX_WINDOW - 1);
  const budget = {
    maxBytes: env().KINDLING_HIGHLIGHT_WINDOW_BYTES,
    maxMs: env().KINDLING_HIGHLIGHT_WINDOW_MS,
  };
  // The slot covers reading the lines too: a queued request holds no window in memory.
  const { raw, highlighted } = await readLimit("highlight").run(async () => {
    const raw = await source.window(from, last, signal);
    return { raw, highlighted: await highlightWithin(raw.lines, language, budget) };
  }, signal);
  const window: HighlightedWindow = {
    firstLine: raw.firstLine,
    lastLine: raw.lastLine,
    totalLines: raw.totalLines,
    lines: highlighted.html.map((lineHtml, i) => ({ n: raw.firstLine + i, html: lineHtml })),
  };
  const notes = source.capNote ? [source.capNote] : [];
  if (highlighted.plainFrom !== null) {
    window.plainFromLine = raw.firstLine + highlighted.plainFrom;
    notes.push(
      `colouring stopped at line ${window.plainFromLine} (over ${budget.maxBytes} bytes of HTML or ${budget.maxMs} ms); the rest of this window is plain text`,
    );
  }
  if (notes.length > 0) window.notice = notes.join("; ");
  return window;
}
