// Failure signatures (docs/domain.md, "Titles and signatures"). Two levels, both versioned so that a
// change of the normaliser never silently regroups history:
//  * fine:   category/PN + coarse text (stable across version bumps);
//  * coarse: scope + coarse message (one breakage across many packages), the scope
//    being what the message alone does not say (signatureScope).
// Each is stored as sha256(text) truncated to 16 hex digits, next to the text.
import { createHash } from "node:crypto";
import type { FailureSignature } from "./types";

export const SIGNATURE_VERSION = "sig-v3";

export function signatureHash(text: string): string {
  return createHash("sha256").update(`${SIGNATURE_VERSION}\n${text}`).digest("hex").slice(0, 16);
}

export const EMPTY_SIGNATURE: FailureSignature = {
  version: SIGNATURE_VERSION,
  fine: null,
  coarse: null,
  fineText: null,
  coarseText: null,
};

/**
 * What a coarse signature keys on besides its message (sig-v3). A missing thing
 * (a cause) is one breakage whichever phase met it: a Python module missing at
 * build time or at test time, a header found missing by CMake or by the compiler
 * (null: the message alone). A compiler's or linker's error is one breakage
 * whichever phase ran the compiler: test code built in src_test (LABELLING.md
 * convention 18) groups with the same error in src_compile (the kind). Any other
 * message means what it means in its phase (`emake failed` in src_compile and in
 * src_install are two breakages).
 */
export function signatureScope(phase: string | null, kind: string, hasCause: boolean): string | null {
  if (hasCause) return null;
  if (kind === "compile" || kind === "link" || kind === "ice") return kind;
  return phase ?? "-";
}

/**
 * `packageKey` is "category/PN" or null when the log does not name the package;
 * `scope` is signatureScope's.
 */
export function computeSignature(
  packageKey: string | null,
  scope: string | null,
  coarseMessage: string,
): FailureSignature {
  const coarseText = scope === null ? coarseMessage : `${scope} | ${coarseMessage}`;
  const fineText = packageKey ? `${packageKey} | ${coarseText}` : null;
  return {
    version: SIGNATURE_VERSION,
    fine: fineText ? signatureHash(fineText) : null,
    coarse: signatureHash(coarseText),
    fineText,
    coarseText,
  };
}
