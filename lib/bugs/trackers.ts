// Tracker bugs ("blocks"): a failure blocks every active tracker whose rule
// matches its title, as toralf's bgo.sh does with data/BLOCKER. toralf's title
// is the line of his highest-priority pattern, which his rules are written
// against; ours is the primary error, so the rules also see the failure's other
// error lines (popt's title is "FNM_PATHNAME undeclared", its root cause the
// `-Werror=implicit-function-declaration` line below it). Pure.
//
// A regex rule is written by a maintainer but runs over upload-controlled text
// on the request thread, so it runs on RE2 (re2js): matching is linear in the
// text, and a pattern like `^ZZ(a+)+#$` cannot stall the server for seconds
// the way a backtracking JavaScript RegExp does.
import { RE2JS, RE2JSException } from "re2js";

export interface TrackerRule {
  bugNumber: number;
  title: string;
  matchType: "regex" | "substring";
  pattern: string;
  active: boolean;
}

/** The active trackers whose rule matches the title or one of the error lines, in bug-number order. */
export function matchingTrackers<T extends TrackerRule>(
  texts: readonly string[],
  trackers: readonly T[],
): T[] {
  const variants = texts.flatMap(textVariants);
  return trackers
    .filter((tracker) => tracker.active && variants.some((text) => ruleMatches(tracker, text)))
    .sort((a, b) => a.bugNumber - b.bugNumber);
}

const QUOTES = /['‘’`]/g;

/**
 * Titles keep the compiler's quotes (as ASCII '), but rules written before that
 * expect quote-less text ("string in namespace std does not name a type"). A
 * text is matched as is and without quotes, so old and new rules both work.
 */
export function withoutQuotes(text: string): string {
  return text.replace(QUOTES, "");
}

export function textVariants(text: string): string[] {
  const bare = withoutQuotes(text);
  return bare === text ? [text] : [text, bare];
}

export function ruleMatches(rule: Pick<TrackerRule, "matchType" | "pattern">, title: string): boolean {
  if (rule.pattern === "") return false;
  if (rule.matchType === "substring") return title.toLowerCase().includes(rule.pattern.toLowerCase());
  const compiled = compileRule(rule.pattern);
  return compiled.ok ? compiled.regex.test(title) : false;
}

export type CompiledRule = { ok: true; regex: RE2JS } | { ok: false; message: string };

const MAX_CACHED = 256;
const cache = new Map<string, CompiledRule>();

/**
 * Case-insensitive, like the rest of the dashboard's matching. RE2 syntax:
 * no backreferences or lookaround (they are what makes matching exponential).
 * A pattern saved before validation existed may not compile: it matches nothing.
 * Compiled rules are cached (bounded) since every bug page tests every rule.
 */
export function compileRule(pattern: string): CompiledRule {
  const known = cache.get(pattern);
  if (known) return known;
  const compiled = compileUncached(pattern);
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(pattern, compiled);
  return compiled;
}

function compileUncached(pattern: string): CompiledRule {
  try {
    return { ok: true, regex: RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE) };
  } catch (err) {
    if (err instanceof RE2JSException) return { ok: false, message: err.message };
    throw err;
  }
}
