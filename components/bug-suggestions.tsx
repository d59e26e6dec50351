// Possible duplicates, shown before the form so nobody files one twice.
import type { BugSuggestion, SuggestionReason } from "@/lib/queries/bug-suggestions";

const REASONS: Record<SuggestionReason, string> = {
  fine: "same failure",
  coarse: "same error, other package",
  package: "this package",
  similar: "similar summary",
};

export function BugSuggestions({ suggestions }: { suggestions: BugSuggestion[] }) {
  return (
    <section data-testid="bug-suggestions">
      <h2>Possible duplicates</h2>
      {suggestions.length === 0 ? (
        <p className="muted">No linked bug looks like this failure.</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th>Bug</th>
              <th>Summary</th>
              <th>Why</th>
              <th>Similarity</th>
            </tr>
          </thead>
          <tbody>
            {suggestions.map((bug) => (
              <tr key={bug.bugNumber}>
                <td>
                  <a href={bug.url}>{bug.bugNumber}</a>
                </td>
                <td className="title">{bug.summary}</td>
                <td>{REASONS[bug.reason]}</td>
                <td>{Math.round(bug.similarity * 100)} %</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
