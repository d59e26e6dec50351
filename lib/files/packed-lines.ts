// An archive member's lines kept packed: the bytes read plus where each line
// starts, decoded only when a window or a scan asks. A string per line cost
// V8 ~48 bytes of header and slot each, so a 32 MiB member of empty lines was
// 33.5 M strings (~1.6 GB counted that way) for one view; packed it is the
// 32 MiB read plus 4 bytes a line. Decoding follows LineSplitter exactly (see
// lib/analysis/lines.ts): a line ends at "\n", a "\r" before it is dropped,
// invalid UTF-8 becomes U+FFFD, a final line without "\n" counts, a BOM is
// dropped only at the very start, and a line keeps at most MAX_LINE_CHARS.
import { setImmediate as nextTurn } from "node:timers/promises";
import { MAX_LINE_CHARS } from "@/lib/analysis/lines";

const NEWLINE = 10;
/** Bytes enough to decode MAX_LINE_CHARS UTF-16 units (at most 3 bytes a unit) whatever a cut leaves. */
const MAX_LINE_BYTES = MAX_LINE_CHARS * 4 + 4;
export const SCAN_BATCH_LINES = 4096;

// A stream decoder drops a BOM only at the stream's start; each later line is decoded on its own.
const firstLineDecoder = new TextDecoder("utf-8", { fatal: false });
const lineDecoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

export class PackedLines {
  /** Line i is bytes [starts[i], starts[i + 1] - 1): the "\n" (or the virtual one past the end) is left out. */
  private constructor(
    private readonly bytes: Buffer,
    private readonly starts: Uint32Array,
  ) {}

  static from(bytes: Buffer): PackedLines {
    // Two passes over the bytes (count, then fill) so the offsets are allocated once, exactly.
    let newlines = 0;
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === NEWLINE) newlines++;
    const tail = bytes.length > 0 && bytes[bytes.length - 1] !== NEWLINE && !onlyBom(bytes);
    const count = newlines + (tail ? 1 : 0);
    const starts = new Uint32Array(count + 1);
    let line = 1;
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === NEWLINE) starts[line++] = i + 1;
    // A final line without "\n" ends at a virtual newline one past the last byte.
    if (tail) starts[count] = bytes.length + 1;
    return new PackedLines(bytes, starts);
  }

  get length(): number {
    return this.starts.length - 1;
  }

  /** What this holds in memory: the bytes and the offsets (decoded lines are not kept). */
  get byteLength(): number {
    return this.bytes.byteLength + this.starts.byteLength;
  }

  /** Line `index` (0-based), decoded. */
  line(index: number): string {
    const start = this.starts[index];
    const end = this.starts[index + 1] - 1;
    if (end === start) return "";
    const decoder = index === 0 ? firstLineDecoder : lineDecoder;
    const text = decoder.decode(this.bytes.subarray(start, Math.min(end, start + MAX_LINE_BYTES)));
    const kept = text.length > MAX_LINE_CHARS ? text.slice(0, MAX_LINE_CHARS) : text;
    return kept.charCodeAt(kept.length - 1) === 13 ? kept.slice(0, -1) : kept;
  }

  /** Lines `from`..`to` (1-based, inclusive, clamped): decodes at most to - from + 1 lines. */
  window(from: number, to: number): string[] {
    const first = Math.max(1, from);
    const last = Math.min(this.length, to);
    const lines: string[] = [];
    for (let n = first; n <= last; n++) lines.push(this.line(n - 1));
    return lines;
  }

  *[Symbol.iterator](): Generator<string> {
    for (let i = 0; i < this.length; i++) yield this.line(i);
  }

  /** Every line in order, SCAN_BATCH_LINES at a time; stops once `signal` aborts. */
  async *scan(signal?: AbortSignal): AsyncGenerator<string[]> {
    for (let from = 1; from <= this.length; from += SCAN_BATCH_LINES) {
      if (signal?.aborted) return;
      yield this.window(from, from + SCAN_BATCH_LINES - 1);
      // A search over millions of lines lets other requests run between batches.
      await nextTurn();
    }
  }
}

function onlyBom(bytes: Buffer): boolean {
  return bytes.length === 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}
