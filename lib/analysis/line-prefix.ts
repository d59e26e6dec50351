// Logs pasted or captured through another tool carry one prefix on every line:
// a mail quote "> ", a list "- ", a timestamp ("2026-11-29T13:02:50Z ",
// "[12:34:56] "), docker buildkit's "#12 3.45 ". Every Portage pattern is
// anchored at the start of the line, so such a log looked like a success.
// The prefix is found on the first lines (a bounded sample), then stripped from
// every line that has it before the analysis; line numbers stay the file's.

/** A prefix shape. All shapes are ASCII, so a match's length is also its length in bytes. */
interface PrefixShape {
  id: string;
  /** Anchored at the start of the line. */
  pattern: RegExp;
  /** A prefix that never varies; lines equal to it without the trailing blank count as empty lines. */
  constant?: string;
}

const PREFIX_SHAPES: readonly PrefixShape[] = [
  { id: "quote", pattern: /^> /, constant: "> " },
  { id: "list", pattern: /^- /, constant: "- " },
  {
    id: "iso-timestamp",
    pattern: /^\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?\]? /,
  },
  { id: "clock", pattern: /^\[\d\d:\d\d:\d\d(?:[.,]\d{1,9})?\] / },
  { id: "buildkit", pattern: /^#\d+ \d+\.\d+ / },
];

/** Non-empty lines the decision looks at. */
export const PREFIX_SAMPLE_LINES = 40;
/** Fewer sample lines than this: too little evidence, no prefix. */
const MIN_SAMPLE_LINES = 4;
/** Share of sample lines that must carry the prefix ("nearly every line"). */
const MIN_SHARE = 0.9;
/** Longest prefix looked for in a line's bytes (a timestamp with nanoseconds and offset is ~38). */
const MAX_PREFIX_BYTES = 64;

export class LinePrefix {
  constructor(
    private readonly shape: PrefixShape,
    /** The prefix as the first sample line carries it (reported as LogAnalysis.linePrefix). */
    readonly example: string,
  ) {}

  /** The line without its prefix (unchanged when it has none). */
  strip(raw: string): string {
    const constant = this.shape.constant;
    if (constant) {
      if (raw.startsWith(constant)) return raw.slice(constant.length);
      return raw === constant.trimEnd() ? "" : raw;
    }
    const match = this.shape.pattern.exec(raw);
    return match ? raw.slice(match[0].length) : raw;
  }

  /** Length in bytes of the prefix at bytes[from, to), 0 when the line has none. */
  lengthIn(bytes: Uint8Array, from: number, to: number): number {
    const constant = this.shape.constant;
    if (constant) {
      if (to - from < constant.length) return 0;
      for (let i = 0; i < constant.length; i++) if (bytes[from + i] !== constant.charCodeAt(i)) return 0;
      return constant.length;
    }
    // Only ASCII can be part of a prefix, so a latin1 view of the head is exact for it.
    const head = Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.min(to - from, MAX_PREFIX_BYTES));
    const match = this.shape.pattern.exec(head.toString("latin1"));
    return match ? match[0].length : 0;
  }
}

/** The prefix (nearly) every sample line carries, or null. `sample` holds non-empty raw lines. */
export function detectLinePrefix(sample: readonly string[]): LinePrefix | null {
  if (sample.length < MIN_SAMPLE_LINES) return null;
  const needed = Math.ceil(sample.length * MIN_SHARE);
  for (const shape of PREFIX_SHAPES) {
    let hits = 0;
    for (const line of sample) {
      if (shape.pattern.test(line) || (shape.constant && line === shape.constant.trimEnd())) hits++;
    }
    if (hits < needed) continue;
    const first = sample.map((line) => shape.pattern.exec(line)).find((match) => match !== null);
    return new LinePrefix(shape, first?.[0] ?? shape.constant ?? "");
  }
  return null;
}

/** What the prefix stage needs of the analyzer behind it (analyzer.ts), and gives itself. */
export interface PrefixTarget<Result> {
  pushLine(text: string, passedGate?: boolean): void;
  wantsNextLine(): boolean;
  skipLines(count: number): void;
  /** The byte gate: false when the line (still in bytes) certainly changes nothing. */
  mayMatterBytes(bytes: Uint8Array, from: number, to: number): boolean;
  /** True when mayMatterBytes is the plain needle gate for the next line (analyzer.ts). */
  plainByteGate(): boolean;
  setLinePrefix(prefix: string | null): void;
  finish(): Result;
}

/** Raw lines held while sampling, whatever their number or size (first lines can be 64 KiB). */
const MAX_SAMPLE_LINES = 400;
const MAX_SAMPLE_CHARS = 1024 * 1024;

/**
 * Puts prefix detection in front of `core`: the first lines are held until
 * PREFIX_SAMPLE_LINES non-empty ones (or the caps) are seen, then replayed in
 * order, stripped of the prefix if one was found, and so is every later line.
 * The byte gate looks past the prefix (the ">" test is on the first byte after it).
 */
export function detectingPrefix<Result>(core: PrefixTarget<Result>): PrefixTarget<Result> {
  let sample: string[] | null = [];
  let nonEmpty = 0;
  let chars = 0;
  let prefix: LinePrefix | null = null;
  const decide = (): void => {
    const held = sample ?? [];
    sample = null;
    prefix = detectLinePrefix(held.filter((line) => line.trim().length > 0));
    core.setLinePrefix(prefix?.example ?? null);
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
      if (nonEmpty >= PREFIX_SAMPLE_LINES || sample.length >= MAX_SAMPLE_LINES || chars >= MAX_SAMPLE_CHARS)
        decide();
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
      if (sample) decide();
      return core.finish();
    },
  };
  return stage;
}
