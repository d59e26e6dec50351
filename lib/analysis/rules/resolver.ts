// emerge's dependency resolver (depgraph.py) failing before any ebuild phase runs:
// blockers, slot conflicts, masked or missing packages, REQUIRED_USE, cycles and
// the "changes are necessary" autounmask proposals. No die banner follows, so the
// whole log is searched and these Portage-tier rules make the build a failure.
// The primary is the first line of the resolver's own message (for a blocker the
// " * Error: The above package list …" sentence; the `[blocks B ]` rows before it
// are the list it refers to and name the packages for the title: detail.ts).
import { type LineRule, TIER_PORTAGE, TIER_ROOT } from "./rule";

function resolverRule(
  rule: Omit<LineRule, "role" | "tier" | "kind" | "severity" | "afterBanner"> & { tier?: number },
): LineRule {
  return {
    tier: TIER_PORTAGE,
    ...rule,
    role: "error",
    kind: "dependency",
    severity: "fatal",
    afterBanner: true,
  };
}

export const DEPENDENCY_UNSATISFIED = resolverRule({
  id: "dependency-unsatisfied",
  // Each branch's own words (at the line's start: "\n", needle-scan.ts), not `!!! `: emerge prints many
  // other `!!! ` lines around a failed resolution. Each headline is matched by its words up to the atom's
  // opening quote (round 15): a long atom wraps or cuts the line, and `have been masked.` or `has unmet
  // requirements` then sits on the next line or is gone; the words before the atom are emerge's alone.
  needles: [
    "\n!!! The ebuild selected to satisfy ",
    "emerge: there are no ",
    "ll ebuilds that could satisfy ",
    "\n!!! Multiple package instances within a single package",
    "\n!!! There are no ebuilds ",
  ],
  pattern:
    /^(?:!!! The ebuild selected to satisfy ["\u201c]|emerge: there are no (?:ebuilds|binary packages) (?:built with USE flags )?to satisfy |!!! [Aa]ll ebuilds that could satisfy ["\u201c]|!!! Multiple package instances within a single package|!!! There are no ebuilds (?:built with USE flags )?to satisfy )/,
  example: '!!! The ebuild selected to satisfy "media-libs/libsndfile[minimal]" has unmet requirements.',
  // A headline wrapped at the terminal's width (round 15):
  // !!! All ebuilds that could satisfy "=dev-python/some-very-long-package-name-1.2.3:0/1.2[python_targets_pyth
  // on3_12(-)?]" have been masked.
});

/**
 * Round 30c: emerge refusing what it was asked for before it resolves anything (depgraph.py `_select_files`,
 * actions.py): an argument that is no package atom (`!!! '=dev-qt/qtcore:5' is not a valid package atom.`, a
 * USE conditional in one), a short name two categories share (`!!! The short ebuild name "vte" is ambiguous.`),
 * a set that does not exist (`emerge: There are no sets to satisfy 'x'.`, a set naming one that does not). No
 * `!!! ` line of emerge's around a failed resolution starts this way. The same family as
 * `emerge: there are no ebuilds to satisfy` (dependency-unsatisfied): the request names nothing emerge can merge.
 * Not emerge's option parser (`emerge: error: Invalid Atom(s) in --exclude parameter`), a usage error.
 */
export const DEPENDENCY_INVALID_ARGUMENT = resolverRule({
  id: "dependency-invalid-argument",
  needles: [
    " is not a valid package atom",
    " contains a conditional which is not allowed",
    "\n!!! The short ebuild name ",
    "emerge: There are no sets to satisfy ",
    " contains a non-existent set named ",
  ],
  pattern:
    /^(?:!!! '[^'\n]{1,300}' (?:is not a valid package atom\.|contains a conditional which is not allowed\.)|!!! The short ebuild name ["\u201c][^"\u201d\n]{1,300}["\u201d] is ambiguous\.|emerge: [Tt]here are no sets to satisfy '|(?:emerge: the given set|!!! The set) '[^'\n]{1,300}' contains a non-existent set named ')/,
  example: "!!! '=dev-qt/qtcore:5' is not a valid package atom.",
});

export const DEPENDENCY_CONFLICT_OLD = resolverRule({
  id: "dependency-conflict-old",
  note:
    "Portage 2.0/2.1's blocker report (`!!! Error: the x11-libs/xft package conflicts with another package;` " +
    "then `the two packages cannot be installed on the same system together`); the atom may be quoted",
  needles: ["package conflicts with another package"],
  pattern: /^!!! Error: [Tt]he \S{1,300} package conflicts with another package/,
  example: "!!! Error: the x11-libs/xft package conflicts with another package.",
});

export const DEPENDENCY_PROBLEM_PREFACE = resolverRule({
  id: "dependency-problem-preface",
  note:
    "printed before the resolver's own reason (unmet REQUIRED_USE, masked, missing): tier 3 so the " +
    "reason wins; alone it still fails the build. Portage 2.0 ended its report with `Error calculating dependencies`",
  tier: TIER_ROOT,
  needles: ["!!! Problem resolving dependencies", "!!! Error calculating dependencies"],
  pattern: /^!!! (?:Problem resolving dependencies|Error calculating dependencies\. Please correct\.)/,
  example:
    "!!! Problem resolving dependencies for sys-apps/util-linux:0 from @__auto_slot_operator_replace_installed__",
});

export const DEPENDENCY_CYCLE = resolverRule({
  id: "dependency-cycle",
  needles: ["Error: circular dependencies:"],
  pattern: /^\s*\* Error: circular dependencies:/,
  example: " * Error: circular dependencies:",
});

export const DEPENDENCY_AUTOUNMASK = resolverRule({
  id: "dependency-autounmask",
  note:
    "the autounmask proposals (USE, keyword, mask, license and unstable changes): tier 3 since round 20, so a " +
    "resolver verdict of its own in the same output (`!!! All ebuilds that could satisfy … have been masked`) is " +
    "the primary; alone they still fail the build",
  tier: TIER_ROOT,
  needles: ["necessary to proceed:"],
  pattern: /^The following (?:USE|keyword|mask|license|REQUIRED_USE flag) changes are necessary to proceed:/,
  example: "The following USE changes are necessary to proceed:",
});

export const DEPENDENCY_CYCLE_EDGE = resolverRule({
  id: "dependency-cycle-edge",
  note:
    "a line of the cycle emerge prints under `* Error: circular dependencies:` (which stays the primary, " +
    "tier 4): an excerpt without that header fails on its first edge",
  tier: TIER_ROOT,
  needles: [") depends on"],
  pattern:
    /^\s*\([^\s()]+, (?:ebuild scheduled for merge|binary scheduled for merge|installed)\) depends on\s*$/,
  example: "(dev-java/ant-core-1.10.9:0/0::gentoo, ebuild scheduled for merge) depends on",
});

export const DEPENDENCY_BLOCKER = resolverRule({
  id: "dependency-blocker",
  note:
    "upper-case B only: a lower-case b is a blocker emerge resolves by itself. Tier 3: the resolver's own " +
    "sentence after the list (dependency-blocker-summary) is the primary when the excerpt has it",
  tier: TIER_ROOT,
  needles: ["[blocks B "],
  pattern: /^\[blocks B +\] \S/,
  example:
    '[blocks B      ] net-libs/librouteros ("net-libs/librouteros" is blocking dev-lisp/roswell-19.3.10.97)',
});

export const DEPENDENCY_BLOCKER_SUMMARY = resolverRule({
  id: "dependency-blocker-summary",
  note: "the blocker list may be cut from an excerpt; this sentence is printed once after it",
  needles: ["packages which cannot be"],
  pattern: /^\s*\* Error: The above package list contains packages which cannot be/,
  example: " * Error: The above package list contains packages which cannot be",
});

export const DEPENDENCY_REQUIRED_USE = resolverRule({
  id: "dependency-required-use",
  needles: ["REQUIRED_USE flag constraints are unsatisfied"],
  pattern: /^\s*The following REQUIRED_USE flag constraints are unsatisfied:/,
  example: "  The following REQUIRED_USE flag constraints are unsatisfied:",
});

export const DEPENDENCY_NOT_COMPLETELY_RESOLVED = resolverRule({
  id: "dependency-not-completely-resolved",
  note:
    "emerge --depclean (actions.py) refusing to go on: installed packages need ones that are not installed " +
    "(`*   >=dev-libs/foo-2 pulled in by:` follows). Tier 3: a resolver headline above it says more",
  tier: TIER_ROOT,
  needles: ["could not be completely resolved"],
  pattern: /^\s*\* Dependencies could not be completely resolved due to/,
  example: " * Dependencies could not be completely resolved due to",
});

/**
 * A slot conflict's first line: the slot's atom alone (`dev-qt/qtbase:6`, under the `!!! Multiple package instances
 * within a single package slot` banner or, in an excerpt cut below it, the first line; detail.ts names the slot
 * in the title from it).
 */
export const SLOT_CONFLICT_ATOM = /^\s*([\w+.-]+\/[\w+.-]+):([\w+./-]+)\s*$/;

/**
 * Round 29b: a slot conflict pasted without its `!!!` banner: the slot's atom, then (after a blank line) the first
 * instance pulled into it, `  (dev-qt/qtbase-6.5.2-r1-1:6/6.5::gentoo, binary scanned, …) pulled in by` (emerge may
 * wrap its USE list before `pulled in by`), with `^^^^` markers under the parents' atoms. The atom's line is the
 * primary, as the banner is for the banner's form: the first line of the conflict. Not in the table: no needle
 * finds a bare atom, so the last resort's reading of a short excerpt (analyzer.ts) looks for the shape
 * (slotConflictWithoutBanner) and records its line under this rule. The resolver's notice of an update it skipped
 * (`(…) conflicts with`, no `pulled in by`) is no failure and no match.
 */
export const DEPENDENCY_SLOT_CONFLICT_NO_BANNER = resolverRule({
  id: "dependency-slot-conflict-no-banner",
  needles: [],
  pattern: SLOT_CONFLICT_ATOM,
  example: "dev-qt/qtbase:6",
});

/** Lines after the atom's where its first instance may start (a blank line between), and its `pulled in by` end. */
const INSTANCE_REACH = 2;
const PULLED_IN_REACH = 4;

/** The index of the first line of a bannerless slot conflict (DEPENDENCY_SLOT_CONFLICT_NO_BANNER), or -1. */
export function slotConflictWithoutBanner(texts: readonly string[]): number {
  for (let at = 0; at < texts.length; at++) {
    const atom = SLOT_CONFLICT_ATOM.exec(texts[at])?.[1];
    if (atom === undefined) continue;
    let next = at + 1;
    while (next < texts.length && next - at < INSTANCE_REACH && texts[next].trim() === "") next++;
    if (next < texts.length && instanceOf(texts[next], atom) && pulledIn(texts, next)) return at;
  }
  return -1;
}

/** `(cat/pkg-1.2.3…, …)`: an instance of `atom` (its version starts with a digit). */
function instanceOf(text: string, atom: string): boolean {
  const line = text.trimStart();
  const version = line.charCodeAt(atom.length + 2);
  return line.startsWith(`(${atom}-`) && version >= 0x30 && version <= 0x39;
}

/** The instance's `pulled in by`, on its line or a few wrapped lines below. */
function pulledIn(texts: readonly string[], from: number): boolean {
  for (let i = from; i < texts.length && i - from < PULLED_IN_REACH; i++) {
    if (texts[i].trimEnd().endsWith(" pulled in by")) return true;
  }
  return false;
}

export const RESOLVER_RULES: readonly LineRule[] = [
  DEPENDENCY_UNSATISFIED,
  DEPENDENCY_INVALID_ARGUMENT,
  DEPENDENCY_CONFLICT_OLD,
  DEPENDENCY_PROBLEM_PREFACE,
  DEPENDENCY_CYCLE,
  DEPENDENCY_AUTOUNMASK,
  DEPENDENCY_CYCLE_EDGE,
  DEPENDENCY_BLOCKER,
  DEPENDENCY_BLOCKER_SUMMARY,
  DEPENDENCY_REQUIRED_USE,
  DEPENDENCY_NOT_COMPLETELY_RESOLVED,
];
