// The rule table and the matcher. See table.ts for the order and gate.ts for
// how lines that cannot match are skipped.
import { holdsNeedle } from "../needle-scan";
import { firstMatchingRule } from "./gate";
import type { LineRule } from "./rule";
import { LINE_RULES } from "./table";

function containsAny(text: string, needles: readonly string[]): boolean {
  for (const needle of needles) {
    if (holdsNeedle(text, needle)) return true;
  }
  return false;
}

/** The first rule of `rules` (default: the whole table) matching `text`, or null. */
export function matchLineRule(text: string, rules: readonly LineRule[] = LINE_RULES): LineRule | null {
  if (rules === LINE_RULES) return firstMatchingRule(text);
  for (const rule of rules) {
    if (containsAny(text, rule.needles) && rule.pattern.test(text)) return rule;
  }
  return null;
}

export { GATE_TRIGGERS, mayMatchSomeRule, NON_NOISE_NEEDLES } from "./gate";
export type { LineRule } from "./rule";
export { TIER_DIE, TIER_ROOT } from "./rule";
export { LINE_RULES } from "./table";
