// emerge-history: what was merged before the build, newest last, with durations.
import { MergeHistoryTable } from "@/components/lists/merge-history-table";
import type { HistoryEntry } from "@/lib/files/emerge-history";

export function HistoryTable({ rows }: { rows: HistoryEntry[] }) {
  if (rows.length === 0) return null;
  return (
    <section className="role-view" data-testid="history-table">
      <h2>
        Merge history <span className="muted">({rows.length})</span>
      </h2>
      <MergeHistoryTable rows={rows} />
    </section>
  );
}
