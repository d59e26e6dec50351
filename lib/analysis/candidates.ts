// Bounded bookkeeping of error candidates for the primary-error choice. For each
// segment of the log (the stretch between two section markers) it keeps only the
// first hit of each tier, so memory does not grow with the log.
import type { LineRule } from "./rules";
import { factsOf, type RuleFacts } from "./rules/facts";

export interface Candidate {
  line: number;
  text: string;
  rule: LineRule;
  segment: number;
  phase: string | null;
  /** Lines after a candidate that ends in ":" (CMake's detail paragraph); see detail.ts. */
  continuation?: string[];
  /** The distfile being downloaded when the line came (rules/fetch-attempts.ts), null when none was named. */
  distfile?: string | null;
}

const MAX_SEGMENTS = 1024;
/** Portage's elog marker before an eerror line's message. */
const ELOG_MARKER = /^\s?\*\s+/;
/** Latest candidates kept per segment besides the first of each tier (the die snippet's tool, below). */
const RECENT = 8;

export class CandidateBook {
  private readonly bySegment = new Map<number, Candidate[]>();
  private readonly afterBanner: Candidate[] = [];
  /** The first candidate before the banner whose rule is conclusive (LineRule.conclusive). */
  private conclusive: Candidate | null = null;
  /** The last RECENT candidates of the segment being read, oldest first. */
  private recent: Candidate[] = [];
  /** Line of the last `!!! Couldn't download` (FETCH_GAVE_UP): attempts before it stay its reasons. */
  private fetchGaveUpLine = 0;
  /**
   * The first reason of the first download attempt in a run of attempts that all failed the same way
   * (`Resolving host... failed: No address associated with hostname.` on every mirror), and that way.
   */
  private sameFailures: { key: string; first: Candidate } | null = null;
  /** A `>>> Downloading` began an attempt whose first reason is not recorded yet. */
  private attemptOpen = false;

  /**
   * `facts`: the candidate's rule's (rules/facts.ts: read on every hit, one hidden class); firstOfSameFailures
   * keeps the rule, so they stay its rule's.
   */
  record(candidate: Candidate, bannerSeen: boolean, facts: RuleFacts = factsOf(candidate.rule)): void {
    if (FETCH_GAVE_UP.has(facts.id)) {
      this.fetchGaveUpLine = candidate.line;
      this.sameFailures = null;
    }
    if (FETCH_ATTEMPT_REASONS.has(facts.id)) candidate = this.firstOfSameFailures(candidate);
    if (bannerSeen) {
      if (facts.afterBanner) keepFirstOfTier(this.afterBanner, candidate, facts.tier);
      return;
    }
    if (facts.conclusive) this.conclusive ??= candidate;
    if (this.recent.length > 0 && this.recent[0].segment !== candidate.segment) this.recent = [];
    if (this.recent.length >= RECENT) this.recent.shift();
    this.recent.push(candidate);
    let firsts = this.bySegment.get(candidate.segment);
    if (!firsts) {
      if (this.bySegment.size >= MAX_SEGMENTS) return;
      firsts = [];
      this.bySegment.set(candidate.segment, firsts);
    }
    keepFirstOfTier(firsts, candidate, facts.tier);
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

  /** The first kept candidate of rule `id` before the banner (kept: the first of its tier in its segment). */
  firstOfRule(id: string): Candidate | null {
    for (const firsts of this.bySegment.values()) {
      const found = firsts.find((candidate) => candidate.rule.id === id);
      if (found) return found;
    }
    return null;
  }

  /**
   * A candidate whose rule became conclusive after it was recorded: a reason line taking its header's place
   * (analyzer.ts giveReason; round 47b, ant's message under `BUILD FAILED`). Before the banner only, as record's.
   */
  noteConclusive(candidate: Candidate, bannerSeen: boolean): void {
    if (!bannerSeen) this.conclusive ??= candidate;
  }

  /** The first candidate that proves a failure whatever its tier (the sandbox summary). */
  firstConclusive(): Candidate | null {
    return this.conclusive;
  }

  bestAfterBanner(): Candidate | null {
    return best(this.afterBanner);
  }

  /**
   * The latest of the last few candidates of `segment` with `tier` whose text is
   * `tool`'s own message (`sed: can't read …` for tool "sed"): the command the die
   * snippet names (`sed -i … || die`) failed there, not at an earlier unchecked one.
   */
  latestByTool(segment: number, tier: number, tool: string): Candidate | null {
    const prefix = `${tool}: `;
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const candidate = this.recent[i];
      if (candidate.segment !== segment || candidate.rule.tier !== tier) continue;
      const text = candidate.text;
      const start = text.lastIndexOf("/", text.indexOf(prefix)) + 1;
      if (text.startsWith(prefix, start) && !/\s/.test(text.slice(0, start))) return candidate;
    }
    return null;
  }

  /**
   * The latest of the last few candidates of `segment` with `tier` that says what the die message says
   * (`* Failed Running aclocal !` above `die "Failed Running aclocal !"`): the eclass reported its own
   * failure, an earlier line of that tier (a `sed: … configure.ac: …` probe) was none.
   */
  latestEchoing(segment: number, tier: number, message: string): Candidate | null {
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const candidate = this.recent[i];
      if (candidate.segment !== segment || candidate.rule.tier !== tier) continue;
      if (candidate.text.replace(ELOG_MARKER, "").trimEnd() === message) return candidate;
    }
    return null;
  }

  /**
   * A configure script reached "creating ./config.status": the shell complaints
   * it went on after (LineRule.survivable) recorded so far in `segment` explain
   * nothing. Dropped, so a later error of the same tier takes their place. `only` narrows them (round 34:
   * the configure script's own complaints, when its check output follows them: configure-complaint.ts).
   */
  dropSurvivable(segment: number, only: (text: string) => boolean = () => true): void {
    this.dropIn(segment, (c) => c.rule.survivable === true && only(c.text));
  }

  /** Forgets the candidates of `segment` that `stale` names (before the banner: a phase went on after them). */
  dropIn(segment: number, stale: (candidate: Candidate) => boolean): void {
    const firsts = this.bySegment.get(segment);
    if (firsts)
      this.bySegment.set(
        segment,
        firsts.filter((c) => !stale(c)),
      );
    this.recent = this.recent.filter((c) => !stale(c));
    if (this.conclusive && stale(this.conclusive)) this.conclusive = null;
  }

  /**
   * The first reason of an attempt, when every attempt since the run's first failed the same way on the
   * network: the run's first line stands for all (one cause, not the last mirror's); dropFetchAttempts
   * still drops the earlier attempts' reasons when an attempt fails differently.
   */
  private firstOfSameFailures(candidate: Candidate): Candidate {
    const opensAttempt = this.attemptOpen;
    this.attemptOpen = false;
    if (!opensAttempt && this.sameFailures) return candidate;
    const key = networkFailureKey(candidate);
    const run = this.sameFailures;
    if (key !== null && run !== null && run.key === key && opensAttempt)
      return { ...candidate, line: run.first.line, text: run.first.text };
    this.sameFailures = key === null ? null : { key, first: candidate };
    return candidate;
  }

  /**
   * Portage starts the next `>>> Downloading` attempt (the next mirror or SRC_URI): the reasons the
   * earlier attempts of this file failed for (a mirror's 404, a DNS failure) explain nothing once
   * another URI is tried; the last attempt's reason and `!!! Couldn't download` do. Reasons of a file
   * Portage already gave up on (before its `!!! Couldn't download`) stay. With `distfile` named only that
   * file's attempts go (and those of no named file): with parallel-fetch another file's download starts
   * between a file's attempts, and wget's `‘…’ saved [n/n]` (`opensAttempt` false) ends a file's
   * attempts in success, not another's.
   */
  dropFetchAttempts(distfile: string | null = null, opensAttempt = true): void {
    if (opensAttempt) this.attemptOpen = true;
    const stale = (c: Candidate): boolean =>
      FETCH_ATTEMPT_REASONS.has(c.rule.id) &&
      c.line > this.fetchGaveUpLine &&
      (distfile === null || c.distfile == null || c.distfile === distfile);
    for (const [segment, firsts] of this.bySegment) {
      if (firsts.some(stale))
        this.bySegment.set(
          segment,
          firsts.filter((c) => !stale(c)),
        );
    }
    this.recent = this.recent.filter((c) => !stale(c));
    if (this.conclusive && stale(this.conclusive)) this.conclusive = null;
    this.afterBanner.splice(0, this.afterBanner.length, ...this.afterBanner.filter((c) => !stale(c)));
  }
}

/**
 * How an attempt failed: for network failures (fetch-network-error) wget's words after `... failed: `,
 * `unable to resolve host address`, curl's error number; for a server's answer (wget-http-error) its
 * status (`ERROR 404: Not Found.` on every mirror, an excerpt cut before `!!! Couldn't download`).
 * Null for other reasons.
 */
function networkFailureKey(candidate: Candidate): string | null {
  const text = candidate.text;
  if (candidate.rule.id === "wget-http-error") return `http${/ERROR (\d+)/.exec(text)?.[1] ?? ""}`;
  if (candidate.rule.id !== "fetch-network-error") return null;
  const failed = text.indexOf("... failed: ");
  if (failed >= 0) return `${text.startsWith("Resolving ") ? "resolve" : "connect"}${text.slice(failed + 3)}`;
  if (text.startsWith("wget: unable to resolve host address")) return "wget-resolve";
  return /^curl: \(\d+\)/.exec(text)?.[0] ?? null;
}

/** Rules that say why one download attempt failed (rules/fetch.ts, rules/other-tools.ts). */
const FETCH_ATTEMPT_REASONS = new Set([
  "fetch-network-error",
  "fetch-upstream-gone",
  "wget-http-error",
  "curl-http-error",
  "fetch-wget-no-https",
]);
/** Portage giving up on a file after its last attempt. */
const FETCH_GAVE_UP = new Set(["fetch-failed"]);

/**
 * `tier`: the candidate's rule's (its facts'). A kept candidate's rule is read as it is now (giveReason and a
 * Manifest's distfile change it), through the rule: that load sees every rule shape (megamorphic), ~3 per hit.
 */
function keepFirstOfTier(firsts: Candidate[], candidate: Candidate, tier: number): void {
  for (let i = 0; i < firsts.length; i++) {
    if (firsts[i].rule.tier !== tier) continue;
    // Round 52a: a verdict's line above it (LineRule.takesLineAbove), recorded late, comes first if it is above.
    if (candidate.rule.takesLineAbove && candidate.line < firsts[i].line) firsts[i] = candidate;
    return;
  }
  firsts.push(candidate);
}

function best(candidates: Candidate[]): Candidate | null {
  let chosen: Candidate | null = null;
  for (const candidate of candidates) {
    if (!chosen || candidate.rule.tier > chosen.rule.tier) chosen = candidate;
    else if (candidate.rule.tier === chosen.rule.tier && candidate.line < chosen.line) chosen = candidate;
  }
  return chosen;
}
