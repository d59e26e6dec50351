// An archive member's lines kept packed: the bytes read plus where each line
// starts, decoded only when a window or a scan asks. A string per line cost
// V8 ~48 bytes of header and slot each, so a 32 MiB member of empty lines was
// 33.5 M strings for one view (1234 MiB peak RSS for three views at once, see
// tests/abuse/member-lines.abuse.test.ts); packed it is the 32 MiB read plus
// the start of every STRIDE-th line (2 MiB there). Decoding follows LineSplitter
// exactly (see lib/analysis/lines.ts): a line ends at "\n", a "\r" before it
// is dropped, invalid UTF-8 becomes U+FFFD, a final line without "\n" counts, a
// BOM is dropped only at the very start, and a line keeps MAX_LINE_CHARS at most.
import { setImmediate as nextTurn } from "node:timers/promises";
import { MAX_LINE_CHARS } from "@/lib/analysis/lines";

const NEWLINE = 10;
/** Bytes enough to decode MAX_LINE_CHARS UTF-16 units (at most 3 bytes a unit) whatever a cut leaves. */
const MAX_LINE_BYTES = MAX_LINE_CHARS * 4 + 4;
export const SCAN_BATCH_LINES = 4096;
/** One line start kept per STRIDE lines: 4 bytes a line would be 128 MiB for 32 MiB of "\n". */
const STRIDE_SHIFT = 6;
export const STRIDE = 1 << STRIDE_SHIFT;

// A stream decoder drops a BOM only at the stream's start; each later line is decoded on its own.
const firstLineDecoder = new TextDecoder("utf-8", { fatal: false });
const lineDecoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

export class PackedLines {
  /** anchors[k] is where line k * STRIDE starts; a line ends at the next "\n" or at the end of the bytes. */
  private constructor(
    private readonly bytes: Buffer,
    private readonly anchors: Uint32Array,
    readonly length: number,
  ) {}

  static from(bytes: Buffer): PackedLines {
    // Two passes over the bytes (count, then fill) so the anchors are allocated once, exactly.
    let newlines = 0;
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === NEWLINE) newlines++;
    const tail = bytes.length > 0 && bytes[bytes.length - 1] !== NEWLINE && !onlyBom(bytes);
    const count = newlines + (tail ? 1 : 0);
    const anchors = new Uint32Array(Math.ceil(count / STRIDE));
    let line = 1;
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] !== NEWLINE) continue;
      if ((line & (STRIDE - 1)) === 0 && line < count) anchors[line >> STRIDE_SHIFT] = i + 1;
      line++;
    }
    return new PackedLines(bytes, anchors, count);
  }

  /** What this holds in memory: the bytes and the anchors (decoded lines are not kept). */
  get byteLength(): number {
    return this.bytes.byteLength + this.anchors.byteLength;
  }

  /** Lines `from`..`to` (1-based, inclusive, clamped): decodes at most to - from + 1 lines. */
  window(from: number, to: number): string[] {
    const first = Math.max(1, from);
    const last = Math.min(this.length, to);
    const lines: string[] = [];
    if (first > last) return lines;
    let start = this.startOf(first - 1);
    for (let index = first - 1; index < last; index++) {
      const end = this.endOf(start);
      lines.push(this.decode(index, start, end));
      start = end + 1;
    }
    return lines;
  }

  /** Every line in order, for the attachment analysis that walks all 33.5 M lines of a worst case once. */
  [Symbol.iterator](): Iterator<string> {
    // A plain iterator reusing its result: a generator's per-line object cost ~25 ns a line there.
    const result: IteratorYieldResult<string> = { done: false, value: "" };
    let start = 0;
    let index = 0;
    return {
      next: () => {
        if (index >= this.length) return { done: true, value: undefined };
        const end = this.endOf(start);
        result.value = this.decode(index++, start, end);
        start = end + 1;
        return result;
      },
    };
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

  private startOf(index: number): number {
    let start = this.anchors[index >> STRIDE_SHIFT];
    for (let skip = index & (STRIDE - 1); skip > 0; skip--) start = this.endOf(start) + 1;
    return start;
  }

  private endOf(start: number): number {
    if (this.bytes[start] === NEWLINE) return start;
    const end = this.bytes.indexOf(NEWLINE, start);
    return end === -1 ? this.bytes.length : end;
  }

  private decode(index: number, start: number, end: number): string {
    if (end === start) return "";
    const decoder = index === 0 ? firstLineDecoder : lineDecoder;
    const text = decoder.decode(this.bytes.subarray(start, Math.min(end, start + MAX_LINE_BYTES)));
    const kept = text.length > MAX_LINE_CHARS ? text.slice(0, MAX_LINE_CHARS) : text;
    return kept.charCodeAt(kept.length - 1) === 13 ? kept.slice(0, -1) : kept;
  }
}

function onlyBom(bytes: Buffer): boolean {
  return bytes.length === 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}
