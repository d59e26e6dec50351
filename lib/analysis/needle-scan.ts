// Multi-needle substring search compiled into one DFA (Aho-Corasick with the
// failure links folded into the transition table): one pass over a line, one
// table lookup per character, whatever the number of needles. A needle may start
// with "\n" to match only at the start of a line ("\n>>>"): every scan starts in
// the state reached after a line break, as if the line followed one. It replaces
// "String#includes per needle" and "one big regex alternation per line", which
// cost most of the analyzer's time on lines that match nothing. Linear in the
// text by construction (no backtracking).

import { COMMON_WINDOW_COUNTS } from "./common-windows";

export interface Needle {
  text: string;
  /** Reported by `tagsIn` when the needle occurs; tags are small integers (0 … 1023). */
  tag: number;
}

/**
 * The DFA of a needle set: built on a scanner's first DFA scan, not with the
 * scanner, since a scanner used only through tagsIn (the rule table's, ~1 MB of
 * transitions) or the quiet-line skip never runs it.
 */
class Dfa {
  /** Character code -> column of the transition table; column 0 for every character in no needle. */
  readonly classOf = new Uint8Array(65536);
  /** Row-major transitions; a state is the index of its row's first cell. */
  readonly next: Int32Array;
  /** States from this one on complete at least one needle (they are numbered last). */
  readonly firstHitState: number;
  readonly columns: number;
  /** Per hit state (in order), the tags of the needles it completes, as `words` 32-bit words. */
  readonly hitTags: Uint32Array;
  /** The state after a line break, where every scan of a line starts. */
  readonly lineStart: number;

  constructor(list: readonly Needle[], words: number) {
    // Each loop over the needles or the states is a function of its own: V8
    // compiles a long-running loop on the stack, and code compiled in the
    // middle of this constructor was thrown away at the first statement after
    // the loop that had not run yet (three times per scanner, ~50-100 ms of
    // the optimising compiler each, on a fresh process' first MiB).
    const columns = numberColumns(list, this.classOf);
    this.columns = columns;
    const { children, tags } = buildTrie(list, this.classOf);
    const { fail, order } = failureLinks(children, tags);

    // Number the states: root first, hit states last (so "is a hit" is one comparison).
    const plain = order.filter((state) => tags[state].size === 0);
    const hits = order.filter((state) => tags[state].size > 0);
    const id = new Array<number>(children.length);
    [...plain, ...hits].forEach((state, index) => {
      id[state] = index * columns;
    });
    if (children.length * columns > 1 << 24) throw new Error("needle set too large for the scanner");
    this.firstHitState = plain.length * columns;
    this.hitTags = new Uint32Array(hits.length * words);
    hits.forEach((state, index) => {
      for (const tag of tags[state]) this.hitTags[index * words + (tag >>> 5)] |= 1 << (tag & 31);
    });

    this.next = transitionRows(order, children, fail, id, columns);
    this.lineStart = this.next[this.classOf[0x0a]];
  }
}

/** Gives each character of the needles a column (from 1), in `classOf`; returns the number of columns. */
function numberColumns(list: readonly Needle[], classOf: Uint8Array): number {
  let columns = 1;
  for (const { text } of list) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (classOf[code] !== 0) continue;
      if (columns === 256) throw new Error("too many distinct needle characters");
      classOf[code] = columns++;
    }
  }
  return columns;
}

/** The needles' trie; tags[state] lists the tags completed at the state. */
function buildTrie(
  list: readonly Needle[],
  classOf: Uint8Array,
): { children: Map<number, number>[]; tags: Set<number>[] } {
  const children: Map<number, number>[] = [new Map()];
  const tags: Set<number>[] = [new Set()];
  for (const { text, tag } of list) {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const column = classOf[text.charCodeAt(i)];
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
  return { children, tags };
}

/** Failure links in breadth-first order; a state also completes what its failure state completes (added to tags). */
function failureLinks(
  children: readonly Map<number, number>[],
  tags: Set<number>[],
): { fail: number[]; order: number[] } {
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
  return { fail, order };
}

/**
 * Full transition rows: a missing child takes the failure state's transition.
 * Breadth-first order means the failure state's row (shallower) is complete,
 * so a row starts as a copy of it and only the state's own children are set:
 * a typed-array copy per state instead of a Map lookup per cell, which made
 * the two ~6,000-state scanners cost ~80 ms of a fresh process's first MiB.
 */
function transitionRows(
  order: readonly number[],
  children: readonly Map<number, number>[],
  fail: readonly number[],
  id: readonly number[],
  columns: number,
): Int32Array {
  const next = new Int32Array(children.length * columns);
  for (const state of order) {
    const row = id[state];
    if (state !== 0) {
      const from = id[fail[state]];
      next.copyWithin(row, from, from + columns);
    }
    for (const [column, child] of children[state]) next[row + column] = id[child];
  }
  return next;
}

export class NeedleScanner {
  readonly words: number;
  /** The needles, for the DFA, the quiet-line skipper and the tagger (each built on first use). */
  private readonly needles: readonly Needle[];
  private tables: Dfa | undefined;
  private skipper: QuietLineSkipper | null = null;
  /** tagsIn's window search (null: a needle it cannot take, the DFA does it; undefined: not built yet). */
  private tagger: TextTagger | null | undefined;

  constructor(needles: readonly (string | Needle)[]) {
    const list = needles.map((needle) => (typeof needle === "string" ? { text: needle, tag: 0 } : needle));
    if (list.some((needle) => needle.text.length === 0)) throw new Error("empty needle");
    // The DFA (built later) has a column per distinct character, at most 255 and "none".
    if (new Set(list.flatMap(({ text }) => text.split(""))).size >= 256)
      throw new Error("too many distinct needle characters");
    this.needles = list;
    this.words = Math.max(1, ...list.map((needle) => Math.floor(needle.tag / 32) + 1));
  }

  private dfa(): Dfa {
    this.tables ??= new Dfa(this.needles, this.words);
    return this.tables;
  }

  /**
   * A scanner over UTF-8 bytes (see testBytes): each needle becomes the string of
   * its UTF-8 bytes, one character per byte.
   */
  static overUtf8(needles: readonly (string | Needle)[]): NeedleScanner {
    return new NeedleScanner(
      needles.map((needle) =>
        typeof needle === "string" ? utf8Units(needle) : { text: utf8Units(needle.text), tag: needle.tag },
      ),
    );
  }

  /** A scanner made by overUtf8 from this one's needles (itself made by overUtf8) and `extra`. */
  with(extra: readonly Needle[]): NeedleScanner {
    return new NeedleScanner([
      ...this.needles,
      ...extra.map(({ text, tag }) => ({ text: utf8Units(text), tag })),
    ]);
  }

  /**
   * True when bytes[from, to) contains one of the needles, for a scanner made by
   * overUtf8. Exactly when the decoded text does: a valid UTF-8 sequence decodes
   * to its character whatever surrounds it, and no other bytes decode to it.
   */
  testBytes(bytes: Uint8Array, from: number, to: number): boolean {
    const dfa = this.tables ?? this.dfa();
    const next = dfa.next;
    const classOf = dfa.classOf;
    const firstHit = dfa.firstHitState;
    let state = dfa.lineStart;
    for (let i = from; i < to; i++) {
      state = next[state + classOf[bytes[i]]];
      if (state >= firstHit) return true;
    }
    return false;
  }

  /** Lines the last skipQuietLines or skipToLoudLine call went past. */
  get quietLines(): number {
    return this.skipper?.quietLines ?? 0;
  }
  /** Where the line the last skipToLoudLine call stopped at ends (its "\n"), or -1 (see there). */
  get loudEnd(): number {
    return this.skipper?.loudEnd ?? -1;
  }
  /** That line's tag bits (the verdict tagBitsBytes with the same `enough` gives), when loudEnd is not -1. */
  get loudBits(): number {
    return this.skipper?.loudBits ?? 0;
  }

  /**
   * For a scanner made by overUtf8: goes past the lines of bytes[from, to)
   * (each ended by "\n") that hold no needle, do not start with `loudFirst` (-1:
   * none; needles starting with "\n" match at a line's start) and have at most
   * `maxLine` bytes; returns where the first other line (or the unfinished last
   * one) starts, and sets quietLines. One pass over a whole chunk instead of a
   * line search and a gate call per line (QuietLineSkipper). The bytes of an
   * array must not change between calls: the skipper remembers where in it the
   * rare needles are.
   */
  skipQuietLines(bytes: Uint8Array, from: number, to: number, loudFirst: number, maxLine: number): number {
    this.skipper ??= new QuietLineSkipper(this.needles);
    return this.skipper.skip(bytes, from, to, loudFirst, maxLine, 0);
  }

  /**
   * skipQuietLines without a loud first byte, for a scanner made by overUtf8
   * whose tags are below 32, that also finishes the line it stops at: its tag
   * bits go to loudBits (all of them, or fewer once those in `enough` are in, so
   * that a verdict read from the bits is the one tagBitsBytes with `enough`
   * gives) and its "\n" to loudEnd. The caller needs no second pass over that
   * line. loudEnd is -1 when the line is unfinished, longer than `maxLine` or
   * ends in "\r" (whose bits the caller takes without that "\r").
   */
  skipToLoudLine(bytes: Uint8Array, from: number, to: number, maxLine: number, enough: number): number {
    this.skipper ??= new QuietLineSkipper(this.needles);
    return this.skipper.skip(bytes, from, to, -1, maxLine, enough);
  }

  /**
   * For a scanner made by overUtf8 whose tags are below 32: the OR of `1 << tag`
   * over the needles in bytes[from, to); stops early once `enough` bits are all in.
   */
  tagBitsBytes(bytes: Uint8Array, from: number, to: number, enough: number): number {
    const dfa = this.tables ?? this.dfa();
    const next = dfa.next;
    const classOf = dfa.classOf;
    const firstHit = dfa.firstHitState;
    const words = this.words;
    let state = dfa.lineStart;
    let bits = 0;
    for (let i = from; i < to; i++) {
      state = next[state + classOf[bytes[i]]];
      if (state < firstHit) continue;
      bits |= dfa.hitTags[((state - firstHit) / dfa.columns) * words];
      if ((bits & enough) === enough) return bits;
    }
    return bits;
  }

  /** tagBitsBytes over text[from, to). */
  tagBits(text: string, from: number, to: number, enough: number): number {
    const dfa = this.tables ?? this.dfa();
    const next = dfa.next;
    const classOf = dfa.classOf;
    const firstHit = dfa.firstHitState;
    const words = this.words;
    let state = dfa.lineStart;
    let bits = 0;
    for (let i = from; i < to; i++) {
      state = next[state + classOf[text.charCodeAt(i)]];
      if (state < firstHit) continue;
      bits |= dfa.hitTags[((state - firstHit) / dfa.columns) * words];
      if ((bits & enough) === enough) return bits;
    }
    return bits;
  }

  /** True when text[from, to) contains one of the needles. */
  test(text: string, from = 0, to = text.length): boolean {
    const dfa = this.tables ?? this.dfa();
    const next = dfa.next;
    const classOf = dfa.classOf;
    const firstHit = dfa.firstHitState;
    let state = dfa.lineStart;
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
    if (this.tagger === undefined) this.tagger = TextTagger.of(this.needles);
    if (this.tagger !== null) return this.tagger.tagsIn(text, into);
    const dfa = this.tables ?? this.dfa();
    const next = dfa.next;
    const classOf = dfa.classOf;
    const firstHit = dfa.firstHitState;
    const words = this.words;
    let state = dfa.lineStart;
    let found = false;
    for (let i = 0; i < text.length; i++) {
      state = next[state + classOf[text.charCodeAt(i)]];
      if (state < firstHit) continue;
      found = true;
      const at = ((state - firstHit) / dfa.columns) * words;
      for (let w = 0; w < words; w++) into[w] |= dfa.hitTags[at + w];
    }
    return found;
  }
}

/** `text`'s UTF-8 bytes as a string of one unit per byte (what a scanner over bytes looks for). */
function utf8Units(text: string): string {
  return String.fromCharCode(...new TextEncoder().encode(text));
}

const LF = 0x0a;
const CR = 0x0d;
/** Bytes in a window: every needle of at least this many bytes is found by one of its windows. */
const WINDOW = 4;
/** Multiplier of a window's hash (Fibonacci hashing) and the shift down to its 15 bits. */
const WINDOW_HASH = 0x9e3779b1;
const WINDOW_SHIFT = 17;
/**
 * Bytes of build logs from the most to the least frequent (counted over
 * fixtures/corpus, 1.1 MB); the others are rarer still. A needle is looked
 * for by its rarest window.
 */
const COMMON_BYTES = ` eintr-osalc/.dugp_mfh1b:E'A=02kSyxC|vT63I#4RNHL"wOPGD>58M,&*V;`;
const rarity = (code: number): number => {
  const rank = COMMON_BYTES.indexOf(String.fromCharCode(code));
  return Math.log(2 + (rank === -1 ? COMMON_BYTES.length : rank));
};
const hashWindow = (window: number): number => Math.imul(window, WINDOW_HASH) >>> WINDOW_SHIFT;
/** A run of 3 units' cell in WindowTable.neighbours (15 bits: 32,768 cells of 4 bytes, 128 KiB). */
const TRIPLE_SHIFT = 17;
const hashTriple = (triple: number): number => Math.imul(triple, WINDOW_HASH) >>> TRIPLE_SHIFT;
/**
 * How often a window's cells pass in build output, by the cell (a run of 3 bytes' entry in WindowTable.neighbours
 * with a fourth byte's low 4 bits: hash collisions of runs included): NEAR_COUNTS with the byte before the run,
 * FAR_COUNTS with the byte after it. Summed from common-windows.ts' counts: the search stops wherever either of a
 * window's cells passes, at text that shares its run of 3 (or the run's entry) and the low 4 bits of its fourth
 * byte as at the window itself, so that is its cost, not its own count alone (docs/benchmarks.md, "Analysis
 * throughput, session 20 (helper perf22)").
 */
const NEAR_COUNTS = new Map<number, number>();
const FAR_COUNTS = new Map<number, number>();
for (const group of COMMON_WINDOW_COUNTS.split("\n")) {
  const colon = group.indexOf(":");
  const count = Number(group.slice(0, colon));
  for (let at = colon + 1; at + WINDOW <= group.length; at += WINDOW) {
    const near = windowCell(
      group.charCodeAt(at + 1),
      group.charCodeAt(at + 2),
      group.charCodeAt(at + 3),
      group.charCodeAt(at),
    );
    const far = windowCell(
      group.charCodeAt(at),
      group.charCodeAt(at + 1),
      group.charCodeAt(at + 2),
      group.charCodeAt(at + 3),
    );
    NEAR_COUNTS.set(near, (NEAR_COUNTS.get(near) ?? 0) + count);
    FAR_COUNTS.set(far, (FAR_COUNTS.get(far) ?? 0) + count);
  }
}
/** The key of a run of 3 units' entry with another unit's low 4 bits (NEAR_COUNTS, FAR_COUNTS). */
function windowCell(first: number, second: number, third: number, other: number): number {
  return hashTriple((first & 0xff) | ((second & 0xff) << 8) | ((third & 0xff) << 16)) * 16 + (other & 15);
}
/** Whether an Int32Array reads bytes with the first as its low byte (WindowTable.bitsIn's words). */
const LITTLE_ENDIAN = new Uint8Array(Int32Array.of(1).buffer)[0] === 1;
const NO_WORDS = new Int32Array(0);
/**
 * WindowTable.tagsInText's copy of a text's units (their low bytes), and one unit more: the one after
 * the last is read (a former text's, harmless: see there). The analysis is synchronous, so one
 * scratch serves every table; it holds a line of MAX_LINE_CHARS (lines.ts).
 */
const TEXT_SCRATCH = Buffer.alloc(64 * 1024 + 1);
/**
 * Buffer#indexOf, called as `indexOfBytes.call(bytes, …)`: TurboFan compiled `bytes.indexOf` (a load from
 * Buffer's prototype) as a call to V8's generic property-load stub, on every line the quiet-line skip goes past
 * (docs/benchmarks.md, "Analysis throughput, session 17"); a constant function called through `call` is a
 * direct call.
 */
export const indexOfBytes = Buffer.prototype.indexOf;
const asBuffer = (bytes: Uint8Array): Buffer =>
  Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * Finds the first line of a chunk that holds a needle of a byte scanner without
 * running its DFA over every byte: the DFA's table (hundreds of KB) made each
 * byte a dependent lookup that mostly missed L1, ~4-5 ns per byte.
 *
 * - Lines are found with Buffer#indexOf (native, ~16 ns a line).
 * - A needle of 4 bytes or more (no control byte) is found by its rarest 4-byte
 *   window (WindowTable): at every other byte a table of runs of 3 bytes (and
 *   the byte before or after them) says whether a window may end there or at
 *   the next byte; only there is its hash tested, and a set bit compares the
 *   needles of that hash byte by byte. The chunk is read 4 bytes at a time
 *   (an Int32Array over its buffer, viewWords). Any
 *   occurrence of a needle contains its window, so no needle is missed, and
 *   every needle found is real: its tag is exact.
 * - A needle that starts with "\n" is compared at each line start whose first
 *   two bytes start one.
 * - The rest (control bytes such as "\r" and ESC, needles under 4 bytes) are
 *   searched with Buffer#indexOf through the chunk, once per occurrence.
 */
class QuietLineSkipper {
  quietLines = 0;
  loudEnd = -1;
  loudBits = 0;

  private readonly windows: WindowTable;
  /**
   * Needles after a line break, by the line's first two bytes (the second LF for a one-byte line): the
   * index in startGroups (from 1; 0: none) of the needles starting with them.
   */
  private readonly startPairs = new Uint8Array(65536);
  private readonly startGroups: { bytes: Uint8Array; tag: number }[][] = [[]];
  /**
   * Needles under 4 bytes or with a control byte, each searched by its tail from its rarest byte on
   * (`head` bytes before it, compared where the tail occurs): Buffer#indexOf stops at every occurrence
   * of a pattern's first byte, and `.y:` (bison's) by its "." cost the mixed bench block ~0.2 ms per MiB,
   * by "y:" ~0.09 (docs/benchmarks.md, "Analysis throughput, session 20").
   */
  private readonly rare: { bytes: Buffer; tag: number; head: number; tail: Buffer }[] = [];
  /** The chunk the rare needles were searched in, from where, and where each occurs next (-1: nowhere). */
  private rareChunk: Uint8Array | null = null;
  private rareFrom = 0;
  private readonly rareAt: number[] = [];
  /**
   * The chunk and range the windowed needles were last searched in, and a byte of the first one found
   * there (Infinity: none). Lines before that byte's hold none of them (windowAfter).
   */
  private windowChunk: Uint8Array | null = null;
  private windowFrom = 0;
  private windowTo = 0;
  private windowAt = Number.POSITIVE_INFINITY;
  /** The bits of the needles found there (WindowTable.foundBits). */
  private windowBits = 0;
  /** The chunk `words` views (WindowTable.bitsIn), and where its bytes start in them. */
  private wordsChunk: Uint8Array | null = null;
  private words: Int32Array = NO_WORDS;
  private wordShift = 0;

  constructor(needles: readonly Needle[]) {
    const windowed: { codes: number[]; tag: number }[] = [];
    /** Per pair, the line-start needles (their index in `needles`) starting with it. */
    const byPair = new Map<number, number[]>();
    const starts: { bytes: Uint8Array; tag: number }[] = [];
    for (const [index, { text, tag }] of needles.entries()) {
      const codes = Array.from(text, (char) => char.charCodeAt(0));
      if (codes.some((code) => code > 0xff))
        throw new Error("skipping quiet lines needs a scanner over bytes");
      if (codes[0] === LF) {
        const rest = codes.slice(1);
        if (rest.length === 0) throw new Error("a needle of a line break alone");
        const seconds = rest.length > 1 ? [rest[1]] : Array.from({ length: 256 }, (_, byte) => byte);
        starts[index] = { bytes: Uint8Array.from(rest), tag };
        for (const second of seconds) {
          const pair = (rest[0] << 8) | second;
          byPair.set(pair, [...(byPair.get(pair) ?? []), index]);
        }
      } else if (codes.length < WINDOW || codes.some((code) => code < 0x20)) {
        const bytes = Buffer.from(codes);
        const head = rarestHead(codes);
        this.rare.push({ bytes, tag, head, tail: bytes.subarray(head) });
      } else {
        windowed.push({ codes, tag });
      }
    }
    this.windows = new WindowTable(windowed);
    // Pairs with the same needles share a group (a needle of one byte after the break is in 256 pairs).
    const groupOf = new Map<string, number>();
    for (const [pair, indices] of byPair) {
      const key = indices.join();
      let id = groupOf.get(key);
      if (id === undefined) {
        id = this.startGroups.length;
        if (id > 0xff) throw new Error("too many line-start needle groups");
        this.startGroups.push(indices.map((index) => starts[index]));
        groupOf.set(key, id);
      }
      this.startPairs[pair] = id;
    }
  }

  /** NeedleScanner.skipQuietLines / skipToLoudLine; `enough` 0: stop at any needle. */
  skip(
    chunk: Uint8Array,
    from: number,
    to: number,
    loudFirst: number,
    maxLine: number,
    enough: number,
  ): number {
    const bytes = asBuffer(chunk);
    this.loudEnd = -1;
    if (chunk !== this.wordsChunk) this.viewWords(chunk);
    let nextRare = this.rareAfter(chunk, bytes, from);
    let nextWindow = this.windowAfter(chunk, bytes, from, to);
    let lines = 0;
    let lineStart = from;
    let unfinished = false;
    while (lineStart < to) {
      if (bytes[lineStart] === loudFirst) break;
      const end = indexOfBytes.call(bytes, LF, lineStart);
      if (end === -1 || end >= to) {
        unfinished = true;
        break;
      }
      if (end - lineStart > maxLine) break;
      let bits = 0;
      let hit = false;
      if (nextRare < end) {
        bits = this.rareBits(end);
        hit = true;
        nextRare = this.rareAfter(chunk, bytes, end + 1);
      }
      if (end > lineStart) {
        const second = end - lineStart > 1 ? bytes[lineStart + 1] : LF;
        const group = this.startPairs[(bytes[lineStart] << 8) | second];
        const found = group !== 0 ? this.startBits(bytes, lineStart, end, group) : -1;
        if (found !== -1) {
          bits |= found;
          hit = true;
        }
      }
      // Only a line holding a windowed needle is searched line by line (for its bits).
      if (nextWindow < lineStart) nextWindow = this.windowAfter(chunk, bytes, lineStart, to);
      if (nextWindow < end && (!hit || (enough !== 0 && (bits & enough) !== enough))) {
        // bitsIn over the line would stop where the search did, with the same bits, when they are
        // enough: the positions of the line before it hold no needle, and a needle found there lies
        // in the line, bounds of chunk or line alike. Else the line is searched for more.
        const found =
          ((bits | this.windowBits) & enough) === enough
            ? this.windowBits
            : this.windows.bitsIn(bytes, this.words, this.wordShift, lineStart, end, enough, bits);
        if (found !== -1) {
          bits |= found;
          hit = true;
        }
      }
      if (hit) {
        if (bytes[end - 1] !== CR) {
          this.loudEnd = end;
          this.loudBits = bits;
        }
        break;
      }
      lines++;
      lineStart = end + 1;
    }
    // The chunk is done with: hold on to it no longer. One place for both ways out (an unfinished
    // last line, as a chunk of a log mostly ends, or a whole one): a store only the rarer way ran
    // had no type feedback when V8 compiled this, and the code was thrown away the first time. Not
    // when only a range of it was asked for (StreamingLog's awaited line): the rare needles' places
    // stay known for the rest of the chunk.
    if (unfinished || lineStart >= bytes.length) {
      this.rareChunk = null;
      this.windowChunk = null;
      this.wordsChunk = null;
    }
    this.quietLines = lines;
    return lineStart;
  }

  /**
   * The chunk's bytes as 32-bit words, from the 4-byte boundary at or before its
   * start to the last whole word of its buffer (the bytes around the chunk are
   * read, never used). Empty where words are not little-endian.
   */
  private viewWords(chunk: Uint8Array): void {
    this.wordsChunk = chunk;
    this.wordShift = chunk.byteOffset & 3;
    const start = chunk.byteOffset - this.wordShift;
    const count = Math.min(
      (chunk.buffer.byteLength - start) >>> 2,
      (this.wordShift + chunk.length + 3) >>> 2,
    );
    this.words = LITTLE_ENDIAN ? new Int32Array(chunk.buffer, start, count) : NO_WORDS;
  }

  /** The tag bits of the "\n" needles of startGroups[group] bytes[lineStart, end) starts with, or -1. */
  private startBits(bytes: Buffer, lineStart: number, end: number, group: number): number {
    let bits = -1;
    for (const needle of this.startGroups[group]) {
      const length = needle.bytes.length;
      if (length > end - lineStart) continue;
      let k = 0;
      while (k < length && bytes[lineStart + k] === needle.bytes[k]) k++;
      if (k === length) bits = (bits === -1 ? 0 : bits) | (1 << (needle.tag & 31));
    }
    return bits;
  }

  /**
   * A byte of the first windowed needle in bytes[from, to) (Infinity: none), found by one window
   * search through the chunk's lines instead of one per line: a bitsIn call per line, and its
   * byte-wise steps at each line's two ends, cost ~30 ns a line (docs/benchmarks.md, "Analysis
   * throughput, session 11"). The search goes by where windows end, and every needle
   * holds its window's end: so every needle in bytes[from, to) ends at or after the byte found, and
   * none lies in a line before its line (a needle holds no "\n"). Searches again only past the byte
   * last found.
   */
  private windowAfter(chunk: Uint8Array, bytes: Buffer, from: number, to: number): number {
    const fresh = chunk !== this.windowChunk || from < this.windowFrom || to !== this.windowTo;
    if (fresh || this.windowAt < from) {
      this.windowChunk = chunk;
      this.windowFrom = from;
      this.windowTo = to;
      this.windowAt = this.windows.firstFound(bytes, this.words, this.wordShift, from, to);
      this.windowBits = this.windows.foundBits;
    }
    return this.windowAt;
  }

  /** The tag bits of the rare needles occurring before `end` (all at or after where they were last searched from). */
  private rareBits(end: number): number {
    let bits = 0;
    for (let k = 0; k < this.rare.length; k++) {
      const at = this.rareAt[k];
      // The needle holds no "\n", so one starting before the line's end lies in it.
      if (at !== -1 && at < end) bits |= 1 << (this.rare[k].tag & 31);
    }
    return bits;
  }

  /**
   * Where the first rare needle at or after `from` starts (Infinity: none in the
   * chunk). Searches again only for needles last found before `from`.
   */
  private rareAfter(chunk: Uint8Array, bytes: Buffer, from: number): number {
    const rare = this.rare;
    const rareAt = this.rareAt;
    const fresh = chunk !== this.rareChunk || from < this.rareFrom;
    this.rareChunk = chunk;
    this.rareFrom = from;
    let first = Number.POSITIVE_INFINITY;
    for (let k = 0; k < rare.length; k++) {
      if (fresh || (rareAt[k] !== -1 && rareAt[k] < from)) rareAt[k] = indexOfRare(bytes, rare[k], from);
      if (rareAt[k] !== -1 && rareAt[k] < first) first = rareAt[k];
    }
    return first;
  }
}

/**
 * Where a rare needle's search starts (QuietLineSkipper.rare): at the first byte, or at a later one
 * at least twice as far down COMMON_BYTES (a byte a little rarer by that list may be the commoner in a
 * log: `:E:` stays whole, "E:" stopped ~1.5-3 times as often over the bench blocks).
 */
function rarestHead(codes: readonly number[]): number {
  let head = 0;
  for (let at = 1; at < codes.length; at++)
    if (rarity(codes[at]) - rarity(codes[head]) >= Math.LN2) head = at;
  return head;
}

/** Where `needle` first occurs in bytes at or after `from` (-1: nowhere), found by its tail. */
function indexOfRare(
  bytes: Buffer,
  needle: { bytes: Buffer; head: number; tail: Buffer },
  from: number,
): number {
  const head = needle.head;
  if (head === 0) return indexOfBytes.call(bytes, needle.bytes, from);
  for (let at = from + head; ; at++) {
    at = indexOfBytes.call(bytes, needle.tail, at);
    if (at === -1) return -1;
    let k = 0;
    while (k < head && bytes[at - head + k] === needle.bytes[k]) k++;
    if (k === head) return at - head;
  }
}

/** Where the 4 bytes of `codes` whose cells pass least often in build output start. */
function rarestWindow(codes: readonly number[]): number {
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let at = 0; at + WINDOW <= codes.length; at++) {
    const [a, b, c, d] = codes.slice(at, at + WINDOW);
    const passes =
      (NEAR_COUNTS.get(windowCell(b, c, d, a)) ?? 0) + (FAR_COUNTS.get(windowCell(a, b, c, d)) ?? 0);
    // The counted passes first (a count of 1 outweighs the bytes' rarity, at most ~17 for 4 bytes),
    // then the bytes' rarity: most windows of needles are counted 0.
    let score = -100 * passes;
    for (let k = at; k < at + WINDOW; k++) score += rarity(codes[k]);
    if (score > bestScore) {
      best = at;
      bestScore = score;
    }
  }
  return best;
}

/** The cell nextWordCell stopped at. */
let wordCell = 0;

/**
 * WindowTable.firstFound's loop: the first position from q on (even, at most 4 * lastWord + 4) whose
 * cell is set, its cell in wordCell (the analysis is synchronous); -1: none. A function of its own
 * with no call in its loop, so that TurboFan compiles a small loop over the words: over the mixed
 * bench block such a loop takes 0.6-0.8 ms per MiB, bitsIn's loop with the cells' reading inside it
 * ~1.4 (docs/benchmarks.md, "Analysis throughput, session 11"). The caller reads the cells.
 */
function nextWordCell(neighbours: Int32Array, words: Int32Array, q: number, lastWord: number): number {
  // Word k serves positions 4k + 2 (its run of 3, "near") and 4k + 4 (across it and k + 1, "far").
  let k = (q - 2) >> 2;
  let word = words[k];
  let before = k > 0 ? words[k - 1] : 0;
  // The first word's near position only when q is there.
  let nearMask = (q & 3) === 2 ? -1 : 0;
  for (; k <= lastWord; k++) {
    const next = words[k + 1];
    // Both cells read with one branch for the two, not one on each run's entry and one on its fourth unit:
    // over the mixed bench block ~18 % of the positions have a run some window holds, four in five of them
    // ruled out by the fourth unit, so both branches were often mispredicted (skip alone ~7 % faster;
    // docs/benchmarks.md, "Analysis throughput, session 17"). A zero entry makes a zero cell.
    const near = neighbours[hashTriple(word & 0xffffff)] & nearMask;
    const far = neighbours[hashTriple((word >>> 16) | ((next & 0xff) << 16))];
    const nearCell =
      ((near >>> ((before >>> 24) & 15)) & 1) | (((near >>> (16 + ((word >>> 24) & 15))) & 1) << 1);
    const farCell = ((far >>> ((word >>> 8) & 15)) & 1) | (((far >>> (16 + ((next >>> 8) & 15))) & 1) << 1);
    if ((nearCell | farCell) !== 0) {
      if (nearCell !== 0) {
        wordCell = nearCell;
        return 4 * k + 2;
      }
      wordCell = farCell;
      return 4 * k + 4;
    }
    nearMask = -1;
    before = word;
    word = next;
  }
  return -1;
}

/**
 * The 4-unit windows of a set of needles (each needle by its window whose cells
 * pass least often in build output, common-windows.ts), searched through their runs of 3: at every other
 * position the 3 units ending there are looked up in a 128 KiB table
 * (`neighbours`), which says whether a window may end there (and start with
 * the unit before them) or at the next position (and end with the unit after
 * them): a window's two runs of 3 end at consecutive positions, so one of them
 * ends at a position looked at. Only there is the window's hash tested, and a
 * set bit compares the needles of that hash unit by unit. Any occurrence of a
 * needle contains its window, so every needle present is found, and only
 * those. Units are bytes or UTF-16 code units; the tables take their low byte
 * (a collision only means a test or a compare more), the compare the whole
 * unit.
 *
 * The positions looked at do not depend on the units read: the Wu-Manber skip
 * this replaced (a jump of up to 3 read from a table of byte pairs at each
 * position, 0.44 positions per byte) made each step wait on the loads of the
 * one before, ~5.6 ns a step; here 0.5 positions per byte cost ~2.5-3.5 ns
 * each. What costs is a position that passes: ~40-60 ns (leaving the loop,
 * the window's hash, the compares), so the unit next to the 3 (~4 times fewer
 * passes on the bench's mixed block: 16k instead of 59k per MiB) and windows
 * that are not common words matter more than the loop itself
 * (docs/benchmarks.md, "Analysis throughput, session 9").
 */
class WindowTable {
  /**
   * Per cell of 3 units (hashTriple), with the window's fourth unit u: bit `u & 15`
   * when some window ends with the 3 units and starts with u, bit `16 + (u & 15)`
   * when some window starts with them and ends with u (its end is one unit on).
   * Zero: no window has these 3 units. Four bits of u, not three (a Uint16Array,
   * 64 KiB, until session 13): over the mixed bench block 11.1k cells pass per
   * MiB instead of 14.3k, and the streaming row costs ~5 % less
   * (docs/benchmarks.md, "Analysis throughput, session 12").
   */
  readonly neighbours = new Int32Array(1 << (32 - TRIPLE_SHIFT));
  /** Bit per window hash: some needle's window has it. */
  readonly windowBits = new Int32Array(1 << (32 - WINDOW_SHIFT - 5));
  /** Per window hash, its needles: bucket[hash] … bucket[hash + 1] index the arrays below. */
  readonly bucket = new Int32Array((1 << (32 - WINDOW_SHIFT)) + 1);
  /** Per needle: where its units start in `units`, its length, its window's last unit in it, its tag. */
  readonly needleAt: Int32Array;
  readonly needleLength: Int32Array;
  readonly windowEnd: Int32Array;
  readonly needleTag: Int32Array;
  readonly units: Uint16Array;
  /** The bits of the needles firstFound found where it stopped (bitsIn's there, line or chunk alike). */
  foundBits = 0;

  constructor(needles: readonly { codes: readonly number[]; tag: number }[]) {
    const windows = needles.map(({ codes, tag }) => {
      const at = rarestWindow(codes);
      const unit = (k: number): number => codes[at + k] & 0xff;
      const ending = hashTriple(unit(1) | (unit(2) << 8) | (unit(3) << 16));
      const starting = hashTriple(unit(0) | (unit(1) << 8) | (unit(2) << 16));
      this.neighbours[ending] |= 1 << (unit(0) & 15);
      this.neighbours[starting] |= 1 << (16 + (unit(3) & 15));
      const hash = hashWindow(
        ((codes[at] & 0xff) << 24) |
          ((codes[at + 1] & 0xff) << 16) |
          ((codes[at + 2] & 0xff) << 8) |
          (codes[at + 3] & 0xff),
      );
      this.windowBits[hash >>> 5] |= 1 << (hash & 31);
      return { codes, end: at + WINDOW - 1, tag, hash };
    });
    windows.sort((a, b) => a.hash - b.hash);
    this.needleAt = new Int32Array(windows.length);
    this.needleLength = new Int32Array(windows.length);
    this.windowEnd = new Int32Array(windows.length);
    this.needleTag = new Int32Array(windows.length);
    this.units = new Uint16Array(windows.reduce((sum, window) => sum + window.codes.length, 0));
    let offset = 0;
    windows.forEach((window, index) => {
      this.units.set(window.codes, offset);
      this.needleAt[index] = offset;
      this.needleLength[index] = window.codes.length;
      this.windowEnd[index] = window.end;
      this.needleTag[index] = window.tag;
      offset += window.codes.length;
      this.bucket[window.hash + 1] = index + 1;
    });
    for (let hash = 1; hash < this.bucket.length; hash++)
      this.bucket[hash] = Math.max(this.bucket[hash], this.bucket[hash - 1]);
  }

  /**
   * Over bytes[from, to): the bits `1 << tag` of the needles found (-1: none),
   * stopping once those in `enough` are in with `known` (`enough` 0: at the first).
   * `words` are the same bytes read 4 at a time (viewWords: byte p of `bytes` is
   * byte p + shift of `words`; empty: bytes only).
   */
  bitsIn(
    bytes: Uint8Array,
    words: Int32Array,
    shift: number,
    from: number,
    to: number,
    enough: number,
    known: number,
  ): number {
    let bits = -1;
    if (to - from < WINDOW) return bits;
    const neighbours = this.neighbours;
    // Every even position q of the words' numbering: a window's two runs of 3 end at consecutive
    // positions, so one of them ends at a position looked at. One load of 4 bytes serves two
    // positions (4k + 2 in word k, 4k + 4 across words k and k + 1) instead of four byte loads.
    const toQ = to + shift;
    let q = (from + shift + 3) & ~1;
    // The positions whose words are both there and whose 3 bytes all lie before `to`.
    const lastWord = Math.min((toQ - 5) >> 2, words.length - 2);
    while (q < toQ) {
      let cell = 0;
      if ((q & 3) === 2 && q >>> 2 <= lastWord) {
        let k = q >>> 2;
        let word = words[k];
        let before = k > 0 ? words[k - 1] : 0;
        for (; k <= lastWord; k++) {
          const next = words[k + 1];
          const near = neighbours[hashTriple(word & 0xffffff)];
          if (near !== 0) {
            cell =
              ((near >>> ((before >>> 24) & 15)) & 1) | (((near >>> (16 + ((word >>> 24) & 15))) & 1) << 1);
            if (cell !== 0) {
              q = 4 * k + 2;
              break;
            }
          }
          const far = neighbours[hashTriple((word >>> 16) | ((next & 0xff) << 16))];
          before = word;
          word = next;
          if (far !== 0) {
            cell = ((far >>> ((before >>> 8) & 15)) & 1) | (((far >>> (16 + ((next >>> 8) & 15))) & 1) << 1);
            if (cell !== 0) {
              q = 4 * k + 4;
              break;
            }
          }
        }
        if (k > lastWord) {
          q = 4 * k + 2;
          continue;
        }
      } else {
        const p = q - shift;
        const near = neighbours[hashTriple(bytes[p - 2] | (bytes[p - 1] << 8) | (bytes[p] << 16))];
        const first = p - 3 >= from ? bytes[p - 3] : 0;
        const last = p + 1 < to ? bytes[p + 1] : 0;
        cell = ((near >>> (first & 15)) & 1) | (((near >>> (16 + (last & 15))) & 1) << 1);
      }
      if (cell !== 0) {
        bits = this.cellBits(bytes, from, to, q - shift, cell, bits);
        if (bits !== -1 && ((bits | known) & enough) === enough) return bits;
      }
      q += 2;
    }
    return bits;
  }

  /**
   * Where the first needle of bytes[from, to) is found: a byte of its window (Infinity: none). The
   * positions, cells and compares are bitsIn's, in the same order, so this is where bitsIn with
   * `enough` 0 stops. It runs through a chunk's quiet lines (QuietLineSkipper.windowAfter); the words
   * are read by nextWordCell, a loop with no call in it (see there).
   */
  firstFound(bytes: Uint8Array, words: Int32Array, shift: number, from: number, to: number): number {
    if (to - from < WINDOW) return Number.POSITIVE_INFINITY;
    const toQ = to + shift;
    let q = (from + shift + 3) & ~1;
    const lastWord = Math.min((toQ - 5) >> 2, words.length - 2);
    // Up to the first position 4k + 2 that a pair of words serves: byte by byte.
    for (; q < toQ && ((q & 3) !== 2 || q >>> 2 > lastWord); q += 2) {
      if (this.foundAt(bytes, from, to, q - shift, this.byteCell(bytes, from, to, q - shift)))
        return q - shift;
    }
    if (q >= toQ) return Number.POSITIVE_INFINITY;
    for (;;) {
      q = nextWordCell(this.neighbours, words, q, lastWord);
      if (q === -1) break;
      if (this.foundAt(bytes, from, to, q - shift, wordCell)) return q - shift;
      q += 2;
    }
    // Past the last pair of words: byte by byte.
    for (q = 4 * lastWord + 6; q < toQ; q += 2) {
      if (this.foundAt(bytes, from, to, q - shift, this.byteCell(bytes, from, to, q - shift)))
        return q - shift;
    }
    return Number.POSITIVE_INFINITY;
  }

  /** Whether a needle's window ends at `pos` or one on, as its cell says (0: none may). */
  private foundAt(bytes: Uint8Array, from: number, to: number, pos: number, cell: number): boolean {
    if (cell === 0) return false;
    this.foundBits = this.cellBits(bytes, from, to, pos, cell, -1);
    return this.foundBits !== -1;
  }

  /** bitsIn's cell at byte position p (the run of 3 ending there), read byte by byte. */
  private byteCell(bytes: Uint8Array, from: number, to: number, p: number): number {
    const near = this.neighbours[hashTriple(bytes[p - 2] | (bytes[p - 1] << 8) | (bytes[p] << 16))];
    if (near === 0) return 0;
    const first = p - 3 >= from ? bytes[p - 3] : 0;
    const last = p + 1 < to ? bytes[p + 1] : 0;
    return ((near >>> (first & 15)) & 1) | (((near >>> (16 + (last & 15))) & 1) << 1);
  }

  /** bitsIn at a position whose cell is set: `bits` with the tags of the needles whose window ends there or one on. */
  private cellBits(
    bytes: Uint8Array,
    from: number,
    to: number,
    pos: number,
    cell: number,
    bits: number,
  ): number {
    const windowBits = this.windowBits;
    const bucket = this.bucket;
    // Bit 0: a window may end here; bit 1: at the next position.
    for (let end = (cell & 1) !== 0 ? pos : pos + 1; end <= pos + (cell >>> 1) && end < to; end++) {
      if (end - 3 < from) continue;
      const hash = hashWindow(
        (bytes[end - 3] << 24) | (bytes[end - 2] << 16) | (bytes[end - 1] << 8) | bytes[end],
      );
      if ((windowBits[hash >>> 5] & (1 << (hash & 31))) === 0) continue;
      for (let index = bucket[hash]; index < bucket[hash + 1]; index++) {
        if (this.endsAtInBytes(bytes, from, to, end, index))
          bits = (bits === -1 ? 0 : bits) | (1 << (this.needleTag[index] & 31));
      }
    }
    return bits;
  }

  /** ORs into `into` the tags (bit t of word t >>> 5) of the needles in `text`; whether there is one. */
  tagsInText(text: string, into: Uint32Array): boolean {
    const to = text.length;
    if (to < WINDOW) return false;
    // The text's low bytes (what the tables take) copied into a byte array first, one native copy
    // per line: a typed-array load per unit instead of charCodeAt, which V8 does not specialise to
    // the string's representation in this loop (~5.5 ns per unit before, ~3 with the copy;
    // docs/benchmarks.md, "Analysis throughput, session 11"). Needles are still compared with the text.
    // A text longer than the scratch (no line of the analysis: MAX_LINE_CHARS) gets a copy of its own.
    const units = to < TEXT_SCRATCH.length ? TEXT_SCRATCH : Buffer.allocUnsafe(to + 1);
    units.write(text, 0, "latin1");
    const neighbours = this.neighbours;
    let found = false;
    let first = units[0];
    for (let pos = 2; pos < to; pos += 2) {
      const last = units[pos];
      const near = neighbours[hashTriple(first | (units[pos - 1] << 8) | (last << 16))];
      first = last;
      if (near === 0) continue;
      // At pos + 1 === to the unit is a former text's: at worst a cell that cellTags finds nothing at.
      const before = pos >= 3 ? units[pos - 3] & 15 : 0;
      const cell = ((near >>> before) & 1) | (((near >>> (16 + (units[pos + 1] & 15))) & 1) << 1);
      if (cell !== 0 && this.cellTags(text, units, pos, cell, into)) found = true;
    }
    return found;
  }

  /** tagsInText at a position whose cell is set: ORs into `into` the tags of the needles whose window ends there or one on. */
  private cellTags(text: string, units: Uint8Array, pos: number, cell: number, into: Uint32Array): boolean {
    const windowBits = this.windowBits;
    const to = text.length;
    let found = false;
    // Bit 0: a window may end here; bit 1: at the next position.
    for (let end = (cell & 1) !== 0 ? pos : pos + 1; end <= pos + (cell >>> 1) && end < to; end++) {
      if (end < 3) continue;
      const hash = hashWindow(
        (units[end - 3] << 24) | (units[end - 2] << 16) | (units[end - 1] << 8) | units[end],
      );
      if ((windowBits[hash >>> 5] & (1 << (hash & 31))) === 0) continue;
      for (let index = this.bucket[hash]; index < this.bucket[hash + 1]; index++) {
        if (!this.endsAtInText(text, end, index)) continue;
        const tag = this.needleTag[index];
        into[tag >>> 5] |= 1 << (tag & 31);
        found = true;
      }
    }
    return found;
  }

  /** Whether needle `index` occurs in bytes[from, to) with its window ending at `pos`. */
  private endsAtInBytes(bytes: Uint8Array, from: number, to: number, pos: number, index: number): boolean {
    const length = this.needleLength[index];
    const start = pos - this.windowEnd[index];
    if (start < from || start + length > to) return false;
    const at = this.needleAt[index];
    for (let k = 0; k < length; k++) if (bytes[start + k] !== this.units[at + k]) return false;
    return true;
  }

  /** Whether needle `index` occurs in `text` with its window ending at `pos`. */
  private endsAtInText(text: string, pos: number, index: number): boolean {
    const length = this.needleLength[index];
    const start = pos - this.windowEnd[index];
    if (start < 0 || start + length > text.length) return false;
    const at = this.needleAt[index];
    for (let k = 0; k < length; k++) if (text.charCodeAt(start + k) !== this.units[at + k]) return false;
    return true;
  }
}

/**
 * Whether `text` (one line) holds `needle` as a NeedleScanner reads it: a needle
 * starting with "\n" only at the line's start. For code that checks a few
 * needles itself (rules/index.ts' custom rule lists, tests).
 */
export function holdsNeedle(text: string, needle: string): boolean {
  return needle.charCodeAt(0) === LF ? text.startsWith(needle.slice(1)) : text.includes(needle);
}

/**
 * NeedleScanner.tagsIn by window search (WindowTable) instead of the DFA: a
 * line past the gate is scanned for the needles of the whole rule table, whose
 * DFA is larger still than the gate's. Needles under 4 units are looked for
 * with String#includes, needles starting with "\n" with String#startsWith.
 */
class TextTagger {
  private constructor(
    private readonly windows: WindowTable,
    /** Needles under 4 units and line-start needles (without their "\n"): each text once, with all its tags. */
    private readonly short: readonly { text: string; bits: Uint32Array }[],
    /**
     * Whether a text holds any of `short`: one regular expression, the needles as alternatives, instead of a
     * String#includes per needle on every line (most lines hold none; V8 drops the alternatives a one-byte
     * text cannot hold, the non-Latin-1 needles). docs/benchmarks.md, "Analysis throughput, session 20 (helper perf23)".
     */
    private readonly anyShort: RegExp,
    private readonly starts: readonly { text: string; bits: Uint32Array }[],
    /** Per low byte of a text's first unit: 1 when a line-start needle may begin with it. */
    private readonly startFirst: Uint8Array,
  ) {}

  /** The tagger for these needles, or null when one holds a "\n" past its start (the DFA's business). */
  static of(needles: readonly Needle[]): TextTagger | null {
    if (needles.some((needle) => needle.text.lastIndexOf("\n") > 0)) return null;
    const words = Math.max(1, ...needles.map((needle) => (needle.tag >>> 5) + 1));
    const byText = (list: readonly Needle[]) => {
      const map = new Map<string, Uint32Array>();
      for (const { text, tag } of list) {
        const bits = map.get(text) ?? new Uint32Array(words);
        bits[tag >>> 5] |= 1 << (tag & 31);
        map.set(text, bits);
      }
      return [...map].map(([text, bits]) => ({ text, bits }));
    };
    const isStart = (needle: Needle) => needle.text.charCodeAt(0) === LF;
    const anywhere = needles.filter((needle) => !isStart(needle));
    const windowed = anywhere
      .filter((needle) => needle.text.length >= WINDOW)
      .map(({ text, tag }) => ({
        codes: Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)),
        tag,
      }));
    const starts = byText(needles.filter(isStart).map(({ text, tag }) => ({ text: text.slice(1), tag })));
    const startFirst = new Uint8Array(256);
    for (const { text } of starts) startFirst[text.charCodeAt(0) & 0xff] = 1;
    const short = byText(anywhere.filter((needle) => needle.text.length < WINDOW));
    // No short needle: a pattern that matches nothing (an empty one would match every text).
    const anyShort =
      short.length === 0
        ? /(?!)/
        : new RegExp(short.map(({ text }) => text.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&")).join("|"));
    return new TextTagger(new WindowTable(windowed), short, anyShort, starts, startFirst);
  }

  tagsIn(text: string, into: Uint32Array): boolean {
    let found = this.windows.tagsInText(text, into);
    if (this.anyShort.test(text))
      for (const { text: needle, bits } of this.short) {
        if (!text.includes(needle)) continue;
        for (let word = 0; word < bits.length; word++) into[word] |= bits[word];
        found = true;
      }
    // Most lines start with no line-start needle's first unit: one load instead of a startsWith per needle.
    if (text.length === 0 || this.startFirst[text.charCodeAt(0) & 0xff] === 0) return found;
    for (const { text: needle, bits } of this.starts) {
      if (!text.startsWith(needle)) continue;
      for (let word = 0; word < bits.length; word++) into[word] |= bits[word];
      found = true;
    }
    return found;
  }
}
