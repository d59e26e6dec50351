// pkgcore's pmerge (pkgcore/scripts/pmerge.py, pkgcore/ebuild/errors.py) failing before any ebuild
// phase runs: its resolver gives up, or the sanity checks after resolution find an unmet
// REQUIRED_USE. Like emerge's resolver (resolver.ts) no die banner follows, so these are
// Portage-tier rules of kind dependency. snakeoil's formatter prints `out.error()` as `!!! …`.
import { type LineRule, TIER_PORTAGE, TIER_ROOT } from "./rule";

function pmergeRule(rule: Omit<LineRule, "role" | "kind" | "severity" | "afterBanner">): LineRule {
  return { ...rule, role: "error", kind: "dependency", severity: "fatal", afterBanner: true };
}

export const PKGCORE_REQUIRED_USE = pmergeRule({
  id: "pkgcore-required-use",
  note:
    "pkgcore 0.9-0.10 (ebd.py's sanity check, 2013-2019): `REQUIRED_USE requirement wasn't met` (`weren't` " +
    "before 2013), then `Failed to match:`, `from:`, `for USE:`, `pkg:` naming the package",
  needles: ["REQUIRED_USE requirement w"],
  pattern: /^\s*REQUIRED_USE requirement (?:wasn't|weren't) met/,
  example: "REQUIRED_USE requirement wasn't met",
  tier: TIER_PORTAGE,
});

export const PKGCORE_REQUIRED_USE_HEADER = pmergeRule({
  id: "pkgcore-required-use-header",
  note:
    "RequiredUseError's header: `>>> Failed REQUIRED_USE check: cat/pkg-1` (2019), `>>> cat/pkg-1: failed " +
    "REQUIRED_USE` (since), its `Failed to match: …` lines under it. Tier 3: the older `wasn't met` line " +
    "after the 2019 header is the primary",
  needles: ["Failed REQUIRED_USE check: ", ": failed REQUIRED_USE"],
  pattern: /^>>> (?:Failed REQUIRED_USE check: \S|\S+: failed REQUIRED_USE\s*$)/,
  example: ">>> dev-python/foo-1.0: failed REQUIRED_USE",
  tier: TIER_ROOT,
});

export const PKGCORE_RESOLUTION_FAILED = pmergeRule({
  id: "pkgcore-resolution-failed",
  note:
    'pmerge\'s resolver gave up (`out.error("resolution failed")`); the `!!! request …`/`trying …` lines ' +
    "under it show the path, and `Failures encountered:` then `!!! failed 'atom'` sums it up",
  needles: ["!!! resolution failed"],
  pattern: /^!!! resolution failed\s*$/,
  example: "!!! resolution failed",
  tier: TIER_PORTAGE,
});

export const PKGCORE_FAILED_TARGET = pmergeRule({
  id: "pkgcore-failed-target",
  note: "the summary after `Failures encountered:`: the resolution failure's line wins; alone it still fails",
  needles: ["!!! failed '"],
  pattern: /^!!! failed '[^']+'\s*$/,
  example: "!!! failed 'dev-foo/bar'",
  tier: TIER_ROOT,
});

/** The phase pkgcore's ebd.py names in a build operation's failure (`Executing phase setup: …`). */
const PMERGE_PHASE = /: [Ff]ailed build operation: (?:Executing phase )?(\w+):/;

/**
 * Round 51d: pmerge catching a BuildError while it builds a package (pkgcore/scripts/pmerge.py: `caught exception
 * building {cpv}: {e}`). ebd.py wraps an exception raised in pkgcore's own Python while it ran a phase as
 * GenericBuildError(`Executing phase setup: Caught exception: …`) (infra.ts: pkgcore crashed, portage-crash); its
 * `compile: Failed building (False/0 return from handler)` form is the phase failing. The sandbox's SIGTERM lines
 * above it (libsandbox stopping as the ebd died) are its consequence: Portage-tier, it wins over them. Its phase names
 * the kind (setup, pretend: unknown).
 */
export const PKGCORE_BUILD_EXCEPTION: LineRule = {
  id: "pkgcore-build-exception",
  needles: ["!!! caught exception building "],
  pattern: /^!!! caught exception building \S+: \S/,
  example:
    "!!! caught exception building dev-libs/foo-1.0: failed build operation: Executing phase setup: Caught exception: 'NoneType' object is not iterable",
  role: "error",
  tier: TIER_PORTAGE,
  kind: null,
  severity: "fatal",
  afterBanner: true,
  phaseIn: (text) => PMERGE_PHASE.exec(text)?.[1] ?? null,
};

/** A Python exception inside pkgcore while it ran a phase (ebd.py's `Caught exception:`): pkgcore crashed. */
export const PKGCORE_CAUGHT_EXCEPTION =
  /: [Ff]ailed build operation: Executing phase \w+: Caught exception: /;

export const PKGCORE_RULES: readonly LineRule[] = [
  PKGCORE_BUILD_EXCEPTION,
  PKGCORE_REQUIRED_USE,
  PKGCORE_REQUIRED_USE_HEADER,
  PKGCORE_RESOLUTION_FAILED,
  PKGCORE_FAILED_TARGET,
];
