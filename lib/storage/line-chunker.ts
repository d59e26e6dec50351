// Cuts a byte stream into ~chunkSize pieces that end on a line break, so each
// piece can be gzipped on its own and a window of lines needs only a few of them.
import { countLineBreaks } from "./line-count";

const LF = 0x0a;

export interface RawChunk {
  index: number;
  /** 1-based line that the chunk's first byte belongs to. */
  firstLine: number;
  /** "\n" bytes inside the chunk. */
  lineCount: number;
  rawOffset: number;
  bytes: Buffer;
}

/**
 * A chunk ends after the last "\n" of its first chunkSize bytes. When those
 * bytes hold no "\n" at all (one line longer than a chunk) the cut falls
 * mid-line at chunkSize; such a chunk has lineCount 0, and the next chunk
 * carries the same firstLine, so line numbers stay right without a flag.
 */
export class LineChunker {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private index = 0;
  private nextLine = 1;
  private offset = 0;

  constructor(private readonly chunkSize: number) {
    if (!Number.isInteger(chunkSize) || chunkSize < 1)
      throw new RangeError("chunkSize must be a positive integer");
  }

  /** "\n" bytes in the chunks emitted so far (all of them after end()). */
  get lineBreaks(): number {
    return this.nextLine - 1;
  }

  /** Feeds bytes; returns the chunks they completed, in order. */
  push(input: Buffer): RawChunk[] {
    if (input.length === 0) return [];
    this.pending.push(input);
    this.pendingBytes += input.length;
    const done: RawChunk[] = [];
    while (this.pendingBytes >= this.chunkSize) done.push(this.cutChunk());
    return done;
  }

  /** The last, possibly short chunk. Empty input still gets one empty chunk, so
   * every blob has a valid gzip stream (an empty gzip member) to serve. */
  end(): RawChunk[] {
    if (this.pendingBytes === 0) return this.index === 0 ? [this.emit(Buffer.alloc(0))] : [];
    return [this.emit(this.take(this.pendingBytes))];
  }

  private cutChunk(): RawChunk {
    const window = this.take(this.chunkSize);
    const lastBreak = window.lastIndexOf(LF);
    const cutAt = lastBreak === -1 ? window.length : lastBreak + 1;
    if (cutAt < window.length) {
      const rest = window.subarray(cutAt);
      this.pending.unshift(rest);
      this.pendingBytes += rest.length;
    }
    return this.emit(window.subarray(0, cutAt));
  }

  private emit(bytes: Buffer): RawChunk {
    const lineCount = countLineBreaks(bytes);
    const chunk = { index: this.index, firstLine: this.nextLine, lineCount, rawOffset: this.offset, bytes };
    this.index++;
    this.nextLine += lineCount;
    this.offset += bytes.length;
    return chunk;
  }

  /** Removes n bytes from the front of pending, copying only when they span buffers. */
  private take(n: number): Buffer {
    this.pendingBytes -= n;
    const first = this.pending[0];
    if (first.length >= n) {
      if (first.length === n) this.pending.shift();
      else this.pending[0] = first.subarray(n);
      return first.subarray(0, n);
    }
    const out = Buffer.allocUnsafe(n);
    let filled = 0;
    while (filled < n) {
      const head = this.pending[0];
      const need = n - filled;
      if (head.length <= need) {
        head.copy(out, filled);
        filled += head.length;
        this.pending.shift();
      } else {
        head.copy(out, filled, 0, need);
        this.pending[0] = head.subarray(need);
        filled = n;
      }
    }
    return out;
  }
}
