// Multi-needle substring search compiled into one DFA (Aho-Corasick with the
// failure links folded into the transition table): one pass over a line, one
// table lookup per character, whatever the number of needles. A needle may start
// with "\n" to match only at the start of a line ("\n>>>"): every scan starts in
// the state reached after a line break, as if the line followed one. It replaces
// "String#includes per needle" and "one big regex alternation per line", which
// cost most of the analyzer's time on lines that match nothing. Linear in the
// text by construction (no backtracking).

export interface Needle {
  text: string;
  /** Reported by `tagsIn` when the needle occurs; tags are small integers (0 … 1023). */
  tag: number;
}

export class NeedleScanner {
  /** Character code -> column of the transition table; column 0 for every character in no needle. */
  private readonly classOf = new Uint8Array(65536);
  /** Row-major transitions; a state is the index of its row's first cell. */
  private readonly next: Int32Array;
  /** States from this one on complete at least one needle (they are numbered last). */
  private readonly firstHitState: number;
  private readonly columns: number;
  /** Per hit state (in order), the tags of the needles it completes, as `words` 32-bit words. */
  private readonly hitTags: Uint32Array;
  readonly words: number;
  /** The state after a line break, where every scan of a line starts. */
  private readonly lineStart: number;

  constructor(needles: readonly (string | Needle)[]) {
    const list = needles.map((needle) => (typeof needle === "string" ? { text: needle, tag: 0 } : needle));
    if (list.some((needle) => needle.text.length === 0)) throw new Error("empty needle");
    this.words = Math.max(1, ...list.map((needle) => Math.floor(needle.tag / 32) + 1));
    let columns = 1;
    for (const { text } of list) {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (this.classOf[code] !== 0) continue;
        if (columns === 256) throw new Error("too many distinct needle characters");
        this.classOf[code] = columns++;
      }
    }
    this.columns = columns;

    // Trie; tags[state] lists the tags completed at the state.
    const children: Map<number, number>[] = [new Map()];
    const tags: Set<number>[] = [new Set()];
    for (const { text, tag } of list) {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const column = this.classOf[text.charCodeAt(i)];
        let child = children[state].get(column);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          tags.push(new Set());
          children[state].set(column, child);
        }
        state = child;
      }
      tags[state].add(tag);
    }

    // Failure links in breadth-first order; a state also completes what its failure state completes.
    const fail = new Array<number>(children.length).fill(0);
    const order: number[] = [0];
    for (let head = 0; head < order.length; head++) {
      const state = order[head];
      for (const [column, child] of children[state]) {
        if (state !== 0) {
          let f = fail[state];
          while (f !== 0 && !children[f].has(column)) f = fail[f];
          fail[child] = children[f].get(column) ?? 0;
          for (const tag of tags[fail[child]]) tags[child].add(tag);
        }
        order.push(child);
      }
    }

    // Number the states: root first, hit states last (so "is a hit" is one comparison).
    const plain = order.filter((state) => tags[state].size === 0);
    const hits = order.filter((state) => tags[state].size > 0);
    const id = new Array<number>(children.length);
    [...plain, ...hits].forEach((state, index) => {
      id[state] = index * columns;
    });
    if (children.length * columns > 1 << 24) throw new Error("needle set too large for the scanner");
    this.firstHitState = plain.length * columns;
    this.hitTags = new Uint32Array(hits.length * this.words);
    hits.forEach((state, index) => {
      for (const tag of tags[state]) this.hitTags[index * this.words + (tag >>> 5)] |= 1 << (tag & 31);
    });

    // Full transition rows: a missing child takes the failure state's transition.
    const next = new Int32Array(children.length * columns);
    for (const state of order) {
      const row = id[state];
      for (let column = 0; column < columns; column++) {
        const child = children[state].get(column);
        if (child !== undefined) next[row + column] = id[child];
        else next[row + column] = state === 0 ? 0 : next[id[fail[state]] + column];
      }
    }
    this.next = next;
    this.lineStart = next[this.classOf[0x0a]];
  }

  /**
   * A scanner over UTF-8 bytes (see testBytes): each needle becomes the string of
   * its UTF-8 bytes, one character per byte.
   */
  static overUtf8(needles: readonly (string | Needle)[]): NeedleScanner {
    const encoder = new TextEncoder();
    const bytesOf = (text: string) => String.fromCharCode(...encoder.encode(text));
    return new NeedleScanner(
      needles.map((needle) =>
        typeof needle === "string" ? bytesOf(needle) : { text: bytesOf(needle.text), tag: needle.tag },
      ),
    );
  }

  /**
   * True when bytes[from, to) contains one of the needles, for a scanner made by
   * overUtf8. Exactly when the decoded text does: a valid UTF-8 sequence decodes
   * to its character whatever surrounds it, and no other bytes decode to it.
   */
  testBytes(bytes: Uint8Array, from: number, to: number): boolean {
    const next = this.next;
    const classOf = this.classOf;
    const firstHit = this.firstHitState;
    let state = this.lineStart;
    for (let i = from; i < to; i++) {
      state = next[state + classOf[bytes[i]]];
      if (state >= firstHit) return true;
    }
    return false;
  }

  /** Lines the last skipQuietLines call went past. */
  quietLines = 0;

  /**
   * For a scanner made by overUtf8: goes past the lines of bytes[from, to)
   * (each ended by "\n") that hold no needle, do not start with `loudFirst` (-1:
   * none; needles starting with "\n" find line starts inside the DFA) and have at
   * most `maxLine` bytes; returns where the first other line (or the unfinished
   * last one) starts, and sets quietLines. One pass over a whole chunk instead of
   * a line search and a gate call per line.
   */
  skipQuietLines(bytes: Uint8Array, from: number, to: number, loudFirst: number, maxLine: number): number {
    const next = this.next;
    const classOf = this.classOf;
    const firstHit = this.firstHitState;
    const afterBreak = this.lineStart;
    let lines = 0;
    let lineStart = from;
    let state = afterBreak;
    if (from < to && bytes[from] !== loudFirst) {
      for (let i = from; i < to; i++) {
        const byte = bytes[i];
        if (byte === 0x0a) {
          if (i - lineStart > maxLine) break;
          lines++;
          lineStart = i + 1;
          state = afterBreak;
          if (lineStart < to && bytes[lineStart] === loudFirst) break;
          continue;
        }
        state = next[state + classOf[byte]];
        if (state >= firstHit) break;
      }
    }
    this.quietLines = lines;
    return lineStart;
  }

  /** Where the line the last skipToLoudLine call stopped at ends (its "\n"), or -1 (see there). */
  loudEnd = -1;
  /** That line's tagBitsBytes, when loudEnd is not -1. */
  loudBits = 0;

  /**
   * skipQuietLines without a loud first byte, for a scanner made by overUtf8
   * whose tags are below 32, that also finishes the line it stops at: its tag
   * bits (as tagBitsBytes with `enough`) go to loudBits and its "\n" to loudEnd.
   * The caller needs no second pass over that line. loudEnd is -1 when the line
   * is unfinished, longer than `maxLine` or ends in "\r" (whose bits the caller
   * takes without that "\r").
   */
  skipToLoudLine(bytes: Uint8Array, from: number, to: number, maxLine: number, enough: number): number {
    const next = this.next;
    const classOf = this.classOf;
    const firstHit = this.firstHitState;
    const afterBreak = this.lineStart;
    let lines = 0;
    let lineStart = from;
    let state = afterBreak;
    this.loudEnd = -1;
    for (let i = from; i < to; i++) {
      const byte = bytes[i];
      if (byte === 0x0a) {
        if (i - lineStart > maxLine) break;
        lines++;
        lineStart = i + 1;
        state = afterBreak;
        continue;
      }
      state = next[state + classOf[byte]];
      if (state >= firstHit) {
        this.finishLoudLine(bytes, lineStart, i, to, state, maxLine, enough);
        break;
      }
    }
    this.quietLines = lines;
    return lineStart;
  }

  /** skipToLoudLine's end: the DFA is in hit state `state` after bytes[at] of the line starting at lineStart. */
  private finishLoudLine(
    bytes: Uint8Array,
    lineStart: number,
    at: number,
    to: number,
    state: number,
    maxLine: number,
    enough: number,
  ): void {
    const next = this.next;
    const classOf = this.classOf;
    const firstHit = this.firstHitState;
    const words = this.words;
    let bits = this.hitTags[((state - firstHit) / this.columns) * words];
    let i = at + 1;
    for (; i < to && (bits & enough) !== enough; i++) {
      const byte = bytes[i];
      if (byte === 0x0a) break;
      state = next[state + classOf[byte]];
      if (state >= firstHit) bits |= this.hitTags[((state - firstHit) / this.columns) * words];
    }
    const end = i < to && bytes[i] === 0x0a ? i : indexOfByte(bytes, 0x0a, i, to);
    if (end === -1 || end - lineStart > maxLine || bytes[end - 1] === 0x0d) return;
    this.loudEnd = end;
    this.loudBits = bits;
  }

  /**
   * For a scanner made by overUtf8 whose tags are below 32: the OR of `1 << tag`
   * over the needles in bytes[from, to); stops early once `enough` bits are all in.
   */
  tagBitsBytes(bytes: Uint8Array, from: number, to: number, enough: number): number {
    const next = this.next;
    const classOf = this.classOf;
    const firstHit = this.firstHitState;
    const words = this.words;
    let state = this.lineStart;
    let bits = 0;
    for (let i = from; i < to; i++) {
      state = next[state + classOf[bytes[i]]];
      if (state < firstHit) continue;
      bits |= this.hitTags[((state - firstHit) / this.columns) * words];
      if ((bits & enough) === enough) return bits;
    }
    return bits;
  }

  /** tagBitsBytes over text[from, to). */
  tagBits(text: string, from: number, to: number, enough: number): number {
    const next = this.next;
    const classOf = this.classOf;
    const firstHit = this.firstHitState;
    const words = this.words;
    let state = this.lineStart;
    let bits = 0;
    for (let i = from; i < to; i++) {
      state = next[state + classOf[text.charCodeAt(i)]];
      if (state < firstHit) continue;
      bits |= this.hitTags[((state - firstHit) / this.columns) * words];
      if ((bits & enough) === enough) return bits;
    }
    return bits;
  }

  /** True when text[from, to) contains one of the needles. */
  test(text: string, from = 0, to = text.length): boolean {
    const next = this.next;
    const classOf = this.classOf;
    const firstHit = this.firstHitState;
    let state = this.lineStart;
    for (let i = from; i < to; i++) {
      state = next[state + classOf[text.charCodeAt(i)]];
      if (state >= firstHit) return true;
    }
    return false;
  }

  /**
   * ORs the tags of every needle occurring in `text` into `into` (bit t of word
   * t >>> 5 for tag t) and returns whether any needle occurs.
   */
  tagsIn(text: string, into: Uint32Array): boolean {
    const next = this.next;
    const classOf = this.classOf;
    const firstHit = this.firstHitState;
    const words = this.words;
    let state = this.lineStart;
    let found = false;
    for (let i = 0; i < text.length; i++) {
      state = next[state + classOf[text.charCodeAt(i)]];
      if (state < firstHit) continue;
      found = true;
      const at = ((state - firstHit) / this.columns) * words;
      for (let w = 0; w < words; w++) into[w] |= this.hitTags[at + w];
    }
    return found;
  }
}

/** The first `value` in bytes[from, to), or -1 (Buffer's native search when bytes is a Buffer). */
function indexOfByte(bytes: Uint8Array, value: number, from: number, to: number): number {
  if (Buffer.isBuffer(bytes)) {
    const at = bytes.indexOf(value, from);
    return at === -1 || at >= to ? -1 : at;
  }
  for (let i = from; i < to; i++) if (bytes[i] === value) return i;
  return -1;
}
