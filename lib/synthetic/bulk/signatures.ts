// Benchmark signatures: ~2,000 coarse (one breakage, many packages) and ~30,000 fine
// (one package's breakage), texts shaped like lib/analysis's ("<phase> | <message>").

import type { SyntheticPackage } from "../catalogue";
import { ICE_MESSAGES } from "../details";
import { type Rng, ZipfSampler } from "../prng";
import type { SyntheticKind } from "../template-types";
import { SIGNATURE_PATTERNS, type SignaturePattern } from "./signature-patterns";

export interface CoarseSignature {
  kind: SyntheticKind;
  phase: string;
  ruleId: string;
  message: string;
  /** The raw line with {file}/{line} left to fill per build. */
  line: string;
  text: string;
}

export interface FineSignature {
  coarseIndex: number;
  packageIndex: number;
  text: string;
}

const VERBS = "parse read write init free load open close get set find make check handle add copy".split(" ");
const NOUNS =
  "config header buffer table entry node list string token file stream socket event queue key value option".split(
    " ",
  );
const LIBS =
  "ssl crypto z curl xml2 yaml ffi uuid pcre2 event ncursesw readline lzma bz2 zstd png jpeg tiff".split(" ");

/** Identifier-ish words for the {x} of each pool; deterministic, several hundred per pool. */
function poolItem(pool: SignaturePattern["pool"], index: number): string {
  const verb = VERBS[index % VERBS.length];
  const noun = NOUNS[Math.floor(index / VERBS.length) % NOUNS.length];
  const round = Math.floor(index / (VERBS.length * NOUNS.length));
  const suffix = round === 0 ? "" : String(round + 1);
  switch (pool) {
    case "function":
      return `${verb}_${noun}${suffix}`;
    case "identifier":
      return `${noun.toUpperCase()}_${verb.toUpperCase()}${suffix}`;
    case "header":
      return `${noun}${suffix ? `-${suffix}` : ""}/${verb}`;
    case "library":
      return `${LIBS[index % LIBS.length]}${index >= LIBS.length ? `-${Math.floor(index / LIBS.length)}` : ""}`;
    case "cmake":
      return `${noun[0].toUpperCase()}${noun.slice(1)}${verb[0].toUpperCase()}${verb.slice(1)}${suffix}`;
    case "test":
      return `${verb}_${noun}${suffix}`;
    case "file":
      return `${noun}-${verb}${suffix}.html`;
    case "path":
      return `share/${noun}/${verb}${suffix}.conf`;
    case "package":
      return `dev-libs/lib${noun}${verb}${suffix}`;
    case "ice":
      return index < ICE_MESSAGES.length
        ? ICE_MESSAGES[index]
        : `in ${verb}_${noun}, at ${noun}.cc:${1000 + index}`;
  }
}

export function coarseSignatures(rng: Rng, count: number): CoarseSignature[] {
  const weights = SIGNATURE_PATTERNS.map((pattern) => [pattern, pattern.weight] as const);
  const used = new Map<SignaturePattern, number>();
  const signatures: CoarseSignature[] = [];
  while (signatures.length < count) {
    // The first coarse signatures cycle through every pattern so every kind exists.
    const pattern =
      signatures.length < SIGNATURE_PATTERNS.length
        ? SIGNATURE_PATTERNS[signatures.length]
        : rng.weighted(weights);
    const next = used.get(pattern) ?? 0;
    used.set(pattern, next + 1);
    const x = poolItem(pattern.pool, next);
    const message = pattern.message.replaceAll("{x}", x);
    signatures.push({
      kind: pattern.kind,
      phase: pattern.phase,
      ruleId: pattern.ruleId,
      message,
      line: pattern.line.replaceAll("{x}", x),
      text: `${pattern.phase} | ${message}`,
    });
  }
  return signatures;
}

/** Fine = (package, coarse): coarse picked with a Zipf skew, so a few breakages span many packages. */
export function fineSignatures(
  rng: Rng,
  count: number,
  coarse: readonly CoarseSignature[],
  packages: readonly SyntheticPackage[],
): FineSignature[] {
  const skew = new ZipfSampler(coarse.length, 1.0);
  const seen = new Set<string>();
  const fine: FineSignature[] = [];
  while (fine.length < count) {
    // Every coarse signature gets at least one fine one.
    const coarseIndex = fine.length < coarse.length ? fine.length : rng.zipf(skew);
    const packageIndex = rng.int(0, packages.length - 1);
    const key = `${coarseIndex}:${packageIndex}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const pkg = packages[packageIndex];
    fine.push({
      coarseIndex,
      packageIndex,
      text: `${pkg.category}/${pkg.name} | ${coarse[coarseIndex].text}`,
    });
  }
  return fine;
}
