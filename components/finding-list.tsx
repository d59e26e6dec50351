import Link from "next/link";
import type { BuildDetail } from "@/lib/queries/builds";

const HEADINGS = { error: "Error lines", qa: "QA notices", test: "Failed tests" } as const;

export function FindingList({
  findings,
  files,
}: {
  findings: BuildDetail["findings"];
  files: BuildDetail["files"];
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
            <table className="list">
              <tbody>
                {rows.map((f) => (
                  <tr key={f.id.toString()}>
                    <td className="mono">
                      {f.fileId && f.lineNumber ? (
                        <Link href={`/files/${f.fileId}#L${f.lineNumber}`}>
                          {fileName.get(f.fileId) ?? "file"}:{f.lineNumber}
                        </Link>
                      ) : (
                        (f.testName ?? "")
                      )}
                    </td>
                    <td className="title">{f.text}</td>
                    <td className="muted">{f.ruleId}</td>
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
