// Earlier attempts at this package, grouped by tinderbox (this build's first).
import Link from "next/link";
import type { BuildAttempt } from "@/lib/queries/packages";
import { RelativeTime } from "./relative-time";

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
    <table className="list" data-testid="history-attempts">
      <thead>
        <tr>
          <th>Build</th>
          <th>Status</th>
          <th>Title</th>
          <th>Triage</th>
          <th>Finished</th>
        </tr>
      </thead>
      {byTinderbox.map(([tinderbox, rows]) => (
        <tbody key={tinderbox}>
          <tr className="group-row">
            <th colSpan={5} className="mono">
              {tinderbox}
              {tinderbox === currentTinderbox && <span className="muted"> (this build's tinderbox)</span>}
            </th>
          </tr>
          {rows.map((attempt) => (
            <tr key={attempt.id}>
              <td className="mono">
                <Link href={`/builds/${attempt.id}`}>{attempt.atom}</Link>
              </td>
              <td>
                <span className={`badge ${attempt.status}`}>{attempt.status}</span>
              </td>
              <td className="title">{attempt.status === "failed" ? attempt.title : ""}</td>
              <td>{attempt.status === "failed" ? attempt.triageState : ""}</td>
              <td>{attempt.finishedAt ? <RelativeTime iso={attempt.finishedAt.toISOString()} /> : ""}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
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
