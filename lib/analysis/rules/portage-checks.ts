// Portage's own checks that stop a build for the machine or for what the package installed, not for
// a step that broke (round 19): the multilib-strict check and the PORTAGE_TMPDIR refusal; and an eclass's check of
// what the package installed (round 52g: multilib-build's headers).
import { type LineRule, TIER_PORTAGE, TIER_ROOT } from "./rule";

export const MULTILIB_STRICT_FILES: LineRule = {
  id: "multilib-strict-files",
  note:
    "misc-functions.sh's install_qa_check (FEATURES=multilib-strict): `echo \"Files matching a file type " +
    'that is not allowed:"`, the files, then `die "multilib-strict check failed!"`. It runs after ' +
    "`>>> Completed installing`, so that marker does not excuse it (tier portage)",
  needles: ["Files matching a file type that is not allowed:"],
  pattern: /^\s*(?:\* +)?Files matching a file type that is not allowed:$/,
  example: "Files matching a file type that is not allowed:",
  role: "error",
  tier: TIER_PORTAGE,
  kind: "qa",
  severity: "fatal",
  conclusive: true,
};

export const MULTILIB_STRICT_DIE: LineRule = {
  id: "multilib-strict-failed",
  note: "the same check's die message, alone when the file list was not pasted",
  needles: ["multilib-strict check failed!"],
  pattern: /^\s*(?:\* +)?multilib-strict check failed!$/,
  example: " *   multilib-strict check failed!",
  role: "error",
  tier: TIER_PORTAGE,
  kind: "qa",
  severity: "fatal",
  afterBanner: true,
};

export const MULTILIB_HEADERS_CHANGED: LineRule = {
  id: "multilib-headers-changed",
  note:
    "multilib-build.eclass's multilib_check_headers (and autotools-multilib's older copy), after each ABI's " +
    'src_install: `eerror "Header files have changed between ABIs."`, the diff of the checksums as eerror lines, ' +
    'then `die "Header checksum mismatch, aborting."`. The eerror line says what failed, the die only that it did ' +
    "(LABELLING.md convention 6: an eclass's own check, the phase's kind, install)",
  needles: ["Header files have changed between ABIs"],
  pattern: /^\s*(?:\* *)?Header files have changed between ABIs\.?\s*$/,
  example: " * Header files have changed between ABIs.",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "install",
  severity: "error",
};

export const PORTAGE_TMPDIR_MISSING: LineRule = {
  id: "portage-tmpdir-missing",
  note:
    "doebuild's _check_temp_dir (`The directory specified in your PORTAGE_TMPDIR variable, '…',` then " +
    "`does not exist.`), the Scheduler's eerror form (`… PORTAGE_TMPDIR variable does not exist:`) and " +
    "Portage 2.0's `portage: the directory …`: the machine's setup, before any phase ran",
  needles: ["he directory specified in your PORTAGE_TMPDIR variable"],
  pattern: /^\s*(?:\* +)?(?:portage: )?[Tt]he directory specified in your PORTAGE_TMPDIR variable\b/,
  example: " * The directory specified in your PORTAGE_TMPDIR variable does not exist:",
  role: "error",
  tier: TIER_PORTAGE,
  kind: "unknown",
  severity: "fatal",
};

export const PORTAGE_CHECK_RULES: readonly LineRule[] = [
  MULTILIB_STRICT_FILES,
  MULTILIB_STRICT_DIE,
  MULTILIB_HEADERS_CHANGED,
  PORTAGE_TMPDIR_MISSING,
];
