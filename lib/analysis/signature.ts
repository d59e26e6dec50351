// Failure signatures (docs/domain.md, "Titles and signatures"). Two levels, both versioned so that a
// change of the normaliser never silently regroups history:
//  * fine:   category/PN + phase + masked message (stable across version bumps);
//  * coarse: phase + masked message (one breakage across many packages).
// Each is stored as sha256(text) truncated to 16 hex digits, next to the text.
import { createHash } from "node:crypto";
import type { FailureSignature } from "./types";

export const SIGNATURE_VERSION = "sig-v2";

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

/** `packageKey` is "category/PN" or null when the log does not name the package. */
export function computeSignature(
  packageKey: string | null,
  phase: string | null,
  maskedMessage: string,
): FailureSignature {
  const coarseText = `${phase ?? "-"} | ${maskedMessage}`;
  const fineText = packageKey ? `${packageKey} | ${coarseText}` : null;
  return {
    version: SIGNATURE_VERSION,
    fine: fineText ? signatureHash(fineText) : null,
    coarse: signatureHash(coarseText),
    fineText,
    coarseText,
  };
}
