// The primary error with the lines around it, as toralf's `issue` file shows it,
// linked into the log viewer below.
import type { LogExcerpt } from "@/lib/bugs/report-input";

export function BuildPrimaryError({
  primaryLine,
  primaryText,
  excerpt,
}: {
  primaryLine: number | null;
  primaryText: string;
  excerpt: LogExcerpt | null;
}) {
  const lines =
    excerpt && excerpt.lines.length > 0
      ? excerpt.lines.map((text, i) => ({ n: excerpt.firstLine + i, text }))
      : [{ n: primaryLine, text: primaryText }];
  return (
    <section>
      <h2>
        Primary error{" "}
        {primaryLine && (
          <a href={`#L${primaryLine}`} className="muted small">
            line {primaryLine}
          </a>
        )}
      </h2>
      <pre className="excerpt primary-excerpt" data-testid="primary-error">
        {lines.map(({ n, text }) => (
          <span key={n ?? 0} className={n === primaryLine ? "primary-line" : undefined}>
            {n ? `${n}: ` : ""}
            {text}
            {"\n"}
          </span>
        ))}
      </pre>
    </section>
  );
}
