// Earlier attempts at this package, grouped by tinderbox (this build's first);
// the table is components/lists/attempt-table.tsx.
import type { BuildAttempt } from "@/lib/queries/packages";
import { AttemptTable } from "./lists/attempt-table";

export function HistoryAttempts({
  attempts,
  currentTinderbox,
}: {
  attempts: BuildAttempt[];
  currentTinderbox: string;
}) {
  if (attempts.length === 0) return <p className="muted">No other attempts at this package.</p>;
  const byTinderbox = groupByTinderbox(attempts, currentTinderbox);
  return (
    <AttemptTable
      rows={byTinderbox.flatMap(([, rows]) =>
        rows.map((attempt) => ({
          id: attempt.id,
          atom: attempt.atom,
          status: attempt.status,
          title: attempt.title,
          triageState: attempt.triageState,
          finishedAt: attempt.finishedAt,
          tinderbox: attempt.tinderbox.name,
        })),
      )}
      currentTinderbox={currentTinderbox}
      nowIso={new Date().toISOString()}
    />
  );
}

function groupByTinderbox(attempts: BuildAttempt[], first: string): Array<[string, BuildAttempt[]]> {
  const groups = new Map<string, BuildAttempt[]>();
  for (const attempt of attempts) {
    const rows = groups.get(attempt.tinderbox.name) ?? [];
    rows.push(attempt);
    groups.set(attempt.tinderbox.name, rows);
  }
  return [...groups].sort(([a], [b]) => Number(b === first) - Number(a === first) || a.localeCompare(b));
}
