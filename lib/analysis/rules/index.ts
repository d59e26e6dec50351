// The ordered rule table. Order matters: the first rule that matches a line
// decides its role, so red herrings come first and catch-alls last.
import { BUILD_TOOL_RULES } from "./build-tools";
import { ENVIRONMENT_RULES } from "./environment";
import { MAKE_OTHER_STARS, NOISE_RULES } from "./noise";
import { OTHER_TOOL_RULES } from "./other-tools";
import type { LineRule } from "./rule";
import { TEST_RULES } from "./tests";
import { TOOLCHAIN_RULES } from "./toolchain";

export const LINE_RULES: readonly LineRule[] = [
  ...NOISE_RULES,
  ...ENVIRONMENT_RULES,
  ...TOOLCHAIN_RULES,
  ...TEST_RULES,
  ...BUILD_TOOL_RULES,
  ...OTHER_TOOL_RULES,
  MAKE_OTHER_STARS,
];

// The gate decides cheaply that no rule can match a line: most lines of a build
// log match nothing, and ~60 regexes per line would cost more than everything
// else. Every needle of every non-noise rule contains one of these triggers
// (rules.test.ts checks it); noise lines may be skipped, the outcome is the same.
export const GATE_TRIGGERS: readonly string[] = [
  "rror",
  "RROR",
  "FAIL",
  "ailed",
  "***",
  "!!!",
  "No ",
  "ACCESS",
  "Killed",
  "memory",
  "undefin",
  "cannot",
  "E   ",
  "collision",
  "multiple def",
  "recompile",
  ".go:",
  "XPASS",
  "SEGFAULT",
  "Timeout",
  "aborted",
  "Not Run",
  "Exception",
  "TIMEOUT",
  "Dubious",
  "not found",
  "broken",
  "ebuilds",
  "necessary",
  "Fehler",
  "błąd",
  "erreur",
  "ошибка",
  "Verweis",
];

// Lines containing ":", "*" or "!" (a quarter of a compile log) get the full
// trigger scan; the others only need the triggers of needles that contain none
// of those characters, a much shorter alternation.
const GATE_CHARS = /[:*!]/;
const GATE_CHAR_LIST = [":", "*", "!"];
const CHARLESS_NEEDLES = LINE_RULES.filter((rule) => rule.role !== "noise")
  .flatMap((rule) => rule.needles)
  .filter((needle) => !GATE_CHAR_LIST.some((char) => needle.includes(char)));
export const CHARLESS_TRIGGERS = GATE_TRIGGERS.filter((trigger) =>
  CHARLESS_NEEDLES.some((needle) => needle.includes(trigger)),
);
const FULL_GATE = alternation(GATE_TRIGGERS);
const CHARLESS_GATE = alternation(CHARLESS_TRIGGERS);

function alternation(literals: readonly string[]): RegExp {
  return new RegExp(literals.map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
}

/** False when no rule (other than noise) can match `text`; true means "run the rules". */
export function mayMatchSomeRule(text: string): boolean {
  return GATE_CHARS.test(text) ? FULL_GATE.test(text) : CHARLESS_GATE.test(text);
}

function containsAny(text: string, needles: readonly string[]): boolean {
  for (const needle of needles) {
    if (text.includes(needle)) return true;
  }
  return false;
}

/** The first rule matching `text`, or null. */
export function matchLineRule(text: string, rules: readonly LineRule[] = LINE_RULES): LineRule | null {
  if (rules === LINE_RULES && !mayMatchSomeRule(text)) return null;
  for (const rule of rules) {
    if (containsAny(text, rule.needles) && rule.pattern.test(text)) return rule;
  }
  return null;
}

export type { LineRule } from "./rule";
export { TIER_DIE, TIER_ROOT } from "./rule";
