// OpenPGP signature checks failing before anything is built: a binary package's signature
// (portage/gpkg.py, FEATURES=binpkg-request-signature) or a distfile's (verify-sig.eclass in
// src_unpack). Both are a download that cannot be trusted: kind fetch. The machine's keyring is
// usually what is missing (`gpg: keyblock resource '/etc/portage/gnupg/pubring.kbx': No such file
// or directory`), a configuration to fix, so infra.ts leaves them alone (no network failure).
import { type LineRule, TIER_DETAIL, TIER_ROOT } from "./rule";

function signatureRule(rule: Omit<LineRule, "role" | "kind" | "afterBanner">): LineRule {
  return { ...rule, role: "error", kind: "fetch", afterBanner: true };
}

export const GPG_VERIFY_REASON = signatureRule({
  id: "gpg-verify-reason",
  note:
    "gpg's own reason. gpkg.py prints gpg's output raw after `!!!` (2022-2025) or as eerror lines " +
    "(` * \\tgpg: …`, ` *    gpg: …` since Portage 3.0.70); gemato prints it under verify-sig. The first reason " +
    "wins over the verdict after it (`!!! Invalid binary package: '…', GPG verify failed`)",
  needles: [
    "gpg: keyblock resource '",
    "gpg: Can't check signature: ",
    "gpg: BAD signature from ",
    "gpg: no valid OpenPGP data found",
  ],
  pattern:
    /^(?:\s*\*\s+)?gpg: (?:keyblock resource '[^']*': |Can't check signature: |BAD signature from |no valid OpenPGP data found)/,
  example: " * \tgpg: keyblock resource '/etc/portage/gnupg/pubring.kbx': No such file or directory",
  tier: TIER_ROOT,
  severity: "error",
});

export const BINPKG_INVALID = signatureRule({
  id: "binpkg-invalid",
  note:
    "Portage's verdict on a binary package it will not use (bintree.py, Scheduler.py: `!!! Invalid binary " +
    "package: '…', GnuPG verification failed`), after gpg's reason. Conclusive: emerge may go on with " +
    "other packages before it stops",
  needles: ["!!! Invalid binary package: '"],
  pattern: /^!!! Invalid binary package: '/,
  example:
    "!!! Invalid binary package: '/var/cache/binpkgs/sys-libs/glibc/glibc-2.41-r6-4.gpkg.tar', GnuPG verification failed",
  tier: TIER_ROOT,
  conclusive: true,
  severity: "error",
});

export const BINPKG_NOT_USABLE = signatureRule({
  id: "binpkg-not-usable",
  note:
    "gpkg.py's eerror header over gpg's raw output (`Binary package is not usable (verification failed):`); " +
    "tier 2, below gpg's reason and Portage's verdict that follow it",
  needles: ["Binary package is not usable"],
  pattern: /^\s*\* Binary package is not usable\b/,
  example: " * Binary package is not usable (verification failed):",
  tier: TIER_DETAIL,
  severity: "error",
});

/**
 * verify-sig.eclass's own die messages (verify-sig_verify_detached and friends, verify-sig_src_unpack):
 * not a rule (a die message is read by result.ts), they make the die's kind fetch, as gpg's reason
 * above them does when the excerpt has it.
 */
export const VERIFY_SIG_DIE_MESSAGE =
  /^(?:(?:Open)?PGP signature verification failed|Signify signature verification failed|Unsigned distfiles found|Unused signatures found)\s*$/;

export const SIGNATURE_RULES: readonly LineRule[] = [GPG_VERIFY_REASON, BINPKG_INVALID, BINPKG_NOT_USABLE];
