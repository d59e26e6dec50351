// A window of lines as the viewer receives it: numbered, shiki HTML per line.
import { highlightLines } from "@/lib/highlight/highlighter";
import type { LogLanguage } from "@/lib/highlight/language";
import type { LineSource } from "./line-source";

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
}

export async function highlightedWindow(
  source: LineSource,
  from: number,
  to: number,
  language: LogLanguage,
): Promise<HighlightedWindow> {
  const last = Math.min(to, from + MAX_WINDOW - 1);
  const raw = await source.window(from, last);
  const html = await highlightLines(raw.lines, language);
  return {
    firstLine: raw.firstLine,
    lastLine: raw.lastLine,
    totalLines: raw.totalLines,
    lines: html.map((lineHtml, i) => ({ n: raw.firstLine + i, html: lineHtml })),
  };
}
