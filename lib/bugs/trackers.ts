// Tracker bugs ("blocks"): a failure blocks every active tracker whose rule
// matches its title, as toralf's bgo.sh does with data/BLOCKER. Pure.

export interface TrackerRule {
  bugNumber: number;
  title: string;
  matchType: "regex" | "substring";
  pattern: string;
  active: boolean;
}

/** The active trackers whose rule matches the title, in bug-number order. */
export function matchingTrackers<T extends TrackerRule>(title: string, trackers: readonly T[]): T[] {
  return trackers
    .filter((tracker) => tracker.active && ruleMatches(tracker, title))
    .sort((a, b) => a.bugNumber - b.bugNumber);
}

export function ruleMatches(rule: Pick<TrackerRule, "matchType" | "pattern">, title: string): boolean {
  if (rule.pattern === "") return false;
  if (rule.matchType === "substring") return title.toLowerCase().includes(rule.pattern.toLowerCase());
  const regex = compileRule(rule.pattern);
  return regex !== null && regex.test(title);
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
