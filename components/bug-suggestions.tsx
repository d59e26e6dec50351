// Possible duplicates, shown before the form so nobody files one twice: bugs
// linked in Kindling and bugs found in Bugzilla, ranked together
// (lib/bugzilla/rank-duplicates.ts), with their state, age and assignee.
import type { DuplicateReason, DuplicateRow } from "@/lib/bugzilla/rank-duplicates";
import { BugStatus } from "./bug-status";
import { RelativeTime } from "./relative-time";

const REASONS: Record<DuplicateReason, string> = {
  fine: "same failure",
  coarse: "same error, other package",
  package: "this package",
  similar: "similar summary",
  "bugzilla-package": "open for this package",
  "bugzilla-similar": "same key terms",
};

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
      {rows.length === 0 ? (
        <p className="muted">No bug looks like this failure.</p>
      ) : (
        <DuplicateTable rows={rows} />
      )}
      <p>
        <a href={searchUrl} target="_blank" rel="noopener noreferrer" data-testid="bugzilla-search-link">
          Search Bugzilla for {packageName}
        </a>
      </p>
    </section>
  );
}

function DuplicateTable({ rows }: { rows: DuplicateRow[] }) {
  return (
    <table className="list">
      <thead>
        <tr>
          <th>Bug</th>
          <th>Summary</th>
          <th>State</th>
          <th>Age</th>
          <th>Assignee</th>
          <th>Why</th>
          <th>Similarity</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((bug) => (
          <tr key={bug.bugNumber} data-testid="duplicate-row">
            <td>
              <a href={bug.url}>{bug.bugNumber}</a>
            </td>
            <td className="title">{bug.summary}</td>
            <td>
              <BugStatus status={bug.status} resolution={bug.resolution} />
            </td>
            <td>{bug.createdAt ? <RelativeTime iso={bug.createdAt.toISOString()} /> : null}</td>
            <td className="mono">{bug.assignee}</td>
            <td>{bug.reasons.map((reason) => REASONS[reason]).join(", ")}</td>
            <td>{Math.round(bug.similarity * 100)} %</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
