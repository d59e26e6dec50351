import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { causeLabel } from "@/components/analysis-badges";
import { FailureListView } from "@/components/filters/failure-list-view";
import { requirePageRead } from "@/lib/auth/access";
import { parsePositiveId } from "@/lib/http/ids";
import { causePackages, causeProviders, findCause } from "@/lib/queries/causes";
import { loadFailureListPage } from "@/lib/queries/failure-list-page";
import { ProviderList } from "./provider-list";

export const metadata: Metadata = { title: "Cause" };

export default async function CausePage({ params, searchParams }: PageProps<"/causes/[id]">) {
  const raw = (await params).id;
  const user = await requirePageRead(`/causes/${raw}`);
  const id = parsePositiveId(raw);
  const cause = id === null ? null : await findCause(id);
  if (id === null || !cause) notFound();
  const [packages, sightings, data] = await Promise.all([
    causePackages(id, 20),
    causeProviders(cause),
    loadFailureListPage(await searchParams, { cause: String(id) }, user),
  ]);
  return (
    <>
      <h1 className="title" data-testid="cause-name">
        Missing: {causeLabel(cause)}
      </h1>
      <p className="muted">
        {cause.failures} failures in {cause.packages} packages · last seen{" "}
        {cause.lastSeenAt?.slice(0, 10) ?? "–"} · <Link href={`/failures?cause=${id}`}>all its failures</Link>{" "}
        · <Link href="/causes">all causes</Link>
      </p>
      <ProviderList sightings={sightings} />
      {packages.length > 0 && (
        <p className="small" data-testid="cause-packages">
          Packages:{" "}
          {packages.map((p, i) => (
            <span key={`${p.category}/${p.name}`}>
              {i > 0 && ", "}
              <Link href={`/p/${p.category}/${p.name}`}>{`${p.category}/${p.name}`}</Link> ({p.failures})
            </span>
          ))}
        </p>
      )}
      <FailureListView data={data} basePath={`/causes/${id}`} signedIn={user !== null} fixed={["cause"]} />
    </>
  );
}
