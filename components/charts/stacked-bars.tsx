// Failures per day, one bar per day stacked by kind: plain server-rendered SVG.
import type { DailyKindCount } from "@/lib/queries/home-stats";

// Series colours are theme variables (app/globals.css --chart-1..12): each has a
// light and a dark value, so the bars read on either background.
const SERIES = 12;
const seriesColour = (index: number) => `var(--chart-${(index % SERIES) + 1})`;

export function StackedBars({
  counts,
  days,
  since,
}: {
  counts: DailyKindCount[];
  days: number;
  since: string;
}) {
  const start = Date.parse(since);
  const dayKeys = Array.from({ length: days }, (_, i) =>
    new Date(start + i * 86_400_000).toISOString().slice(0, 10),
  );
  const kinds = [...new Set(counts.map((c) => c.kind))].sort();
  const byDay = new Map(dayKeys.map((day) => [day, new Map<string, number>()]));
  for (const c of counts) byDay.get(c.day)?.set(c.kind, c.count);
  const max = Math.max(
    1,
    ...dayKeys.map((day) => [...(byDay.get(day)?.values() ?? [])].reduce((a, b) => a + b, 0)),
  );
  const width = 600;
  const height = 160;
  const barWidth = width / days;
  return (
    <figure className="chart" data-testid="failures-per-day">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`Failures per day over the last ${days} days, by kind`}
      >
        {dayKeys.map((day, i) => {
          let y = height;
          return (
            <g key={day}>
              <title>{`${day}: ${
                kinds
                  .map((k) => `${k} ${byDay.get(day)?.get(k) ?? 0}`)
                  .filter((s) => !s.endsWith(" 0"))
                  .join(", ") || "none"
              }`}</title>
              {kinds.map((kind, k) => {
                const h = ((byDay.get(day)?.get(kind) ?? 0) / max) * height;
                y -= h;
                return h > 0 ? (
                  <rect
                    key={kind}
                    x={i * barWidth + 1}
                    y={y}
                    width={barWidth - 2}
                    height={h}
                    style={{ fill: seriesColour(k) }}
                  />
                ) : null;
              })}
            </g>
          );
        })}
      </svg>
      <figcaption className="legend">
        {kinds.map((kind, k) => (
          <span key={kind}>
            <span className="swatch" style={{ background: seriesColour(k) }} /> {kind}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
