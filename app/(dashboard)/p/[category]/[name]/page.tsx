import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PackageTimeline } from "@/components/charts/package-timeline";
import { FailureListView } from "@/components/filters/failure-list-view";
import { requirePageRead } from "@/lib/auth/access";
import { loadFailureListPage } from "@/lib/queries/failure-list-page";
import { packageHistory } from "@/lib/queries/packages";

type Props = PageProps<"/p/[category]/[name]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Params arrive percent-decoded: decoding again turned a literal `%` into a 500.
  const { category, name } = await params;
  return { title: `${category}/${name}` };
}

export default async function PackagePage({ params, searchParams }: Props) {
  const { category, name } = await params;
  const user = await requirePageRead(`/p/${category}/${name}`);
  const history = await packageHistory(category, name);
  if (!history) notFound();
  const data = await loadFailureListPage(await searchParams, { package: `${category}/${name}` }, user);
  return (
    <>
      <h1>
        <Link href={`/c/${category}`}>{category}</Link>/{name}
      </h1>
      <p className="muted">
        Maintainers: {history.maintainers.map((m) => m.email).join(", ") || "none recorded"}
      </p>
      <h2>Build history</h2>
      <PackageTimeline timelines={history.timelines} />
      <h2>Failures</h2>
      <FailureListView
        data={data}
        basePath={`/p/${category}/${name}`}
        signedIn={user !== null}
        fixed={["category", "package"]}
      />
    </>
  );
}
