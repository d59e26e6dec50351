// Grep over a stream of decompressed pieces (blob chunks, archive member
// reads), cut anywhere: a line may straddle pieces or be longer than many of
// them. Only the bytes are searched; lines are counted and decoded only around
// a hit (2 lines of context each side). Pure: no I/O.
import { displayLine, MAX_HIT_LINE_BYTES } from "./line-text";
import type { LineMatcher } from "./matcher";

export interface LineHit {
  /** 1-based, counted as the line index counts: one line per "\n", plus a last unterminated one. */
  line: number;
  text: string;
  before: string[];
  after: string[];
}

export interface LineGrepOptions {
  context: number;
  /** An unfinished line is kept whole up to this; past it only its head and the matcher's overlap are. */
  longLineBytes: number;
}

const DEFAULTS: LineGrepOptions = { context: 2, longLineBytes: 1024 * 1024 };
const NL = 0x0a;
/** Enough of a long line's start to show it: the display cap and a character's worth. */
const HEAD_BYTES = MAX_HIT_LINE_BYTES + 4;

interface LongLine {
  head: Buffer;
  bytes: number;
  tail: Buffer;
  matched: boolean;
}

export class LineGrep {
  /** Finished hits in line order; the caller takes them (splice) as it likes. */
  readonly hits: LineHit[] = [];
  private readonly options: LineGrepOptions;
  /** The unfinished last line, as the pieces that hold it (joined once its end arrives). */
  private carry: Buffer[] = [];
  private carryBytes = 0;
  private long: LongLine | null = null;
  /** Number of the line that starts at the next unscanned byte. */
  private nextLine = 1;
  /** The last `context` complete lines, as displayed. */
  private recent: string[] = [];
  /** Hits still collecting lines after them. */
  private waiting: LineHit[] = [];

  constructor(
    private readonly matcher: LineMatcher,
    options: Partial<LineGrepOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** Lines seen so far (complete ones). */
  get linesDone(): number {
    return this.nextLine - 1;
  }

  push(piece: Buffer): void {
    let chunk: Buffer | null = piece;
    if (this.long) chunk = this.feedLong(piece);
    if (!chunk || chunk.length === 0) return;
    const last = chunk.lastIndexOf(NL);
    if (last < 0) {
      this.keepUnfinished(chunk);
      return;
    }
    const buf = this.carryBytes > 0 ? Buffer.concat([...this.carry, chunk]) : chunk;
    const end = buf.length - (chunk.length - last - 1);
    this.carry = [];
    this.carryBytes = 0;
    this.scanRegion(buf, end);
    if (end < buf.length) this.keepUnfinished(buf.subarray(end));
  }

  /** The input ended: an unterminated last line counts as a line. */
  end(): void {
    if (this.long) this.finishLong();
    else if (this.carryBytes > 0) {
      const last = Buffer.concat([...this.carry, Buffer.from([NL])]);
      this.carry = [];
      this.carryBytes = 0;
      this.scanRegion(last, last.length);
    }
    this.hits.push(...this.waiting);
    this.waiting = [];
  }

  /** buf[0, end) holds complete lines, the first numbered nextLine. */
  private scanRegion(buf: Buffer, end: number): void {
    this.feedWaiting(buf, end);
    const { context } = this.options;
    let pos = 0;
    let line = this.nextLine;
    for (let at = this.matcher.firstMatch(buf, 0, end); at >= 0 && at < end; ) {
      const lineStart = at === 0 ? 0 : buf.lastIndexOf(NL, at - 1) + 1;
      line += countNewlines(buf, pos, lineStart);
      pos = lineStart;
      const lineEnd = buf.indexOf(NL, at);
      const hit: LineHit = {
        line,
        text: displayLine(buf, lineStart, lineEnd),
        before: this.linesBefore(buf, lineStart),
        after: linesAfter(buf, lineEnd + 1, end, context),
      };
      if (hit.after.length < context) this.waiting.push(hit);
      else this.hits.push(hit);
      at = lineEnd + 1 < end ? this.matcher.firstMatch(buf, lineEnd + 1, end) : -1;
    }
    this.nextLine = line + countNewlines(buf, pos, end);
    this.recent = [...this.recent, ...linesBefore(buf, end, context)].slice(-context);
  }

  /** Up to `context` lines before the line at lineStart, reaching back into earlier pieces. */
  private linesBefore(buf: Buffer, lineStart: number): string[] {
    const inRegion = linesBefore(buf, lineStart, this.options.context);
    const missing = this.options.context - inRegion.length;
    return missing > 0
      ? [...this.recent.slice(-missing), ...inRegion].slice(-this.options.context)
      : inRegion;
  }

  /** Gives waiting hits the first lines of a new region. */
  private feedWaiting(buf: Buffer, end: number): void {
    if (this.waiting.length === 0) return;
    const first = linesAfter(buf, 0, end, this.options.context);
    this.feedWaitingLines(first);
  }

  private feedWaitingLines(lines: string[]): void {
    const still: LineHit[] = [];
    for (const hit of this.waiting) {
      hit.after.push(...lines.slice(0, this.options.context - hit.after.length));
      if (hit.after.length < this.options.context) still.push(hit);
      else this.hits.push(hit);
    }
    this.waiting = still;
  }

  private keepUnfinished(piece: Buffer): void {
    if (this.carryBytes + piece.length <= this.options.longLineBytes) {
      // A copy: the piece it views may be large and is otherwise free to go.
      this.carry.push(Buffer.from(piece));
      this.carryBytes += piece.length;
      return;
    }
    const rest = Buffer.concat([...this.carry, piece]);
    this.carry = [];
    this.carryBytes = 0;
    this.long = {
      head: Buffer.from(rest.subarray(0, HEAD_BYTES)),
      bytes: rest.length,
      tail: Buffer.from(rest.subarray(rest.length - this.matcher.overlap)),
      matched: this.matcher.firstMatch(rest, 0, rest.length) >= 0,
    };
  }

  /** Feeds a long line's continuation; returns what follows the line's end, or null while it goes on. */
  private feedLong(piece: Buffer): Buffer | null {
    const long = this.long as LongLine;
    const nl = piece.indexOf(NL);
    const part = nl < 0 ? piece : piece.subarray(0, nl);
    const probe = Buffer.concat([long.tail, part]);
    if (!long.matched) long.matched = this.matcher.firstMatch(probe, 0, probe.length) >= 0;
    if (long.head.length < HEAD_BYTES)
      long.head = Buffer.concat([long.head, part.subarray(0, HEAD_BYTES - long.head.length)]);
    long.bytes += part.length;
    long.tail = Buffer.from(probe.subarray(Math.max(0, probe.length - this.matcher.overlap)));
    if (nl < 0) return null;
    this.finishLong();
    return piece.subarray(nl + 1);
  }

  private finishLong(): void {
    const long = this.long as LongLine;
    this.long = null;
    const text = displayLine(long.head, 0, long.head.length, long.bytes);
    if (long.matched) {
      const hit: LineHit = { line: this.nextLine, text, before: [...this.recent], after: [] };
      this.feedWaitingLines([text]);
      this.waiting.push(hit);
    } else this.feedWaitingLines([text]);
    this.recent = [...this.recent, text].slice(-this.options.context);
    this.nextLine += 1;
  }
}

export function countNewlines(buf: Buffer, from: number, to: number): number {
  let count = 0;
  for (let at = buf.indexOf(NL, from); at >= 0 && at < to; at = buf.indexOf(NL, at + 1)) count++;
  return count;
}

/** Up to `count` lines ending just before `lineStart` (a line start in buf), oldest first. */
function linesBefore(buf: Buffer, lineStart: number, count: number): string[] {
  const lines: string[] = [];
  let end = lineStart - 1; // the "\n" ending the previous line
  while (lines.length < count && end >= 0) {
    const start = end === 0 ? 0 : buf.lastIndexOf(NL, end - 1) + 1;
    lines.unshift(displayLine(buf, start, end));
    end = start - 1;
  }
  return lines;
}

/** Up to `count` complete lines starting at `from`, within buf[0, end). */
function linesAfter(buf: Buffer, from: number, end: number, count: number): string[] {
  const lines: string[] = [];
  let start = from;
  while (lines.length < count && start < end) {
    const stop = buf.indexOf(NL, start);
    if (stop < 0 || stop >= end) break;
    lines.push(displayLine(buf, start, stop));
    start = stop + 1;
  }
  return lines;
}
