// The primary error with the lines around it, as toralf's `issue` file shows it,
// linked into the log viewer below.
import type { LogExcerpt } from "@/lib/bugs/report-input";
import type { PrimaryCorrectionInfo } from "@/lib/queries/primary-corrections";
import { UndoCorrectionButton } from "./primary-correction-buttons";
import { RelativeTime } from "./relative-time";

export function BuildPrimaryError({
  primaryLine,
  primaryText,
  excerpt,
  correction = null,
  undoFor = null,
}: {
  primaryLine: number | null;
  primaryText: string;
  excerpt: LogExcerpt | null;
  /** Set when a person chose the line ("This is the error"). */
  correction?: PrimaryCorrectionInfo | null;
  /** The build id, when the viewer may undo the correction (a maintainer). */
  undoFor?: number | null;
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
      {correction && <CorrectionNote correction={correction} undoFor={undoFor} />}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the excerpt scrolls sideways; keyboards must be able to scroll it. */}
      <pre className="excerpt primary-excerpt" data-testid="primary-error" tabIndex={0}>
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

function CorrectionNote({
  correction,
  undoFor,
}: {
  correction: PrimaryCorrectionInfo;
  undoFor: number | null;
}) {
  const who = correction.createdBy?.name || correction.createdBy?.email || "a former user";
  return (
    <div className="muted small" data-testid="primary-correction">
      corrected by {who} <RelativeTime iso={correction.createdAt.toISOString()} />
      {correction.previousLine !== null && ` (the analysis chose line ${correction.previousLine})`}
      {undoFor !== null && <UndoCorrectionButton buildId={undoFor} />}
    </div>
  );
}
