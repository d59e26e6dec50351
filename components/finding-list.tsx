// Error lines, QA notices and failed tests. Entries in the build log jump to the
// viewer on this page (#L<n>); entries in an attachment open its file page.
import Link from "next/link";
import type { BuildDetail } from "@/lib/queries/builds";
import { MarkPrimaryButton } from "./primary-correction-buttons";

const HEADINGS = { error: "Error lines", qa: "QA notices", test: "Failed tests" } as const;

type Finding = BuildDetail["findings"][number];

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
  const fileName = new Map(files.map((f) => [f.id, f.name]));
  return (
    <>
      {(Object.keys(HEADINGS) as Array<keyof typeof HEADINGS>).map((kind) => {
        const rows = findings.filter((f) => f.kind === kind);
        if (rows.length === 0) return null;
        return (
          <section key={kind} data-testid={`findings-${kind}`}>
            <h2>
              {HEADINGS[kind]} <span className="muted">({rows.length})</span>
            </h2>
            <table className="list findings">
              <tbody>
                {rows.map((f) => (
                  <tr key={f.id.toString()} className={f.isPrimary ? "primary-finding" : undefined}>
                    <td className="mono nowrap">
                      <FindingLocation finding={f} buildLogId={buildLogId} fileName={fileName} />
                    </td>
                    <td className="title">
                      {f.testName && kind === "test" && <div className="mono">{f.testName}</div>}
                      {f.text}
                    </td>
                    <td className="muted">{f.ruleId}</td>
                    {correctFor !== null && kind === "error" && (
                      <td>
                        {f.fileId === buildLogId && f.lineNumber && !f.isPrimary && (
                          <MarkPrimaryButton buildId={correctFor} lineNumber={f.lineNumber} />
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </>
  );
}

function FindingLocation({
  finding,
  buildLogId,
  fileName,
}: {
  finding: Finding;
  buildLogId: number | null;
  fileName: Map<number, string>;
}) {
  if (!finding.fileId || !finding.lineNumber) return <>{finding.testName ?? ""}</>;
  if (finding.fileId === buildLogId) return <a href={`#L${finding.lineNumber}`}>line {finding.lineNumber}</a>;
  return (
    <Link href={`/files/${finding.fileId}#L${finding.lineNumber}`}>
      {fileName.get(finding.fileId) ?? "file"}:{finding.lineNumber}
    </Link>
  );
}
