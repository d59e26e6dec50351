// A build log's bytes fed to the analyzer as they arrive, split by the shared
// line rule (lines.ts). Used in the upload's analysis thread and inline.
//
// Most lines of a build log can change nothing (the analyzer's line gate), and
// the gate needs no text: its needles are looked for in the line's UTF-8 bytes
// (LogAnalyzer.mayMatterBytes), and only lines that pass are decoded into strings. Decoding
// and splitting every line was most of the analysis' cost. The result is the
// same as LineSplitter + pushLine on every line; streaming-log.test.ts checks
// that on the corpus and on random bytes cut at random places.
//
// Another reader of the same lines (the diagnostics extractor, LineFollower)
// can ride along: its needles join the gate's in one quiet-line skip, and it
// gets the lines that hold one of them (decoded once for both), so the log's
// bytes are read once for both.

import type { GateResult } from "./analyzer";
import * as analyzerModule from "./analyzer";
import { ByteRing, tailLinesFromBytes } from "./dying-tail";
import * as linesModule from "./lines";
import type { NeedleScanner } from "./needle-scan";
import * as needleScanModule from "./needle-scan";
import type { LogAnalysis } from "./types";

const LF = 0x0a;
const CR = 0x0d;
const LF_ALONE = Buffer.of(LF);
// Module-level bindings of what is used per line: an import compiled to CommonJS
// (tsx, and Next's bundle alike) is read through a getter at every use: 5-8 % of
// the mixed bench block's time here (docs/benchmarks.md).
const {
  CONTROL_GATE_BIT,
  createLogAnalyzer,
  FULL_GATE_BITS,
  GATE_FULL,
  GATE_SKIP,
  GATE_TAGS,
  gateOfBits,
  gateOfBytes,
  WEAK_PHASE_GATE_BIT,
} = analyzerModule;
const GATE = analyzerModule.LINE_GATE_BYTES;
const MAX_LINE_CHARS = linesModule.MAX_LINE_CHARS;
/**
 * Buffer#indexOf and Buffer#toString as constants, called through `call`: in compiled code `bytes.indexOf` and
 * `bytes.toString` were calls to V8's generic property-load stub (needle-scan.ts, indexOfBytes).
 */
const indexOfBytes = needleScanModule.indexOfBytes;
const decodeBytes = Buffer.prototype.toString;
/**
 * Bytes kept of a line longer than that: enough to decode MAX_LINE_CHARS
 * characters (at most 4 bytes each) and one more, so the cut is where
 * LineSplitter's would be. The rest of such a line is counted, never held.
 */
const KEEP_BYTES = 4 * (MAX_LINE_CHARS + 2);

/**
 * A second reader of the log's lines with a byte gate of its own: a line
 * holding none of `needles` changes nothing for it while plainByteGate() is
 * true. Lines reach it in order, each once: through line() (it gates them
 * itself), passedLine() (it holds a needle) or skipLines().
 */
export interface LineFollower {
  /** The gate's needles (as text; they are looked for in the line's UTF-8 bytes). */
  readonly needles: readonly string[];
  plainByteGate(): boolean;
  /** bytes[from, to): a line without its "\n" (a BOM at the log's start already off; past KEEP_BYTES cut off). */
  line(bytes: Uint8Array, from: number, to: number): void;
  /** The same for a line holding one of its needles; `text` is the line decoded as line() would, when at hand. */
  passedLine(bytes: Uint8Array, from: number, to: number, text: string | undefined): void;
  skipLines(count: number): void;
}

/** The follower's needles are under this tag in the shared skip (the gate's own are below it). */
const FOLLOWER_TAG = GATE_TAGS;
const FOLLOWER_BIT = 1 << FOLLOWER_TAG;
/** The gate's tag bits. */
const GATE_BITS = FOLLOWER_BIT - 1;
/** The shared scanners, by the follower's needles (one set per kind of follower). */
const sharedScanners = new Map<string, NeedleScanner>();

function scannerWith(needles: readonly string[]): NeedleScanner {
  const key = needles.join("\n");
  let scanner = sharedScanners.get(key);
  if (!scanner) {
    scanner = GATE.with(needles.map((text) => ({ text, tag: FOLLOWER_TAG })));
    sharedScanners.set(key, scanner);
  }
  return scanner;
}

export class StreamingLog {
  private readonly analyzer = createLogAnalyzer();
  /** The quiet-line skip: the gate's needles, and the follower's if there is one. */
  private readonly scanner: NeedleScanner;
  /** Bits that settle what a line is to both readers. */
  private readonly enough: number;
  /** The current line's bytes when it started in an earlier chunk. */
  private carry: Buffer[] = [];
  private carryBytes = 0;
  /** The current line is longer than KEEP_BYTES: only its first KEEP_BYTES are in carry. */
  private carryCut = false;
  private atStart = true;
  private skipped = 0;
  /**
   * Round 50: the log's last bytes (dying-tail.ts), for the lines above a die banner that the quiet-line skip never
   * decoded; the chunk being read; the stream offset of the line being pushed, and of the carried line's start.
   */
  private readonly tail = new ByteRing();
  private chunk: Buffer | null = null;
  private lineStart = 0;
  private carryStart = 0;

  constructor(private readonly follower?: LineFollower) {
    this.scanner = follower ? scannerWith(follower.needles) : GATE;
    this.enough = follower ? FULL_GATE_BITS | FOLLOWER_BIT : FULL_GATE_BITS;
    this.analyzer.setTailSource(() => this.linesAboveLine());
  }

  push(chunk: Uint8Array): void {
    const bytes = Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    this.chunk = bytes;
    this.lines(bytes);
    this.chunk = null;
    this.tail.push(bytes);
  }

  private lines(bytes: Buffer): void {
    let start = 0;
    if (this.carryBytes > 0 || this.carryCut) {
      const lf = indexOfBytes.call(bytes, LF);
      if (lf === -1) {
        this.keep(bytes, 0, bytes.length);
        return;
      }
      this.keep(bytes, 0, lf);
      this.lineFromCarry();
      start = lf + 1;
    }
    start = this.wholeLines(bytes, start);
    if (start < bytes.length) {
      this.carryStart = this.tail.written + start;
      this.keep(bytes, start, bytes.length);
    }
  }

  /** The log's lines right above the line being pushed, decoded from the last bytes kept (LogAnalyzer.setTailSource). */
  private linesAboveLine(): string[] {
    const written = this.tail.written;
    const inChunk = this.chunk !== null && this.lineStart >= written;
    const upTo = inChunk ? this.lineStart - written : 0;
    const { bytes, fromStart } = this.tail.before(this.lineStart, inChunk ? this.chunk : null, upTo);
    return tailLinesFromBytes(bytes, fromStart);
  }

  /**
   * The lines of bytes[from, …) that end in the chunk; returns where the unfinished last one
   * starts. A function of its own, apart from push's line carried over from the chunk before: V8
   * compiles this loop while the log's first chunk runs, before any line was carried over, and
   * push's code compiled then was thrown away at the second chunk (no type feedback for that branch).
   */
  private wholeLines(bytes: Buffer, from: number): number {
    let start = from;
    const scanner = this.scanner;
    const follower = this.follower;
    while (start < bytes.length) {
      // Most lines: one pass over the chunk passes them by, with no call per line.
      if (!this.atStart && this.analyzer.plainByteGate() && (!follower || follower.plainByteGate())) {
        start = scanner.skipToLoudLine(bytes, start, bytes.length, MAX_LINE_CHARS, this.enough);
        const quiet = scanner.quietLines;
        this.skipped += quiet;
        if (quiet > 0) follower?.skipLines(quiet);
        if (start >= bytes.length) return start;
        // The same pass read the line it stopped at to its end: no second gate pass, no search for its "\n".
        const end = scanner.loudEnd;
        if (end !== -1) {
          const bits = scanner.loudBits;
          // The skip's bits of the control needles (all under 4 bytes) are complete, whatever stopped it.
          const plain = (bits & CONTROL_GATE_BIT) === 0;
          this.lineStart = this.tail.written + start;
          // A line loud only by the weak phase's signs changes next to nothing while a section is open.
          const text =
            (bits & GATE_BITS) === WEAK_PHASE_GATE_BIT && this.analyzer.weakPhaseAsleep()
              ? this.weakLine(bytes, start, end)
              : this.gatedLine(bytes, start, end, gateOfBits(bits & GATE_BITS), plain);
          if (follower && (bits & FOLLOWER_BIT) !== 0) follower.passedLine(bytes, start, end, text);
          else follower?.skipLines(1);
          start = end + 1;
          continue;
        }
      }
      const lf = indexOfBytes.call(bytes, LF, start);
      if (lf === -1) break;
      this.lineStart = this.tail.written + start;
      this.line(bytes, start, lf);
      start = lf + 1;
    }
    return start;
  }

  finish(): LogAnalysis {
    // A last line without "\n" counts when it has any bytes (LineSplitter.end).
    if (this.carryBytes > 0 || this.carryCut) this.lineFromCarry();
    this.flushSkipped();
    return this.analyzer.finish();
  }

  /** One line: bytes[from, to), `to` being its "\n" (or the end of the log); `carried`: lineFromCarry's, "\n" at `to`. */
  private line(bytes: Buffer, from: number, to: number, carried = false): void {
    if (this.atStart) {
      this.atStart = false;
      if (to - from >= 3 && bytes[from] === 0xef && bytes[from + 1] === 0xbb && bytes[from + 2] === 0xbf)
        from += 3;
    }
    // The follower gates the line itself (its gate may be waiting for this line).
    this.follower?.line(bytes, from, to);
    const end = to > from && bytes[to - 1] === CR ? to - 1 : to;
    // The analyzer's gate also knows the line prefix (line-prefix.ts) and the lines it waits for.
    const gated = end - from <= MAX_LINE_CHARS;
    // The plain gate's verdict here spares pushLine the same test on the text.
    const plainGate = gated && this.analyzer.plainByteGate();
    if (!plainGate && gated && to < bytes.length && bytes[to] === LF && this.analyzer.awaitedLineGate()) {
      // A line the analyzer waits for (a candidate's detail): pushed whatever it holds, with the plain gate's
      // verdict taken by the quiet-line skip (which ends at its "\n"), not by the text DFA over its text.
      const next = this.scanner.skipToLoudLine(bytes, from, to + 1, MAX_LINE_CHARS, this.enough);
      const gate =
        next > to
          ? GATE_SKIP
          : this.scanner.loudEnd === to
            ? gateOfBits(this.scanner.loudBits & GATE_BITS)
            : undefined;
      this.flushSkipped();
      this.analyzer.pushLine(this.text(bytes, from, to), gate);
      return;
    }
    const gate = plainGate
      ? carried
        ? this.carriedLineGate(bytes, from, to, end)
        : gateOfBytes(bytes, from, end)
      : undefined;
    if (gate === undefined && gated && !this.analyzer.mayMatterBytes(bytes, from, end)) {
      this.skipped++;
      return;
    }
    this.gatedLine(bytes, from, to, gate);
  }

  /**
   * The plain byte gate's verdict on a line carried over a chunk's end (bytes[from, to), its "\n" at `to`; `end`:
   * without its "\r"), by the quiet-line skip as the chunk's other lines: the gate's DFA (845 KB of table, which
   * the skip leaves cold) cost ~20-27 us a line, 0.3-0.4 ms per MiB of the mixed bench block, and StreamingLog
   * without a follower no longer builds it for the bench blocks (docs/benchmarks.md, "Analysis throughput, session
   * 20"). A line ending in "\r" is the DFA's (the skip gives no bits for it).
   */
  private carriedLineGate(bytes: Buffer, from: number, to: number, end: number): GateResult {
    const next = this.scanner.skipToLoudLine(bytes, from, to + 1, MAX_LINE_CHARS, this.enough);
    if (next > to) return GATE_SKIP;
    if (this.scanner.loudEnd === to) return gateOfBits(this.scanner.loudBits & GATE_BITS);
    return gateOfBytes(bytes, from, end);
  }

  /**
   * A line whose gate verdict is known (undefined: the analyzer gates its text
   * itself); returns its text when it was decoded. `plain`: the quiet-line skip
   * found none of the control needles in it (pushPlainLine).
   */
  private gatedLine(
    bytes: Buffer,
    from: number,
    to: number,
    gate: GateResult | undefined,
    plain = false,
  ): string | undefined {
    if (gate === GATE_SKIP) {
      this.skipped++;
      return undefined;
    }
    this.flushSkipped();
    // An elog or header line that would change nothing is counted without being decoded.
    if (gate !== undefined && gate !== GATE_FULL && this.analyzer.passesUnread(bytes, from, to, gate))
      return undefined;
    const text = this.text(bytes, from, to);
    if (plain && gate === GATE_FULL) this.analyzer.pushPlainLine(text);
    else this.analyzer.pushLine(text, gate);
    return text;
  }

  /** A line holding only needles the weak phase reads, while it sleeps (LogAnalyzer.pushWeakLine). */
  private weakLine(bytes: Buffer, from: number, to: number): string {
    this.flushSkipped();
    const text = this.text(bytes, from, to);
    this.analyzer.pushWeakLine(text);
    return text;
  }

  /** What LineSplitter makes of the line: decoded, cut to MAX_LINE_CHARS, then one "\r" off the end. */
  private text(bytes: Buffer, from: number, to: number): string {
    // One line at a time, so a BOM is only removed by hand at the very start (as
    // LineSplitter's single stream decoder does), never at the start of each line.
    // Buffer#toString decodes as TextDecoder does (U+FFFD per WHATWG, BOM kept) with
    // a third of its cost per call on short lines (streaming-log.test.ts: byte soup).
    const decoded = decodeBytes.call(bytes, "utf8", from, Math.min(to, from + KEEP_BYTES));
    const capped = decoded.length > MAX_LINE_CHARS ? decoded.slice(0, MAX_LINE_CHARS) : decoded;
    return capped.endsWith("\r") ? capped.slice(0, -1) : capped;
  }

  private lineFromCarry(): void {
    // With a "\n" after it, so that the quiet-line skip can gate it (carriedLineGate).
    this.carry.push(LF_ALONE);
    const bytes = Buffer.concat(this.carry, this.carryBytes + 1);
    this.carry = [];
    this.carryBytes = 0;
    this.carryCut = false;
    this.lineStart = this.carryStart;
    this.line(bytes, 0, bytes.length - 1, true);
  }

  /** Holds bytes[from, to) of an unfinished line (copied: the chunk is not ours to keep), up to KEEP_BYTES. */
  private keep(bytes: Buffer, from: number, to: number): void {
    const room = KEEP_BYTES - this.carryBytes;
    if (to - from > room) this.carryCut = true;
    const take = Math.min(to - from, room);
    if (take <= 0) return;
    this.carry.push(Buffer.from(bytes.subarray(from, from + take)));
    this.carryBytes += take;
  }

  private flushSkipped(): void {
    if (this.skipped === 0) return;
    this.analyzer.skipLines(this.skipped);
    this.skipped = 0;
  }
}
