// The one table of regexes the analyzer runs on untrusted log lines, for the
// static ReDoS test (redos.test.ts) and the adversarial-line bench (bench:redos).
// Walking the modules' exports keeps it complete when a rule or pattern is added.
import * as lastResort from "../last-resort";
import * as prefixGrammar from "../line-prefix-grammar";
import * as makefileMessage from "../makefile-message";
import * as pipBox from "../pip-box";
import * as portagePatterns from "../portage-patterns";
import * as recipeComplaint from "../recipe-complaint";
import * as restatedDie from "../restated-die";
import { LINE_RULES } from "../rules";
import { LD_WARNING_MADE_FATAL } from "../rules/binutils";
import * as qaRules from "../rules/qa";
import type { LineRule } from "../rules/rule";
import * as wheelBuild from "../wheel-build";

/** Every RegExp reachable from a module's exports (values, arrays, rule objects), named by its path. */
function regexesIn(prefix: string, value: unknown, depth = 0, seen = new Set<unknown>()): [string, RegExp][] {
  if (value instanceof RegExp) return [[prefix, value]];
  if (depth > 3 || value === null || typeof value !== "object" || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, inner]) =>
    regexesIn(`${prefix}.${key}`, inner, depth + 1, seen),
  );
}

export function rulePatterns(rules: readonly LineRule[]): [string, RegExp][] {
  return rules.flatMap((rule) => [[rule.id, rule.pattern] as [string, RegExp], ...nextLinePatterns(rule)]);
}

/** The patterns of a rule's nextLine chain (round 30a: Gradle's header, its cause, the cause's `> ` reason). */
function nextLinePatterns(rule: LineRule, name = rule.id, depth = 0): [string, RegExp][] {
  const next = rule.nextLine;
  if (!next || depth > 4) return [];
  const nextName = `${name}.nextLine`;
  return [[nextName, next.pattern], ...nextLinePatterns(next, nextName, depth + 1)];
}

/** The one table of regexes run on untrusted lines (rule patterns first, deduplicated by source). */
export const UNTRUSTED_LINE_REGEXES: readonly [string, RegExp][] = (() => {
  const all = [
    ...rulePatterns(LINE_RULES),
    ...regexesIn("portage-patterns", portagePatterns),
    ...regexesIn("rules/qa", qaRules),
    // the shapes the prefix stage and the decorated-excerpt fallback (decoration.ts) strip off every line
    ...regexesIn("line-prefix-grammar", prefixGrammar),
    // the last resort's words for trouble and for harmless lines, and its rules (last-resort.ts)
    ...regexesIn("last-resort", lastResort),
    // round 26: a die that restates its step's failure, and the tool lines read above it (restated-die.ts)
    ...regexesIn("restated-die", restatedDie),
    // round 30b: a makefile's message line above make's bare stop (makefile-message.ts)
    ...regexesIn("makefile-message", makefileMessage),
    // round 31: ld's warning read for collect2's verdict below it (fatal-linker-warning.ts; not in the table)
    ...rulePatterns([LD_WARNING_MADE_FATAL]),
    // round 40: a PEP 517 wheel hook's frame and pypa/build's verdict (wheel-build.ts)
    ...regexesIn("wheel-build", wheelBuild),
    // round 47d: pip's box opening and closing (pip-box.ts)
    ...regexesIn("pip-box", pipBox),
    // round 48c: make's `recipe for target 'x' failed` line passed over above its echo (recipe-complaint.ts)
    ...regexesIn("recipe-complaint", recipeComplaint),
  ];
  const bySource = new Map<string, [string, RegExp]>();
  for (const entry of all) {
    const key = `/${entry[1].source}/${entry[1].flags}`;
    if (!bySource.has(key)) bySource.set(key, entry);
  }
  return [...bySource.values()];
})();

/** Line units the patterns care about, repeated into adversarial lines by bench:redos. */
export const ADVERSARIAL_UNITS = [
  "a",
  " ",
  ":",
  "::",
  "a:1:",
  "error: ",
  "/",
  "a/",
  "*",
  "-",
  "[",
  "ld.",
  "e.",
  "1/1 ",
  " FAIL",
  "\t",
  "make[1]: *** ",
  "ERROR: a/b",
  ".t",
  "0x1",
];
