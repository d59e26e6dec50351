// One list of possible duplicates: bugs linked in Kindling (same failure, same
// error, this package, similar summary) and bugs found in Bugzilla (open bugs
// of the package, key-term matches), merged by bug number and ranked by the
// same trigram similarity to the draft's title. Pure: the page passes both lists.
import { bugUrl } from "../bugs/bug-url";
import type { BugSuggestion, SuggestionReason } from "../queries/bug-suggestions";
import type { BugzillaCandidate } from "./duplicates";

export type DuplicateReason = SuggestionReason | "bugzilla-package" | "bugzilla-similar";

export interface DuplicateRow {
  bugNumber: number;
  url: string;
  summary: string;
  reasons: DuplicateReason[];
  similarity: number;
  status: string | null;
  resolution: string;
  assignee: string;
  createdAt: Date | null;
}

/** Kindling's reasons say more (the same failure), so they order first among equals. */
const REASON_ORDER: DuplicateReason[] = [
  "fine",
  "coarse",
  "package",
  "similar",
  "bugzilla-package",
  "bugzilla-similar",
];

export function rankDuplicates(
  kindling: readonly BugSuggestion[],
  bugzilla: readonly BugzillaCandidate[],
  limit = 25,
  baseUrl?: string,
): DuplicateRow[] {
  const rows = new Map<number, DuplicateRow>();
  for (const bug of kindling)
    rows.set(bug.bugNumber, {
      bugNumber: bug.bugNumber,
      url: bug.url,
      summary: bug.summary,
      reasons: [bug.reason],
      similarity: bug.similarity,
      status: bug.status,
      resolution: bug.resolution ?? "",
      assignee: bug.assignee ?? "",
      createdAt: bug.createdAt,
    });
  for (const bug of bugzilla) {
    const reason: DuplicateReason = bug.reason === "package" ? "bugzilla-package" : "bugzilla-similar";
    const known = rows.get(bug.id);
    // Bugzilla's answer is fresher than the last sync and its summary the real one.
    rows.set(bug.id, {
      bugNumber: bug.id,
      url: known?.url ?? bugUrl(bug.id, baseUrl),
      summary: bug.summary || known?.summary || "",
      reasons: known ? [...known.reasons, reason] : [reason],
      similarity: Math.max(known?.similarity ?? 0, bug.similarity),
      status: bug.status || known?.status || null,
      resolution: bug.resolution,
      assignee: bug.assigned_to,
      createdAt: bug.creation_time ? new Date(bug.creation_time) : (known?.createdAt ?? null),
    });
  }
  const firstReason = (row: DuplicateRow) => Math.min(...row.reasons.map((r) => REASON_ORDER.indexOf(r)));
  return [...rows.values()]
    .sort(
      (a, b) => b.similarity - a.similarity || firstReason(a) - firstReason(b) || b.bugNumber - a.bugNumber,
    )
    .slice(0, limit);
}
