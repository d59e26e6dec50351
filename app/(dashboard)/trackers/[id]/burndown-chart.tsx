// A tracker's burndown: open failures and affected packages per day, as a
// plain server-rendered SVG (two lines, theme colours), with a data table
// fallback for screen readers.
import type { BurndownDay } from "@/lib/trackers/burndown";

const WIDTH = 600;
const HEIGHT = 160;

function path(days: BurndownDay[], value: (day: BurndownDay) => number, max: number): string {
  const step = days.length > 1 ? WIDTH / (days.length - 1) : 0;
  return days
    .map(
      (day, i) =>
        `${i === 0 ? "M" : "L"}${(i * step).toFixed(1)},${(HEIGHT - (value(day) / max) * (HEIGHT - 10)).toFixed(1)}`,
    )
    .join(" ");
}

export function BurndownChart({ days }: { days: BurndownDay[] }) {
  if (days.length === 0) return <p className="muted">No history yet.</p>;
  const max = Math.max(1, ...days.map((day) => day.openFailures));
  const first = days[0] as BurndownDay;
  const last = days[days.length - 1] as BurndownDay;
  return (
    <figure className="chart" data-testid="burndown">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`Open failures from ${first.day} to ${last.day}: ${first.openFailures} to ${last.openFailures}`}
      >
        <path
          d={path(days, (day) => day.openFailures, max)}
          fill="none"
          stroke="var(--chart-1)"
          strokeWidth={2}
        />
        <path
          d={path(days, (day) => day.packages, max)}
          fill="none"
          stroke="var(--chart-2)"
          strokeWidth={2}
          strokeDasharray="4 3"
        />
      </svg>
      <figcaption className="small muted">
        <span style={{ color: "var(--chart-1)" }}>━</span> open failures (max {max}){" "}
        <span style={{ color: "var(--chart-2)" }}>┅</span> packages · {first.day} – {last.day}
      </figcaption>
      <details className="small">
        <summary>Numbers per day</summary>
        <div className="table-scroll">
          {/* Not a list (components/data-table): the chart's numbers as its accessible data table. */}
          <table className="list">
            <thead>
              <tr>
                <th>Day</th>
                <th>Open failures</th>
                <th>Packages</th>
                <th>Fixed packages</th>
              </tr>
            </thead>
            <tbody>
              {days.map((day) => (
                <tr key={day.day}>
                  <td>{day.day}</td>
                  <td>{day.openFailures}</td>
                  <td>{day.packages}</td>
                  <td>{day.fixedPackages}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
