import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Sparkline } from "@/components/charts/sparkline";
import { FailureListView } from "@/components/filters/failure-list-view";
import { requirePageRead } from "@/lib/auth/access";
import { parsePositiveId } from "@/lib/http/ids";
import { loadFailureListPage } from "@/lib/queries/failure-list-page";
import { findSignature, TREND_DAYS } from "@/lib/queries/signatures";

export const metadata: Metadata = { title: "Signature" };

export default async function SignaturePage({ params, searchParams }: PageProps<"/signatures/[id]">) {
  const raw = (await params).id;
  const user = await requirePageRead(`/signatures/${raw}`);
  const id = parsePositiveId(raw);
  const signature = id === null ? null : await findSignature(id);
  if (id === null || !signature) notFound();
  const data = await loadFailureListPage(await searchParams, { signature: id }, user);
  return (
    <>
      <h1 className="title" data-testid="signature-text">
        {signature.text}
      </h1>
      <p className="muted">
        {signature.packageCount} packages · {signature.buildCount} builds · first seen{" "}
        {signature.firstSeenAt?.slice(0, 10) ?? "–"} · last seen {signature.lastSeenAt?.slice(0, 10) ?? "–"}{" "}
        <Sparkline values={signature.trend} label={`builds per day, last ${TREND_DAYS} days`} />
      </p>
      <FailureListView
        data={data}
        basePath={`/signatures/${id}`}
        signedIn={user !== null}
        fixed={["signature"]}
      />
    </>
  );
}
