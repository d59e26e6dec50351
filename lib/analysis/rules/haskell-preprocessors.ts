// Round 42: Haskell's parser and lexer generators run by Cabal's `Preprocessing library for …` step. Their own
// located message is the cause; Cabal's `Failed to build …` / `setup build failed` below only restates it.
import { rule } from "./languages";
import { type LineRule, TIER_ROOT } from "./rule";

export const HAPPY_GRAMMAR_ERROR = rule({
  id: "happy-grammar-error",
  note:
    "happy dying on a grammar file: its program name, then the grammar's line (`happy: 1861: unrecognised " +
    "directive: %shift`, an older happy given a newer grammar), or the file and line",
  needles: ["happy: "],
  pattern: /^happy: (?:[^\s:]+\.l?y:)?\d+(?::\d+)?: \S/,
  example: "happy: 1861: unrecognised directive: %shift",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
});

export const HASKELL_PREPROCESSOR_RULES: readonly LineRule[] = [HAPPY_GRAMMAR_ERROR];
