// Possible duplicates from Bugzilla itself, before filing: the package's open
// bugs (a summary search for cat/pkg, as bug wranglers do) and bugs whose
// summary holds the draft's key terms. Cached briefly per query, so a page
// reload does not search again; failures are not cached, so a recovered
// Bugzilla is asked on the next view.
import { cached } from "../queries/ttl-cache";
import { type BugzillaFailure, type BugzillaResult, bugzillaClient } from "./client";
import { bugzillaRestUrl } from "./config";
import type { BugzillaBugFields } from "./schemas";
import { keyTerms, trigramSimilarity } from "./similarity";

export const DUPLICATES_TTL_MS = 2 * 60_000;
/** The page waits this long for Bugzilla before rendering without it. */
export const DUPLICATES_TIMEOUT_MS = 3000;
const PER_QUERY_LIMIT = 25;
export const OPEN_STATUSES = ["UNCONFIRMED", "CONFIRMED", "IN_PROGRESS"] as const;

export interface DuplicateQuery {
  /** category/name, without version. */
  packageName: string;
  atom: string;
  title: string;
}

export interface BugzillaCandidate extends BugzillaBugFields {
  reason: "package" | "similar";
  similarity: number;
}

export type DuplicateLookup =
  | { ok: true; bugs: BugzillaCandidate[]; terms: string[]; computedAt: Date }
  | BugzillaFailure;

class LookupFailed extends Error {
  constructor(readonly failure: BugzillaFailure) {
    super(failure.message);
  }
}

export async function bugzillaDuplicates(
  query: DuplicateQuery,
  baseUrl: string = bugzillaRestUrl(),
  timeoutMs = DUPLICATES_TIMEOUT_MS,
): Promise<DuplicateLookup> {
  const terms = keyTerms(query.title, query.atom);
  const key = `bugzilla-duplicates:${baseUrl}:${query.packageName}:${terms.join(" ")}`;
  try {
    const hit = await cached(key, DUPLICATES_TTL_MS, () => search(query, terms, baseUrl, timeoutMs));
    return { ok: true, bugs: hit.value, terms, computedAt: hit.computedAt };
  } catch (err) {
    if (err instanceof LookupFailed) return err.failure;
    throw err;
  }
}

async function search(query: DuplicateQuery, terms: string[], baseUrl: string, timeoutMs: number) {
  const client = bugzillaClient({ baseUrl, timeoutMs });
  const [byPackage, byTerms] = await Promise.all([
    client.searchBugs({ summary: query.packageName, status: OPEN_STATUSES, limit: PER_QUERY_LIMIT }),
    terms.length > 0
      ? client.searchBugs({ quicksearch: `ALL ${terms.join(" ")}`, limit: PER_QUERY_LIMIT })
      : Promise.resolve<BugzillaResult<BugzillaBugFields[]>>({ ok: true, value: [] }),
  ]);
  if (!byPackage.ok) throw new LookupFailed(byPackage);
  if (!byTerms.ok) throw new LookupFailed(byTerms);
  const found = new Map<number, BugzillaCandidate>();
  for (const [bugs, reason] of [
    [byPackage.value, "package"],
    [byTerms.value, "similar"],
  ] as const) {
    for (const bug of bugs)
      if (!found.has(bug.id))
        found.set(bug.id, { ...bug, reason, similarity: trigramSimilarity(bug.summary, query.title) });
  }
  return [...found.values()];
}
