// GNU Bison's diagnostics (round 34). Bison locates them as `file.y:LINE.COLUMN-COLUMN:` (or
// `LINE.COLUMN-LINE.COLUMN:`), which the compiler's `file:LINE:COLUMN:` rules never read. Bison 2.x printed the
// message right after the location; 3.x says `error:` there. Its `warning:` and `note:` lines are noise (a grammar
// with warnings still builds; `-Werror` makes them `error: … [-Werror=…]`). Round 51b: flex's, the lexer generator
// beside it.
import { type LineRule, TIER_ROOT } from "./rule";

/** A line number's first digit (the location needles of bison-error and flex-error). */
export const LINE_NUMBER_DIGITS = ["1", "2", "3", "4", "5", "6", "7", "8", "9"];

export const BISON_ERROR: LineRule = {
  id: "bison-error",
  note:
    "the grammar file (`.y`, C++'s `.yy`/`.ypp`) and bison's dotted location; old bison's message has no " +
    "`error:` (`$$ for the midrule at $8 of `rule' has no declared type`), so anything but a warning or note",
  // `.y:` with the line number's first digit, as flex-error's `.l:`: a needle under 4 bytes is searched through every
  // chunk by itself, stopping at each `y:` (~2 % of the mixed row; docs/benchmarks.md, "Session 22").
  needles: [...LINE_NUMBER_DIGITS.map((digit) => `.y:${digit}`), ".yy:", ".ypp:"],
  pattern: /^[^\s:][^:]*\.(?:y|yy|ypp):\d+\.\d+(?:-\d+(?:\.\d+)?)?: (?!warning:|note:|remarque|Warnung)\S/,
  example: "./yara/libyara/grammar.y:229.9-10: $$ for the midrule at $8 of `rule' has no declared type",
  role: "error",
  tier: TIER_ROOT,
  kind: "compile",
  severity: "error",
};

/**
 * Round 51b: flex's complaints about a scanner (`scan.l:42: unrecognized rule`, `../verilog.l:1078: EOF encountered
 * inside an action`, `x.l:3: unrecognized %option: reentrant`; flex 2.5.4's `"scan.l", line 42: unrecognized rule`)
 * and flex's own fatal errors (`flex: input rules are too complicated (>= 32000 NFA states)`, `flex: fatal internal
 * error, …`, `flex: could not create lex.yy.c`). Before, make's echo of the generated file (the last resort, kind
 * compile) or a later line was the primary, the die's message in a full log. Not flex's `warning, rule cannot be
 * matched` nor `-Wall`'s `warning, …` lines (a scanner with warnings still builds), nor a source file named `.l` by
 * another tool (Lisp's `.l` files are read by no rule here: their compiler says `error` in its own words).
 */
export const FLEX_ERROR: LineRule = {
  id: "flex-error",
  note:
    'a flex scanner\'s location (`file.l:N:` or the old `"file.l", line N:`; `.ll`, `.lpp`, `.lex` for C++ and others) ' +
    "with a message that is no warning, and flex's own `flex: …` at the line's start",
  // `.l:` and `.ll:` with the line number's first digit: a needle of three units costs every byte of a log its window
  // search (compile row -10 % when `.l:` was one), four or more a rare window of its own.
  needles: [
    ...LINE_NUMBER_DIGITS.map((digit) => `.l:${digit}`),
    ...LINE_NUMBER_DIGITS.map((digit) => `.ll:${digit}`),
    ".lpp:",
    ".lex:",
    '.l", line ',
    '.ll", line ',
    '.lpp", line ',
    '.lex", line ',
    "flex: ",
  ],
  pattern:
    /^(?:(?:[^\s:"][^:"]*\.(?:l|ll|lpp|lex):\d+|"[^"\n]+\.(?:l|ll|lpp|lex)", line \d+): (?!warning)\S|(?:\S*\/)?flex(?:\+\+)?: (?!warning)\S)/,
  example: "../verilog.l:1078: EOF encountered inside an action",
  role: "error",
  tier: TIER_ROOT,
  kind: "compile",
  severity: "error",
};

export const BISON_RULES: readonly LineRule[] = [BISON_ERROR, FLEX_ERROR];
