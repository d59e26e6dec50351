import { detectGrammar, type PrefixGrammar, stripWith } from "./line-prefix-grammar";

// Logs pasted or captured through another tool carry one prefix on every line:
// a mail quote "> ", a list "- ", a timestamp ("2026-11-29T13:02:50Z ",
// "[12:34:56] "), docker buildkit's "#12 3.45 ". Every Portage pattern is
// anchored at the start of the line, so such a log looked like a success.
// The prefix is found on the first lines (a bounded sample), then stripped from
// every line that has it before the analysis; line numbers stay the file's.

/** Longest prefix looked for in a line's bytes (a journal head with a long host name is ~60). */
const MAX_PREFIX_BYTES = 128;
/** Non-empty lines the decision looks at. */
export const PREFIX_SAMPLE_LINES = 40;

export class LinePrefix {
  constructor(
    private readonly grammar: PrefixGrammar,
    /** The prefix as the first prefixed sample line carries it (LogAnalysis.linePrefix), null for wrap-only. */
    readonly example: string | null,
  ) {}

  /** The line without its prefix (unchanged when it has none). */
  strip(raw: string): string {
    return stripWith(this.grammar, raw).text;
  }

  /** Length in bytes of the prefix at bytes[from, to), 0 when the line has none. */
  lengthIn(bytes: Uint8Array, from: number, to: number): number {
    // Only ASCII can be part of a prefix, so a latin1 view of the head is exact for it.
    const head = Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.min(to - from, MAX_PREFIX_BYTES));
    const { cut } = stripWith(this.grammar, head.toString("latin1"));
    // A cut that reaches the window's end may belong to a longer line: look at the whole line.
    return cut < head.length || head.length === to - from ? cut : 0;
  }
}

/** The prefix grammar the sample lines use (line-prefix-grammar.ts), or null. `sample` holds non-empty raw lines. */
export function detectLinePrefix(sample: readonly string[]): LinePrefix | null {
  const grammar = detectGrammar(sample);
  if (!grammar) return null;
  const prefixed =
    grammar.head !== null ||
    grammar.hash ||
    grammar.markers > 0 ||
    grammar.indent > 0 ||
    grammar.tableStart === true;
  const first = sample.map((line) => stripWith(grammar, line).cut).findIndex((cut) => cut > 0);
  const example =
    prefixed && first >= 0 ? sample[first].slice(0, stripWith(grammar, sample[first]).cut) : null;
  return new LinePrefix(grammar, example);
}

/** What the prefix stage needs of the analyzer behind it (analyzer.ts), and gives itself. */
export interface PrefixTarget<Result> {
  /** `gate`: the plain byte gate's verdict when the caller ran it (analyzer.ts GateResult). */
  pushLine(text: string, gate?: 0 | 1 | 2 | 3): void;
  wantsNextLine(): boolean;
  skipLines(count: number): void;
  /** The byte gate: false when the line (still in bytes) certainly changes nothing. */
  mayMatterBytes(bytes: Uint8Array, from: number, to: number): boolean;
  /** True when mayMatterBytes is the plain needle gate for the next line (analyzer.ts). */
  plainByteGate(): boolean;
  setLinePrefix(prefix: string | null): void;
  finish(): Result;
}

/** Raw lines the prefix decision looks at, whatever their number or size (first lines can be 64 KiB). */
const MAX_SAMPLE_LINES = 400;
const MAX_SAMPLE_CHARS = 1024 * 1024;
/**
 * Non-empty lines held for the `whole` reading (the decorated-excerpt fallback and the last resort,
 * analyzer.ts: excerpts of up to a few hundred lines, not only the 40 of the prefix sample). A longer
 * log is replayed into the core once this is passed: the cost is one array of at most this many lines
 * (and MAX_HELD_LINES / MAX_SAMPLE_CHARS), for a 1 GB log as for a short one. Session 10 holds every
 * log's first lines, not only a decorated sample's (the last resort reads plain excerpts too).
 */
export const WHOLE_LOG_LINES = 300;
const MAX_HELD_LINES = 3 * MAX_SAMPLE_LINES;

/**
 * Puts prefix detection in front of `core`: the first lines are held until
 * PREFIX_SAMPLE_LINES non-empty ones (or the caps) are seen, then replayed in
 * order, stripped of the prefix if one was found, and so is every later line. With a
 * `whole` reader the sample is held on until WHOLE_LOG_LINES non-empty lines.
 * The byte gate looks past the prefix (the ">" test is on the first byte after it).
 */
export function detectingPrefix<Result>(
  core: PrefixTarget<Result>,
  /**
   * Called at the end of a log that never outgrew the sample (every raw line is still held, and the
   * prefix found, if any): it may read the log again (analyzer.ts, the decorated-excerpt fallback) and
   * return another result.
   */
  whole?: (lines: readonly string[], result: Result, prefix: LinePrefix | null) => Result,
): PrefixTarget<Result> {
  let sample: string[] | null = [];
  /** The prefix was decided on the first lines and the sample is held on for `whole`. */
  let extended = false;
  let nonEmpty = 0;
  let chars = 0;
  let prefix: LinePrefix | null = null;
  const decidePrefix = (held: readonly string[]): void => {
    prefix = detectLinePrefix(held.filter((line) => line.trim().length > 0));
    core.setLinePrefix(prefix?.example ?? null);
  };
  const replay = (): void => {
    const held = sample ?? [];
    sample = null;
    // Without a prefix this stage steps aside: the per-line calls go straight to
    // the core (most logs; the byte gate runs for every line of a 1 GB log).
    if (!prefix)
      Object.assign(stage, {
        pushLine: core.pushLine,
        wantsNextLine: core.wantsNextLine,
        mayMatterBytes: core.mayMatterBytes,
        plainByteGate: core.plainByteGate,
      });
    for (const line of held) core.pushLine(prefix ? prefix.strip(line) : line);
  };
  const wantsNextLine = (): boolean => sample !== null || core.wantsNextLine();
  const stage: PrefixTarget<Result> = {
    pushLine(raw: string): void {
      if (!sample) {
        core.pushLine(prefix ? prefix.strip(raw) : raw);
        return;
      }
      sample.push(raw);
      chars += raw.length;
      if (raw.trim().length > 0) nonEmpty++;
      if (extended) {
        if (nonEmpty >= WHOLE_LOG_LINES || sample.length >= MAX_HELD_LINES || chars >= MAX_SAMPLE_CHARS)
          replay();
        return;
      }
      if (nonEmpty < PREFIX_SAMPLE_LINES && sample.length < MAX_SAMPLE_LINES && chars < MAX_SAMPLE_CHARS)
        return;
      decidePrefix(sample);
      // The sample is held on, whole, for the fallbacks: a log shorter than WHOLE_LOG_LINES is a pasted
      // excerpt more often than a tinderbox's (a long log pays one array of its first lines, once).
      extended = whole !== undefined && chars < MAX_SAMPLE_CHARS;
      if (!extended) replay();
    },
    wantsNextLine,
    skipLines: (count) => core.skipLines(count),
    mayMatterBytes(bytes: Uint8Array, from: number, to: number): boolean {
      if (wantsNextLine()) return true;
      const skip = prefix ? prefix.lengthIn(bytes, from, to) : 0;
      return core.mayMatterBytes(bytes, from + skip, to);
    },
    // Only without a prefix (then replaced by the core's own, above).
    plainByteGate: () => false,
    setLinePrefix: (value) => core.setLinePrefix(value),
    finish(): Result {
      const held = sample;
      if (held) {
        if (!extended) decidePrefix(held);
        replay();
      }
      const result = core.finish();
      return held && whole ? whole(held, result, prefix) : result;
    },
  };
  return stage;
}
