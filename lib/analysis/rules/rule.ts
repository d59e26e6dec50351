// Shape of one line rule. Rules are data: a named constant with the example line
// it catches (rules.test.ts asserts every rule matches its own example), so a
// reviewer can read the table instead of the matcher.
import type { FailureKind, Severity } from "../types";

/**
 * noise: a known red herring (make's "Error 1" echo, collect2, ninja stopped);
 *        it is never an error line and never the primary error.
 * error: a candidate for the error list and for the primary error.
 * test:  a failed test; also an error candidate. `testName` extracts the name.
 */
export type RuleRole = "noise" | "error" | "test";

export interface LineRule {
  id: string;
  /**
   * Fixed substrings of which every match contains at least one. They are
   * checked with String#includes before the regex runs, which keeps the scan
   * above 50 MB/s: most lines of a build log contain none of them.
   */
  needles: readonly string[];
  pattern: RegExp;
  example: string;
  role: RuleRole;
  /** Primary-error rank: the highest tier in the failing phase wins, the first occurrence breaks ties. */
  tier: number;
  /** The failure kind this rule implies; null means "take it from the failing phase". */
  kind: FailureKind | null;
  severity: Severity;
  /** Kind to use when the log has no phase information at all (excerpts without banner or sections). */
  kindWithoutPhase?: FailureKind;
  /**
   * A reason only for a die without a message (round 27: eselect's `!!! Error: …` under an eclass helper's
   * bare `|| die`): true when the die's own `message` says what failed in the ebuild's words, more than the
   * matched line `text` (round 29b: not when the message only follows from the line's failure).
   */
  yieldsToDieMessage?: (text: string, message: string) => boolean;
  /** Still a candidate after the die banner (the sandbox summary is printed after it). */
  afterBanner?: boolean;
  /** For test rules: the test name inside the matched line. */
  testName?: (text: string) => string;
  /**
   * The line after a match is a candidate of this rule, whatever it holds
   * (Gradle's "* What went wrong:" then the message on its own line).
   */
  nextLine?: LineRule;
  /**
   * For a nextLine rule: the line gives the reason for the line above it (its text), which only wraps it
   * (round 30a: Gradle's `> …` under `A problem occurred evaluating project ':app'.`). When this says so the
   * line takes the place of the one above among the candidates; otherwise it is no candidate.
   */
  reasonFor?: (above: string) => boolean;
  /**
   * For a nextLine rule: the line tells what the line above was, no more (round 44c: ninja's command under
   * `FAILED: <output>`). The rule returned, when not null, becomes the above candidate's rule (its kind); the
   * candidate keeps its line and text, and the line is then read as any other.
   */
  relabels?: (text: string) => LineRule | null;
  /**
   * For a nextLine rule: lines it waits through (round 51b: the blank line between mocha's `  1 failing` and its
   * first failure, rebar3's `Failures:`, a blank line and an application's name above its first one). A passed-over
   * line is read as any other, and a line that is neither this nor the rule's is read as any other, ending the wait.
   */
  passesOver?: RegExp;
  /**
   * For a nextLine rule under a noise line: a match makes that line (its text, its number) the candidate, under this
   * rule (round 52a: unittest's `ERROR` on a line of its own, below the row of a test that printed output first: the
   * row names the test, the verdict only makes it a failure).
   */
  takesLineAbove?: boolean;
  /**
   * For a nextLine rule: the rule that reads the line instead when this one's pattern does not match it (round 52e:
   * `Failures:` heads rebar3's eunit list and RSpec's alike; their first entries differ).
   */
  otherwise?: LineRule;
  /**
   * The detail under a match (the lines after a line ending in ":") comes on elog lines of its own
   * (doebuild's eerror form of a Manifest failure), so a ` * ` line does not end it.
   */
  detailOnElogLines?: boolean;
  /**
   * A shell complaint the script may go on after (configure scripts run without
   * `set -e`): a later "configure: creating ./config.status" in the same segment
   * shows the script finished, and the candidate is dropped (candidates.ts).
   */
  survivable?: boolean;
  /**
   * A match proves the build failed even at a low tier (the sandbox's violation
   * summary): a log without a banner and without a stronger candidate fails on it.
   */
  conclusive?: boolean;
  /**
   * A conclusive verdict that only sums up runs it does not explain (pkg-testing-tool's `Not all runs were
   * successful.`, round 33): any stronger candidate of the excerpt, of whatever kind, is the primary.
   */
  sumsUp?: boolean;
  /**
   * The ebuild phase the matched line names (Portage's `The ebuild phase 'postrm' has been killed by
   * signal 11.`): the failure's phase when no banner names one.
   */
  phaseIn?: (text: string) => string | null;
  /** Why the rule exists, when the pattern alone does not say it. */
  note?: string;
}

/** Broken environment (OOM, full disk, ICE): it explains everything else in the log. */
export const TIER_ENVIRONMENT = 5;
/** Portage's own failure classes: sandbox, collision, fetch, dependency resolution. */
export const TIER_PORTAGE = 4;
/** A root-cause diagnostic from a tool: compiler, linker, configure, CMake, meson, a failed test. */
export const TIER_ROOT = 3;
/** Detail that usually sits under a root cause (Python exceptions, pytest "E" lines). */
export const TIER_DETAIL = 2;
/** Echo of a failure reported elsewhere (ninja "FAILED:", cargo "could not compile"). */
export const TIER_ECHO = 1;
/** The die message: the fallback when no rule caught anything in the failing phase. */
export const TIER_DIE = 0;

/** Text after the first occurrence of `marker`, up to the first space (test names in summaries). */
export function tokenAfter(text: string, marker: string): string {
  const start = text.indexOf(marker);
  if (start === -1) return text.trim();
  const rest = text.slice(start + marker.length).trimStart();
  const space = rest.indexOf(" ");
  return space === -1 ? rest : rest.slice(0, space);
}
