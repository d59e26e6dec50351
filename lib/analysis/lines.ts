// The one line-numbering rule of Kindling, shared by analysis, the storage line
// index and the log viewer (a mismatch shifts every highlight, cf. Treeherder
// commit f877ee0af):
//
//  * A line ends at byte "\n". A "\r" directly before "\n" belongs to the break.
//  * A bare "\r" (progress bars, wget, ninja status) is NOT a break, so line
//    numbers count "\n" only. Line N is the N-th such line, 1-based.
//  * The text shown and analysed for a line with bare "\r"s is what a terminal
//    shows last: the segment after the last bare "\r" (see `visibleText`).
//  * Bytes are decoded as UTF-8; invalid sequences become U+FFFD.
//  * A final line without "\n" still counts; an empty input has no lines.

/** Longest line text handed to the rules; longer lines are cut but still counted. */
export const MAX_LINE_CHARS = 64 * 1024;

/**
 * Splits a byte stream into decoded lines following the rule above.
 * Memory is bounded by MAX_LINE_CHARS plus one chunk, even for a 1 GB line.
 */
export class LineSplitter {
  private readonly decoder = new TextDecoder("utf-8", { fatal: false });
  private pending = "";
  private pendingTruncated = false;

  push(chunk: Uint8Array): string[] {
    return this.splitDecoded(this.decoder.decode(chunk, { stream: true }));
  }

  end(): string[] {
    const lines = this.splitDecoded(this.decoder.decode());
    if (this.pending.length > 0 || this.pendingTruncated) lines.push(stripCarriageReturn(this.pending));
    this.pending = "";
    this.pendingTruncated = false;
    return lines;
  }

  private splitDecoded(text: string): string[] {
    const lines: string[] = [];
    let start = 0;
    for (let newline = text.indexOf("\n"); newline !== -1; newline = text.indexOf("\n", start)) {
      if (this.pending.length === 0 && !this.pendingTruncated && newline - start <= MAX_LINE_CHARS) {
        // The common case, a whole line inside this piece of text: one slice, no concatenation.
        const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
        lines.push(text.slice(start, end));
        start = newline + 1;
        continue;
      }
      this.appendPending(text, start, newline);
      lines.push(stripCarriageReturn(this.pending));
      this.pending = "";
      this.pendingTruncated = false;
      start = newline + 1;
    }
    this.appendPending(text, start, text.length);
    return lines;
  }

  // Keeps at most MAX_LINE_CHARS of the current line; the rest is dropped, not buffered.
  private appendPending(text: string, from: number, to: number): void {
    if (from >= to) return;
    const room = MAX_LINE_CHARS - this.pending.length;
    if (room <= 0) {
      this.pendingTruncated = true;
      return;
    }
    if (to - from > room) this.pendingTruncated = true;
    this.pending += text.slice(from, Math.min(to, from + room));
  }
}

/**
 * A copy of `text` that does not keep its source alive. V8 makes a slice of a long
 * string a view into it, so one line the analysis keeps (a candidate, a section)
 * pinned the whole decoded piece it was cut from: ~50 MB per 100 MB log, 1024
 * segments x a 32-64 KiB piece (measured with bench:ingest --log-size 100M).
 * Prepending a character and slicing it off again forces a flat copy of the line.
 */
export function detach(text: string): string {
  return ` ${text}`.slice(1);
}

function stripCarriageReturn(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

/** Splits already-decoded text with the same rule as LineSplitter (for tests and small inputs). */
export function splitLogText(text: string): string[] {
  if (text.length === 0) return [];
  const lines = text.split("\n").map(stripCarriageReturn);
  if (text.endsWith("\n")) lines.pop();
  return lines;
}

/**
 * What a terminal shows last for a line with bare "\r": the text after the last
 * "\r". A trailing "\r" (already removed for "\r\n") would leave an empty tail,
 * so the last non-empty segment is used instead.
 */
export function visibleText(line: string): string {
  if (!line.includes("\r")) return line;
  const segments = line.split("\r");
  for (let i = segments.length - 1; i >= 0; i--) {
    if (segments[i].length > 0) return segments[i];
  }
  return "";
}

// Real ESC sequences (CSI and two-byte) and the caret text form "^[[31;01m" that
// appears when a log went through a pager or a markdown mirror (corpus case 4).
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC is exactly what this pattern removes.
const ANSI_ESCAPE = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[@-Z\\-_]|\^\[\[[0-9;]*[A-Za-z]/g;
/**
 * A paste that lost the ESC byte keeps the rest of Portage's colour codes (`[31;01m*[0m ERROR: …`):
 * SGR runs (`[<digits;>m`), read as such only on a line that holds a reset (LOST_ESC_RESET).
 */
export const LOST_ESC_RESET = "[0m";
const LOST_ESC_SGR = /\[\d{1,3}(?:;\d{1,3}){0,4}m/g;
/**
 * The text the rules see: visible segment, no ANSI escapes, no NUL bytes, no
 * trailing blanks, capped. Other C0 controls (tab, backspace, bell) are left in:
 * they are rare and harmless to the rules, and checking every line for them with
 * a regex would cost more than the rest of the scan.
 */
export function cleanLine(raw: string): string {
  return cleanText(raw, false);
}

/**
 * cleanLine, or with `plain` for a line known to be at most MAX_LINE_CHARS characters and to hold no
 * "\r", ESC, "^[" nor NUL (StreamingLog's byte gate saw its bytes): then only the lost-ESC colour
 * codes and the trailing blanks are left to take off. A flag, not a function of its own: the
 * analyzer's one call site keeps the type feedback of lines cleaned the whole way, so a process that
 * read whole texts first (analyzeLogText) does not throw away its compiled pushCore at the first
 * plain line (~65 ms of the optimising compiler in bench:analysis' streaming row; docs/benchmarks.md,
 * "Analysis throughput, session 11").
 */
export function cleanText(raw: string, plain: boolean): string {
  let text = raw;
  if (!plain) {
    if (text.length > MAX_LINE_CHARS) text = text.slice(0, MAX_LINE_CHARS);
    text = visibleText(text);
    if (text.includes("\u001b") || text.includes("^[")) text = text.replace(ANSI_ESCAPE, "");
  }
  if (text.includes(LOST_ESC_RESET)) text = text.replace(LOST_ESC_SGR, "");
  if (!plain && text.includes("\u0000")) text = text.replaceAll("\u0000", "");
  const last = text.charCodeAt(text.length - 1);
  return last === 32 || last === 9 ? text.trimEnd() : text;
}
