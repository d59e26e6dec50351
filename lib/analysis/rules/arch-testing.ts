// The keywording testers' own verdicts (round 33): pkg-testing-tool (used by Gentoo's arch testers beside tatt)
// builds a package once per USE combination and sums up at the end. Its summary only says that some run failed;
// the build's own error, pasted above or below it, says why, so the summary ranks with the die message.
import { type LineRule, TIER_DIE } from "./rule";

export const PKG_TESTING_SUMMARY: LineRule = {
  id: "pkg-testing-summary",
  note:
    "pkg-testing-tool's `eerror` (`[ERROR] >>> `) over its `atom: =cat/pkg-1.0, USE flags: '…'` lines, one a " +
    "failed run (the atom is an ATOM_SOURCES line). Before maven-error, which reads any `[ERROR] ` line. Tier 0: " +
    "any error of the build pasted with it is the primary; alone it still fails the excerpt (conclusive)",
  needles: ["[ERROR] >>> "],
  pattern: /^\[ERROR\] >>> (?:Not all runs were successful\.|Testing of '\S+' resulted in some failures\.)/,
  example: "[ERROR] >>> Not all runs were successful.",
  role: "error",
  tier: TIER_DIE,
  conclusive: true,
  sumsUp: true,
  kind: null,
  severity: "error",
};

export const ARCH_TESTING_RULES: readonly LineRule[] = [PKG_TESTING_SUMMARY];
