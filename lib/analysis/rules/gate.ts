// The gate: decides cheaply which rules can match a line, because most lines
// of a build log match nothing and ~60 regexes per line would cost more than
// everything else.
import type { LineRule } from "./rule";
import { LINE_RULES } from "./table";

// Every needle of every non-noise rule contains one of these triggers
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
  "can't",
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

// Lines containing ":", "*" or "!" (a quarter of a compile log) go straight to
// the trigger scan; the others first need a trigger of a needle that contains
// none of those characters, a much shorter alternation.
const GATE_CHAR_LIST = [":", "*", "!"];
const CHARLESS_NEEDLES = LINE_RULES.filter((rule) => rule.role !== "noise")
  .flatMap((rule) => rule.needles)
  .filter((needle) => !GATE_CHAR_LIST.some((char) => needle.includes(char)));
export const CHARLESS_TRIGGERS = GATE_TRIGGERS.filter((trigger) =>
  CHARLESS_NEEDLES.some((needle) => needle.includes(trigger)),
);
const CHARLESS_GATE = alternation(CHARLESS_TRIGGERS, "");
// Finds every trigger occurrence; lastIndex is stepped by one so overlapping
// triggers are all seen (no trigger is a prefix of another, see rules.test.ts).
const TRIGGER_SCAN = alternation(GATE_TRIGGERS, "g");

/** For each trigger, the non-noise rules with a needle containing it. */
const RULES_BY_TRIGGER = new Map(
  GATE_TRIGGERS.map((trigger) => [
    trigger,
    LINE_RULES.filter((rule) => rule.role !== "noise" && rule.needles.some((n) => n.includes(trigger))),
  ]),
);

function alternation(literals: readonly string[], flags: string): RegExp {
  return new RegExp(
    literals.map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
    flags,
  );
}

/** False when no rule other than noise can match `text`. */
export function mayMatchSomeRule(text: string): boolean {
  return candidateRules(text) !== null;
}

/**
 * The rules worth trying on `text`: noise rules plus the rules of every trigger
 * found, as a set; null when no trigger occurs (then only noise could match,
 * which has the same outcome as no match).
 */
export function candidateRules(text: string): Set<LineRule> | null {
  const hasGateChar = text.includes(":") || text.includes("*") || text.includes("!");
  if (!hasGateChar && !CHARLESS_GATE.test(text)) return null;
  let found: Set<LineRule> | null = null;
  TRIGGER_SCAN.lastIndex = 0;
  for (let match = TRIGGER_SCAN.exec(text); match; match = TRIGGER_SCAN.exec(text)) {
    found ??= new Set();
    for (const rule of RULES_BY_TRIGGER.get(match[0]) ?? []) found.add(rule);
    TRIGGER_SCAN.lastIndex = match.index + 1;
  }
  return found;
}
