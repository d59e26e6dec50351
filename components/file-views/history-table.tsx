// emerge-history: what was merged before the build, newest last, with durations.
import type { HistoryEntry } from "@/lib/files/emerge-history";

export function HistoryTable({ rows }: { rows: HistoryEntry[] }) {
  if (rows.length === 0) return null;
  return (
    <section className="role-view" data-testid="history-table">
      <h2>
        Merge history <span className="muted">({rows.length})</span>
      </h2>
      <table className="list compact">
        <thead>
          <tr>
            <th>Time</th>
            <th>Action</th>
            <th>Package</th>
            <th>Took</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.time}-${row.action}-${row.atom}`}>
              <td className="mono">{row.time.replace("T", " ")}</td>
              <td>{row.action === "merge" ? "merged" : <span className="muted">unmerged</span>}</td>
              <td className="mono">{row.atom}</td>
              <td className="mono">{row.duration ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
