// The tail of the dying phase (issue 10, round 50): the last lines before Portage's die banner, kept for a log too
// long to be held whole.
//
// An excerpt (a log of fewer than WHOLE_LOG_LINES non-empty lines, line-prefix.ts) is read whole: the last resort
// (last-resort.ts), round 26's complaint above a restating die (restated-die.ts) and the decorated-excerpt readings
// find the line a person would quote where no rule knows the tool's words. A tinderbox's whole build.log gets none
// of them, and its primary is the die's own `emake failed`. Here the lines right above the banner are read as that
// excerpt would be (analyzer.ts readDyingTail), and their answer is taken when it names one of them.
//
// Memory stays flat in log size: at most TAIL_LINES lines of at most TAIL_CHARS characters in all, taken once per
// log, when the first banner arrives. Where they come from depends on the feeder: a line pushed to the analyzer is
// kept in a ring of strings (every line, for analyzeLogText and LineSplitter + pushLine); StreamingLog, whose
// quiet-line skip never decodes most lines, keeps the log's last TAIL_WINDOW_BYTES in a byte ring and decodes the
// lines before the banner from it (tailLinesFromBytes), only then. Both give the same lines: the walk back from the
// banner (takeTail) stops at TAIL_LINES lines or TAIL_CHARS characters, which the byte window always holds whole.
// Pure: no I/O.

/** Lines of the dying phase read above the banner: a screen or two, the step's last words and what led to them. */
export const TAIL_LINES = 100;
/** Characters (UTF-16 units, as decoded) of those lines in all: the walk back stops before a line that passes it. */
export const TAIL_CHARS = 8 * 1024;
/**
 * Bytes of the log StreamingLog keeps behind its current line. Any run of lines of at most TAIL_CHARS characters
 * and TAIL_LINES line breaks (each "\r\n" at most) fits: a character is at most 4 bytes and every byte decodes to at
 * least a part of one, so a line the window cuts is one the character budget stops at anyway.
 */
export const TAIL_WINDOW_BYTES = 4 * TAIL_CHARS + 2 * TAIL_LINES + 1024;

/** The lines kept above the banner: `lines[i]` is the log's line `first + i`. */
export interface DyingTail {
  first: number;
  lines: readonly string[];
  /** The phase section open when the banner came, or null. */
  phase: string | null;
}

/**
 * The lines before line `before` a walk back keeps: at most TAIL_LINES, at most TAIL_CHARS characters in all, none
 * at or above line `cut` (the dying phase's own banner). `lines` end right above `before`, oldest first.
 */
export function takeTail(
  lines: readonly string[],
  before: number,
  cut: number,
): { first: number; lines: string[] } {
  let chars = 0;
  let at = lines.length;
  while (at > 0 && lines.length - at < TAIL_LINES && before - (lines.length - at) - 1 > cut) {
    const size = lines[at - 1].length;
    if (chars + size > TAIL_CHARS) break;
    chars += size;
    at--;
  }
  const kept = lines.slice(at);
  return { first: before - kept.length, lines: kept };
}

const RING_SLOTS = TAIL_LINES + 1;

/**
 * The analyzer's ring of the last lines pushed to it (raw, as pushed), with their numbers. Lines a feeder counted
 * without pushing (StreamingLog's quiet lines) leave a gap: then the ring cannot give the tail (linesBefore).
 */
export class LineRing {
  /** The lines above the banner, and the banner itself (pushed when the structure reads it). */
  private readonly texts: string[] = new Array(RING_SLOTS).fill("");
  private readonly numbers: number[] = new Array(RING_SLOTS).fill(0);

  see(raw: string, line: number): void {
    const slot = line % RING_SLOTS;
    this.texts[slot] = raw;
    this.numbers[slot] = line;
  }

  /** Round 51c: line `line`'s text when the ring still holds it (it was pushed and not yet overwritten), else null. */
  lineAt(line: number): string | null {
    const slot = line % RING_SLOTS;
    return this.numbers[slot] === line ? this.texts[slot] : null;
  }

  /** The TAIL_LINES lines right above `line` (fewer at the log's start), oldest first; null when one is missing. */
  linesBefore(line: number): string[] | null {
    const from = Math.max(1, line - TAIL_LINES);
    const lines: string[] = [];
    for (let n = from; n < line; n++) {
      const slot = n % RING_SLOTS;
      if (this.numbers[slot] !== n) return null;
      lines.push(this.texts[slot]);
    }
    return lines;
  }
}

/**
 * The whole lines in `bytes` (a log's bytes ending right before a line's start), decoded as StreamingLog decodes
 * a line: "\r" off the end. The first is dropped unless `fromStart` (the bytes begin at the log's start, where a
 * BOM is taken off): the window may have cut it.
 */
export function tailLinesFromBytes(bytes: Buffer, fromStart: boolean): string[] {
  let at = 0;
  if (fromStart) {
    if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) at = 3;
  } else {
    const lf = bytes.indexOf(0x0a);
    if (lf === -1) return [];
    at = lf + 1;
  }
  const lines: string[] = [];
  while (at < bytes.length) {
    let lf = bytes.indexOf(0x0a, at);
    if (lf === -1) lf = bytes.length;
    const end = lf > at && bytes[lf - 1] === 0x0d ? lf - 1 : lf;
    lines.push(bytes.toString("utf8", at, end));
    at = lf + 1;
  }
  return lines;
}

/**
 * The last TAIL_WINDOW_BYTES bytes of a stream (StreamingLog): each chunk is copied in as it is pushed (at most
 * TAIL_WINDOW_BYTES of it, in at most two copies), nothing per line.
 */
export class ByteRing {
  private readonly ring = Buffer.alloc(TAIL_WINDOW_BYTES);
  /** Bytes written in all (the stream's offset of the ring's end). */
  written = 0;

  push(chunk: Uint8Array): void {
    const size = this.ring.length;
    const take = Math.min(chunk.length, size);
    const from = chunk.length - take;
    const at = (this.written + from) % size;
    const first = Math.min(take, size - at);
    this.ring.set(chunk.subarray(from, from + first), at);
    if (first < take) this.ring.set(chunk.subarray(from + first, from + take), 0);
    this.written += chunk.length;
  }

  /**
   * The stream's bytes [offset - TAIL_WINDOW_BYTES, offset) as far as they were written and are still held, then
   * `current`'s first `upTo` bytes (the chunk being read, which begins at the ring's end); `offset` is the stream
   * offset right after them.
   */
  before(offset: number, current: Uint8Array | null, upTo: number): { bytes: Buffer; fromStart: boolean } {
    const size = this.ring.length;
    const end = Math.min(offset, this.written);
    const from = Math.max(0, offset - size, this.written - size);
    const parts: Buffer[] = [];
    for (let at = from; at < end; ) {
      const slot = at % size;
      const run = Math.min(end - at, size - slot);
      parts.push(this.ring.subarray(slot, slot + run));
      at += run;
    }
    if (current && upTo > 0) parts.push(Buffer.from(current.buffer, current.byteOffset, upTo));
    let bytes = Buffer.concat(parts);
    if (bytes.length > size) bytes = bytes.subarray(bytes.length - size);
    return { bytes, fromStart: offset - bytes.length === 0 };
  }
}
