// Picks lines fromLine..toLine out of decompressed bytes that start at the
// beginning of line `startLine`. Pure, so the window logic is tested without a database.
import { stripLineEnd } from "./line-count";

const LF = 0x0a;
// ignoreBOM keeps a leading U+FEFF visible: the viewer shows bytes as stored.
const utf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

export class LineCollector {
  readonly lines: string[] = [];
  /** True when some line was longer than maxLineBytes and was cut. */
  truncated = false;
  private line: number;
  private parts: Uint8Array[] = [];
  private partBytes = 0;

  constructor(
    startLine: number,
    private readonly fromLine: number,
    private readonly toLine: number,
    private readonly maxLineBytes: number,
  ) {
    this.line = startLine;
  }

  get done(): boolean {
    return this.line > this.toLine;
  }

  /** Feeds the next bytes; returns true once every wanted line is complete. */
  push(bytes: Uint8Array): boolean {
    let start = 0;
    while (start < bytes.length && !this.done) {
      const lf = bytes.indexOf(LF, start);
      const end = lf === -1 ? bytes.length : lf;
      if (this.line >= this.fromLine) this.append(bytes.subarray(start, end));
      if (lf === -1) break;
      this.closeLine(true);
      start = lf + 1;
    }
    return this.done;
  }

  /** Ends the input: a last line without "\n" still counts. */
  finish(): string[] {
    if (!this.done && this.line >= this.fromLine && this.partBytes > 0) this.closeLine(false);
    return this.lines;
  }

  private append(segment: Uint8Array): void {
    const room = this.maxLineBytes - this.partBytes;
    if (segment.length > room) this.truncated = true;
    const kept = segment.length > room ? segment.subarray(0, Math.max(room, 0)) : segment;
    if (kept.length === 0) return;
    // Copy: the caller's buffer may be reused once push returns.
    this.parts.push(Uint8Array.from(kept));
    this.partBytes += kept.length;
  }

  private closeLine(endedByLf: boolean): void {
    if (this.line >= this.fromLine) {
      const bytes = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts);
      this.lines.push(utf8.decode(stripLineEnd(bytes, endedByLf)));
    }
    this.parts = [];
    this.partBytes = 0;
    this.line++;
  }
}
