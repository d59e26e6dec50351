// Tracker bugs ("blocks"): a failure blocks every active tracker whose rule
// matches its title, as toralf's bgo.sh does with data/BLOCKER. toralf's title
// is the line of his highest-priority pattern, which his rules are written
// against; ours is the primary error, so the rules also see the failure's other
// error lines (popt's title is "FNM_PATHNAME undeclared", its root cause the
// `-Werror=implicit-function-declaration` line below it). Pure.

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
  return trackers
    .filter((tracker) => tracker.active && texts.some((text) => ruleMatches(tracker, text)))
    .sort((a, b) => a.bugNumber - b.bugNumber);
}

export function ruleMatches(rule: Pick<TrackerRule, "matchType" | "pattern">, title: string): boolean {
  if (rule.pattern === "") return false;
  if (rule.matchType === "substring") return title.toLowerCase().includes(rule.pattern.toLowerCase());
  const regex = compileRule(rule.pattern);
  return regex?.test(title) ?? false;
}

/**
 * Case-insensitive, like the rest of the dashboard's matching. A pattern saved
 * before validation existed may not compile: it then matches nothing.
 */
export function compileRule(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern, "i");
  } catch {
    return null;
  }
}
