// What a line looks like on screen: the analysis library's `visibleText` (the
// segment after the last bare "\r", as a terminal shows it) so the viewer,
// the analyser and the line index agree on every line, capped in length.
import { visibleText } from "@/lib/analysis/lines";

/** Beyond this a line is cut for display; the raw download keeps it whole. */
export const MAX_DISPLAY_CHARS = 10_000;

export interface DisplayLine {
  text: string;
  /** Characters not shown. */
  cutChars: number;
}

export function displayText(raw: string): DisplayLine {
  const visible = visibleText(raw).replaceAll("\u0000", "");
  if (visible.length <= MAX_DISPLAY_CHARS) return { text: visible, cutChars: 0 };
  return { text: visible.slice(0, MAX_DISPLAY_CHARS), cutChars: visible.length - MAX_DISPLAY_CHARS };
}
