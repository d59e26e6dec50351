// Other failures with the same signature: this package's (fine) and other
// packages' (coarse), each with the bugs already linked to them.
import Link from "next/link";
import type { BuildDetail } from "@/lib/queries/builds";
import { type RelatedFailure, sameSignatureFailures } from "@/lib/queries/same-signature";
import { RelatedFailureTable } from "./lists/related-failure-table";

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
      <RelatedFailureTable
        rows={rows.map((row) => ({
          id: row.id,
          title: row.title || row.atom,
          tinderbox: row.tinderbox.name,
          bugLinks: row.bugLinks.map((bug) => ({ bugNumber: bug.bugNumber, url: bug.url })),
          triageState: row.triageState,
          finishedAt: row.finishedAt,
        }))}
        nowIso={new Date().toISOString()}
        testId={testId}
        label={heading}
      />
    </>
  );
}
