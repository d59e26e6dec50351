// GNU Bison's diagnostics (round 34). Bison locates them as `file.y:LINE.COLUMN-COLUMN:` (or
// `LINE.COLUMN-LINE.COLUMN:`), which the compiler's `file:LINE:COLUMN:` rules never read. Bison 2.x printed the
// message right after the location; 3.x says `error:` there. Its `warning:` and `note:` lines are noise (a grammar
// with warnings still builds; `-Werror` makes them `error: … [-Werror=…]`).
import { type LineRule, TIER_ROOT } from "./rule";

export const BISON_ERROR: LineRule = {
  id: "bison-error",
  note:
    "the grammar file (`.y`, C++'s `.yy`/`.ypp`) and bison's dotted location; old bison's message has no " +
    "`error:` (`$$ for the midrule at $8 of `rule' has no declared type`), so anything but a warning or note",
  needles: [".y:", ".yy:", ".ypp:"],
  pattern: /^[^\s:][^:]*\.(?:y|yy|ypp):\d+\.\d+(?:-\d+(?:\.\d+)?)?: (?!warning:|note:|remarque|Warnung)\S/,
  example: "./yara/libyara/grammar.y:229.9-10: $$ for the midrule at $8 of `rule' has no declared type",
  role: "error",
  tier: TIER_ROOT,
  kind: "compile",
  severity: "error",
};

export const BISON_RULES: readonly LineRule[] = [BISON_ERROR];
