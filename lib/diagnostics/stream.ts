// A file's bytes fed to the diagnostics extractor as they arrive. Most lines of
// a build log hold none of the rules' needles: one needle-DFA pass over each
// chunk (NeedleScanner.skipQuietLines, as StreamingLog does for the analysis)
// passes them by without decoding, and only the rest become strings. Line
// numbers follow lib/analysis/lines.ts ("\n" ends a line, a last line without
// it counts); stream.test.ts checks the result equals extract.ts on every line.
import { MAX_LINE_CHARS } from "../analysis/lines";
import type { NeedleScanner } from "../analysis/needle-scan";
import type { LineFollower } from "../analysis/streaming-log";
import { createDiagnosticExtractor, type DiagnosticSource, isProbeLog } from "./extract";
import { diagnosticGate, gateNeedles, GATE_BYTES as KEEP_BYTES } from "./gate";
import type { DiagnosticExtract } from "./types";

const LF = 0x0a;
/** skipQuietLines stops at lines starting with this byte: none need to (section lines are found by needle). */
const NO_LOUD_FIRST = -1;

/**
 * Fed with push() on its own, or as a StreamingLog's LineFollower (asFollower):
 * then the analysis' pass over the bytes hands it its lines, and only finish()
 * is called on it, after the StreamingLog's.
 */
export class DiagnosticStream {
  private readonly extractor;
  private readonly gate: NeedleScanner;
  private readonly probe: boolean;
  private readonly decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  private carry: Uint8Array[] = [];
  private carryBytes = 0;
  private carryCut = false;
  private atStart = true;
  private skipped = 0;

  constructor(source: DiagnosticSource, cap?: number) {
    this.extractor = createDiagnosticExtractor(source, cap);
    this.probe = isProbeLog(source);
    this.gate = diagnosticGate(this.probe);
  }

  /** This stream as the reader of a StreamingLog's lines: push() is then not to be called. */
  asFollower(): LineFollower {
    return {
      needles: gateNeedles(this.probe),
      plainByteGate: () => this.extractor.plainByteGate(),
      line: (bytes, from, to) => this.gatedLine(bytes, from, to),
      passedLine: (bytes, from, to, text) => this.passedLine(bytes, from, to, text),
      skipLines: (count) => {
        this.skipped += count;
      },
    };
  }

  push(piece: Uint8Array): void {
    // Buffer's indexOf is native; a plain Uint8Array's is not.
    const chunk = Buffer.isBuffer(piece)
      ? piece
      : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    let start = 0;
    if (this.carryBytes > 0 || this.carryCut) {
      const lf = chunk.indexOf(LF);
      if (lf === -1) {
        this.keep(chunk, 0, chunk.length);
        return;
      }
      this.keep(chunk, 0, lf);
      this.lineFromCarry();
      start = lf + 1;
    }
    while (start < chunk.length) {
      if (!this.atStart && this.extractor.plainByteGate()) {
        start = this.gate.skipQuietLines(chunk, start, chunk.length, NO_LOUD_FIRST, MAX_LINE_CHARS);
        this.skipped += this.gate.quietLines;
        if (start >= chunk.length) return;
      }
      const lf = chunk.indexOf(LF, start);
      if (lf === -1) break;
      this.line(chunk, start, lf);
      start = lf + 1;
    }
    if (start < chunk.length) this.keep(chunk, start, chunk.length);
  }

  finish(): DiagnosticExtract {
    if (this.carryBytes > 0 || this.carryCut) this.lineFromCarry();
    this.flushSkipped();
    return this.extractor.finish();
  }

  private line(bytes: Uint8Array, from: number, to: number): void {
    if (this.atStart) {
      this.atStart = false;
      if (to - from >= 3 && bytes[from] === 0xef && bytes[from + 1] === 0xbb && bytes[from + 2] === 0xbf)
        from += 3;
    }
    this.gatedLine(bytes, from, to);
  }

  /** A line (no BOM left to take off) through the extractor's own byte gate. */
  private gatedLine(bytes: Uint8Array, from: number, to: number): void {
    // The first line always goes in: the prefix stage decides on the first lines, whatever they hold.
    if (!this.extractor.mayMatterBytes(bytes, from, Math.min(to, from + KEEP_BYTES))) {
      this.skipped++;
      return;
    }
    this.passedLine(bytes, from, to, undefined);
  }

  /** A line past the gate; `text`: the line decoded as here, when the caller has it. */
  private passedLine(bytes: Uint8Array, from: number, to: number, text: string | undefined): void {
    this.flushSkipped();
    this.extractor.pushLine(text ?? this.text(bytes, from, Math.min(to, from + KEEP_BYTES)));
  }

  /** Decoded, cut to MAX_LINE_CHARS, then one "\r" off the end (what LineSplitter makes of it). */
  private text(bytes: Uint8Array, from: number, end: number): string {
    const decoded = this.decoder.decode(bytes.subarray(from, end));
    const text = decoded.length > MAX_LINE_CHARS ? decoded.slice(0, MAX_LINE_CHARS) : decoded;
    return text.endsWith("\r") ? text.slice(0, -1) : text;
  }

  private lineFromCarry(): void {
    const bytes = this.carry.length === 1 ? this.carry[0] : concat(this.carry, this.carryBytes);
    this.carry = [];
    this.carryBytes = 0;
    this.carryCut = false;
    this.line(bytes, 0, bytes.length);
  }

  private keep(bytes: Uint8Array, from: number, to: number): void {
    const room = KEEP_BYTES - this.carryBytes;
    if (to - from > room) this.carryCut = true;
    const take = Math.min(to - from, room);
    if (take <= 0) return;
    // A copy: the chunk is not ours to keep (Buffer#slice would be a view).
    this.carry.push(new Uint8Array(bytes.subarray(from, from + take)));
    this.carryBytes += take;
  }

  private flushSkipped(): void {
    if (this.skipped === 0) return;
    this.extractor.skipLines(this.skipped);
    this.skipped = 0;
  }
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

/** The diagnostics of a whole file held in memory (tests, the CLI). */
export function extractFromBytes(
  bytes: Uint8Array,
  source: DiagnosticSource,
  cap?: number,
): DiagnosticExtract {
  const stream = new DiagnosticStream(source, cap);
  stream.push(bytes);
  return stream.finish();
}
