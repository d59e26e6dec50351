// A grep job's hits: the build, the file (and archive member), the line as a
// link that opens it in the viewer at #L<n>, and two lines of context each side.
import Link from "next/link";
import type { GrepHitRow } from "@/lib/grep/job-view";

export function GrepHitList({ hits, firstNumber }: { hits: GrepHitRow[]; firstNumber: number }) {
  return (
    <ol className="grep-hits" start={firstNumber} data-testid="grep-hits">
      {hits.map((hit) => (
        <li key={hit.id} className="grep-hit" data-testid="grep-hit">
          <div className="small">
            <Link href={`/builds/${hit.buildId}`}>{hit.atom}</Link>{" "}
            <span className="muted">
              {hit.fileName ?? "build log"}
              {hit.memberPath && ` → ${hit.memberPath}`}
            </span>{" "}
            <Link href={hit.href} className="mono">
              line {hit.line}
            </Link>
          </div>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the context scrolls sideways; keyboards must be able to scroll it. */}
          <pre className="grep-context mono" tabIndex={0}>
            {hit.before.length > 0 && (
              <span className="muted">{hit.before.map((text) => `${text}\n`).join("")}</span>
            )}
            <mark>{hit.text}</mark>
            {hit.after.length > 0 && (
              <span className="muted">{hit.after.map((text) => `\n${text}`).join("")}</span>
            )}
          </pre>
        </li>
      ))}
    </ol>
  );
}
