// Round 42: R packages' configure scripts (`R CMD INSTALL`, `install.packages`). Jeroen Ooms' "anticonf"
// scripts (xml2, openssl, curl, gert, magick …) print a banner and one sentence naming the missing system library
// when pkg-config or their probe fails; R's own `ERROR: configuration failed for package ‘x’` below only restates it.
import { rule } from "./languages";
import { type LineRule, TIER_ROOT } from "./rule";

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

export const R_PACKAGE_RULES: readonly LineRule[] = [R_ANTICONF_MISSING_LIBRARY];
