// Round 42: R packages' configure scripts (`R CMD INSTALL`, `install.packages`). Jeroen Ooms' "anticonf"
// scripts (xml2, openssl, curl, gert, magick …) print a banner and one sentence naming the missing system library
// when pkg-config or their probe fails; R's own `ERROR: configuration failed for package ‘x’` below only restates it.
import { rule } from "./languages";
import { type LineRule, TIER_ECHO, TIER_ROOT } from "./rule";

export const R_ANTICONF_MISSING_LIBRARY = rule({
  id: "r-anticonf-missing-library",
  note:
    "the sentence under `---- ANTICONF ERROR ----` (or newer `---- ANTICONF ----`): older scripts say `because X " +
    "was not found`, newer ones `to find X library`. The probe's compiler error under its `[ERROR MESSAGE]` " +
    "(`<stdin>:1:10: fatal error: git2.h: …`) comes after it, a configure probe's detail",
  needles: ["Configuration failed "],
  pattern:
    /^Configuration failed (?:because \S+ was not found|to find (?:the )?\S+ (?:system )?(?:library|package))\b/,
  example: "Configuration failed because libxml-2.0 was not found. Try installing:",
  tier: TIER_ROOT,
  kind: "configure",
});

// Round 47a: testthat's verdict. `test_check()` ends a run with failures in `stop("Test failures")`, which R prints as
// `Error: Test failures` (then `Execution halted`); python-exception, listed later, read it as a build script's
// exception (kind compile without a phase). The failures' own `── Failure (file.R:12:3): name ──` lines
// (test-harnesses.ts test-testthat-failure) come above it and stay the primary.
export const R_TESTTHAT_FAILURES = rule({
  id: "r-testthat-failures",
  role: "test",
  note:
    "testthat's `Error: Test failures` under its `[ FAIL N | WARN N | SKIP N | PASS N ]` total: an echo of the " +
    "failed expectations above it, printed only by a run that had some (conclusive)",
  needles: ["Error: Test failures"],
  // R CMD check quotes the run's last lines indented by two blanks (`Last 13 lines of output:`).
  pattern: /^\s{0,8}Error: Test failures$/,
  example: "Error: Test failures",
  tier: TIER_ECHO,
  kind: "test",
  conclusive: true,
});

export const R_PACKAGE_RULES: readonly LineRule[] = [R_ANTICONF_MISSING_LIBRARY, R_TESTTHAT_FAILURES];
