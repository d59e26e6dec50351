// Possible duplicates, shown before the form so nobody files one twice: bugs
// linked in Kindling and bugs found in Bugzilla, ranked together
// (lib/bugzilla/rank-duplicates.ts), with their state, age and assignee
// (components/lists/duplicate-table.tsx).
import type { DuplicateRow } from "@/lib/bugzilla/rank-duplicates";
import { DuplicateTable } from "./lists/duplicate-table";

export function BugSuggestions({
  rows,
  note,
  searchUrl,
  packageName,
}: {
  rows: DuplicateRow[];
  /** Why Bugzilla's side is missing (slow, down), shown above the list. */
  note?: string;
  searchUrl: string;
  packageName: string;
}) {
  return (
    <section data-testid="bug-suggestions">
      <h2>Possible duplicates</h2>
      {note && (
        <p className="notice" role="status" data-testid="bugzilla-note">
          {note}
        </p>
      )}
      <DuplicateTable rows={rows} nowIso={new Date().toISOString()} />
      <p>
        <a href={searchUrl} target="_blank" rel="noopener noreferrer" data-testid="bugzilla-search-link">
          Search Bugzilla for {packageName}
        </a>
      </p>
    </section>
  );
}
