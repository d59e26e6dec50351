// Other failures with the same signature: this package's (fine) and other
// packages' (coarse), each with the bugs already linked to them.
import Link from "next/link";
import type { BuildDetail } from "@/lib/queries/builds";
import { type RelatedFailure, sameSignatureFailures } from "@/lib/queries/same-signature";
import { RelativeTime } from "./relative-time";

export async function BuildSameSignature({ build }: { build: BuildDetail }) {
  const related = await sameSignatureFailures(build);
  return (
    <section data-testid="same-signature">
      <h2>Same failure elsewhere</h2>
      <RelatedTable
        heading="This package, same signature"
        rows={related.samePackage}
        signatureId={build.fineSignatureId}
        testId="same-signature-package"
      />
      <RelatedTable
        heading="Other packages, same coarse signature"
        rows={related.acrossPackages}
        signatureId={build.coarseSignatureId}
        testId="same-signature-across"
      />
    </section>
  );
}

function RelatedTable({
  heading,
  rows,
  signatureId,
  testId,
}: {
  heading: string;
  rows: RelatedFailure[];
  signatureId: number | null;
  testId: string;
}) {
  return (
    <>
      <h3>
        {heading} <span className="muted">({rows.length})</span>{" "}
        {signatureId !== null && rows.length > 0 && (
          <Link href={`/signatures/${signatureId}`} className="small">
            all
          </Link>
        )}
      </h3>
      {rows.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <table className="list" data-testid={testId}>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td className="title">
                  <Link href={`/builds/${row.id}`}>{row.title || row.atom}</Link>
                </td>
                <td className="mono">{row.tinderbox.name}</td>
                <td>
                  {row.bugLinks.map((bug) => (
                    <a key={bug.bugNumber} href={bug.url}>
                      bug {bug.bugNumber}{" "}
                    </a>
                  ))}
                  {row.bugLinks.length === 0 && <span className="muted">{row.triageState}</span>}
                </td>
                <td>{row.finishedAt ? <RelativeTime iso={row.finishedAt.toISOString()} /> : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
