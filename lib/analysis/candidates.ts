// Bounded bookkeeping of error candidates for the primary-error choice. For each
// segment of the log (the stretch between two section markers) it keeps only the
// first hit of each tier, so memory does not grow with the log.
import type { LineRule } from "./rules";

export interface Candidate {
  line: number;
  text: string;
  rule: LineRule;
  segment: number;
  phase: string | null;
  /** Lines after a candidate that ends in ":" (CMake's detail paragraph); see detail.ts. */
  continuation?: string[];
}

const MAX_SEGMENTS = 1024;

export class CandidateBook {
  private readonly bySegment = new Map<number, Candidate[]>();
  private readonly afterBanner: Candidate[] = [];

  record(candidate: Candidate, bannerSeen: boolean): void {
    if (bannerSeen) {
      if (candidate.rule.afterBanner) keepFirstOfTier(this.afterBanner, candidate);
      return;
    }
    let firsts = this.bySegment.get(candidate.segment);
    if (!firsts) {
      if (this.bySegment.size >= MAX_SEGMENTS) return;
      firsts = [];
      this.bySegment.set(candidate.segment, firsts);
    }
    keepFirstOfTier(firsts, candidate);
  }

  /** Best candidate of one segment: highest tier, then earliest line. */
  bestIn(segment: number): Candidate | null {
    return best(this.bySegment.get(segment) ?? []);
  }

  /** Best candidate of the latest segment of `phase` that has one. */
  bestInPhase(phase: string): Candidate | null {
    let found: Candidate | null = null;
    for (const firsts of this.bySegment.values()) {
      const candidate = best(firsts);
      if (candidate && candidate.phase === phase) found = candidate;
    }
    return found;
  }

  /** Best candidate anywhere before the banner (logs without a banner, excerpts). */
  bestOverall(): Candidate | null {
    return best([...this.bySegment.values()].flat());
  }

  bestAfterBanner(): Candidate | null {
    return best(this.afterBanner);
  }
}

function keepFirstOfTier(firsts: Candidate[], candidate: Candidate): void {
  if (!firsts.some((kept) => kept.rule.tier === candidate.rule.tier)) firsts.push(candidate);
}

function best(candidates: Candidate[]): Candidate | null {
  let chosen: Candidate | null = null;
  for (const candidate of candidates) {
    if (!chosen || candidate.rule.tier > chosen.rule.tier) chosen = candidate;
    else if (candidate.rule.tier === chosen.rule.tier && candidate.line < chosen.line) chosen = candidate;
  }
  return chosen;
}
