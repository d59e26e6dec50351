// The rule table and the matcher. See table.ts for the order and gate.ts for
// how lines that cannot match are skipped.
import { candidateRules } from "./gate";
import type { LineRule } from "./rule";
import { LINE_RULES } from "./table";

function containsAny(text: string, needles: readonly string[]): boolean {
  for (const needle of needles) {
    if (text.includes(needle)) return true;
  }
  return false;
}

/** The first rule of `rules` (default: the whole table) matching `text`, or null. */
export function matchLineRule(text: string, rules: readonly LineRule[] = LINE_RULES): LineRule | null {
  if (rules !== LINE_RULES) return firstMatch(text, rules, null);
  const candidates = candidateRules(text);
  return candidates ? firstMatch(text, rules, candidates) : null;
}

function firstMatch(
  text: string,
  rules: readonly LineRule[],
  candidates: Set<LineRule> | null,
): LineRule | null {
  for (const rule of rules) {
    if (candidates && rule.role !== "noise" && !candidates.has(rule)) continue;
    if (containsAny(text, rule.needles) && rule.pattern.test(text)) return rule;
  }
  return null;
}

export { CHARLESS_TRIGGERS, GATE_TRIGGERS, mayMatchSomeRule } from "./gate";
export type { LineRule } from "./rule";
export { TIER_DIE, TIER_ROOT } from "./rule";
export { LINE_RULES } from "./table";
