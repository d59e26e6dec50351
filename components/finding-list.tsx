// Error lines, QA notices and failed tests. Entries in the build log jump to the
// viewer on this page (#L<n>); entries in an attachment open its file page.
// Continuation lines (pytest `E` blocks, compiler notes) fold under their error,
// and a failed test seen in several logs is one row listing each place
// (lib/queries/finding-groups.ts).
import Link from "next/link";
import type { BuildDetail } from "@/lib/queries/builds";
import { type FindingGroup, groupFindings } from "@/lib/queries/finding-groups";
import { formatCount } from "./format-count";
import { MarkPrimaryButton } from "./primary-correction-buttons";

type Finding = BuildDetail["findings"][number];

interface Place {
  buildLogId: number | null;
  fileName: Map<number, string>;
}

export function FindingList({
  findings,
  files,
  buildLogId,
  correctFor = null,
}: {
  findings: BuildDetail["findings"];
  files: BuildDetail["files"];
  buildLogId: number | null;
  /** The build id, when the viewer may mark an error line as the primary one (a maintainer). */
  correctFor?: number | null;
}) {
  const place: Place = { buildLogId, fileName: new Map(files.map((f) => [f.id, f.name])) };
  const grouped = groupFindings(findings, buildLogId);
  return (
    <>
      <GroupSection
        kind="error"
        heading="Error lines"
        groups={grouped.error}
        place={place}
        correctFor={correctFor}
      />
      <GroupSection kind="qa" heading="QA notices" groups={grouped.qa} place={place} correctFor={null} />
      {grouped.test.length > 0 && (
        <section data-testid="findings-test">
          <h2>
            Failed tests <span className="muted">({formatCount(grouped.test.length, "test")})</span>
          </h2>
          <table className="list findings">
            <tbody>
              {grouped.test.map((entry) => (
                <tr key={entry.name} className={entry.isPrimary ? "primary-finding" : undefined}>
                  <td className="title mono">{entry.name}</td>
                  <td className="mono" data-testid="failed-test-sources">
                    {entry.sources.map((source, index) => (
                      <span key={source.id.toString()}>
                        {index > 0 && " · "}
                        <FindingLocation finding={source} place={place} />
                      </span>
                    ))}
                  </td>
                  <td className="muted">{entry.sources[0].ruleId}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}

function GroupSection({
  kind,
  heading,
  groups,
  place,
  correctFor,
}: {
  kind: "error" | "qa";
  heading: string;
  groups: FindingGroup<Finding>[];
  place: Place;
  correctFor: number | null;
}) {
  if (groups.length === 0) return null;
  const lineCount = groups.reduce((sum, g) => sum + 1 + g.continuations.length, 0);
  return (
    <section data-testid={`findings-${kind}`}>
      <h2>
        {heading}{" "}
        <span className="muted">
          ({formatCount(groups.length, kind === "error" ? "error" : "notice")}
          {lineCount > groups.length && `, ${formatCount(lineCount, "line")}`})
        </span>
      </h2>
      <table className="list findings">
        <tbody>
          {groups.map(({ head, continuations, isPrimary }) => (
            <tr key={head.id.toString()} className={isPrimary ? "primary-finding" : undefined}>
              <td className="mono nowrap">
                <FindingLocation finding={head} place={place} />
              </td>
              <td className="title">
                {head.text}
                {continuations.length > 0 && <Continuations lines={continuations} place={place} />}
              </td>
              <td className="muted">{head.ruleId}</td>
              {correctFor !== null && (
                <td>
                  {head.fileId === place.buildLogId && head.lineNumber && !head.isPrimary && (
                    <MarkPrimaryButton buildId={correctFor} lineNumber={head.lineNumber} />
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Continuations({ lines, place }: { lines: Finding[]; place: Place }) {
  return (
    <details className="finding-continuations" data-testid="finding-continuations">
      <summary>{formatCount(lines.length, "more line")}</summary>
      {lines.map((line) => (
        <div key={line.id.toString()} className="mono">
          <FindingLocation finding={line} place={place} /> {line.text}
        </div>
      ))}
    </details>
  );
}

function FindingLocation({ finding, place }: { finding: Finding; place: Place }) {
  if (!finding.fileId || !finding.lineNumber) return <>{finding.testName ?? ""}</>;
  if (finding.fileId === place.buildLogId)
    return <a href={`#L${finding.lineNumber}`}>line {finding.lineNumber}</a>;
  return (
    <Link href={`/files/${finding.fileId}#L${finding.lineNumber}`}>
      {place.fileName.get(finding.fileId) ?? "file"}:{finding.lineNumber}
    </Link>
  );
}
