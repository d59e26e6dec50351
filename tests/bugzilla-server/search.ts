// Bug.search over the test Bugzilla's store: product, component, status,
// resolution and id exactly, summary as substrings, and enough of quicksearch.
import type { StoredBug } from "./store";

export const OPEN_STATUSES = ["UNCONFIRMED", "CONFIRMED", "IN_PROGRESS"];

/** Bug.search: every given field must match (summary as a substring, the others exactly). */
export function searchBugs(all: Iterable<StoredBug>, query: URLSearchParams): StoredBug[] {
  const ids = query
    .getAll("id")
    .flatMap((v) => v.split(","))
    .filter(Boolean)
    .map(Number);
  const anyOf = (name: string) => query.getAll(name).flatMap((v) => v.split(","));
  const match = (field: string, value: string) => {
    const wanted = anyOf(field);
    return wanted.length === 0 || wanted.includes(value);
  };
  const summaries = query.getAll("summary").map((s) => s.toLowerCase());
  const hits = [...all].filter(
    (bug) =>
      (ids.length === 0 || ids.includes(bug.id)) &&
      match("product", bug.product) &&
      match("component", bug.component) &&
      match("status", bug.status) &&
      match("resolution", bug.resolution) &&
      summaries.every((s) => bug.summary.toLowerCase().includes(s)) &&
      quicksearchMatches(query.get("quicksearch"), bug),
  );
  const limit = Number(query.get("limit") ?? 0);
  return limit > 0 ? hits.slice(0, limit) : hits;
}

/** Enough of quicksearch for the words Kindling sends: every word in the summary; ALL/OPEN status prefixes. */
function quicksearchMatches(quicksearch: string | null, bug: StoredBug): boolean {
  if (!quicksearch) return true;
  const words = quicksearch.toLowerCase().split(/\s+/).filter(Boolean);
  const [first, ...rest] = words;
  if (first === "open" || first === "all") {
    if (first === "open" && !OPEN_STATUSES.includes(bug.status)) return false;
    return rest.every((w) => bug.summary.toLowerCase().includes(w));
  }
  return words.every((w) => bug.summary.toLowerCase().includes(w));
}
