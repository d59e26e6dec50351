import type { Metadata } from "next";
import { FailureListView } from "@/components/filters/failure-list-view";
import { requirePageRead } from "@/lib/auth/access";
import { loadFailureListPage } from "@/lib/queries/failure-list-page";

export async function generateMetadata({ params }: PageProps<"/c/[category]">): Promise<Metadata> {
  // Params arrive percent-decoded: decoding again turned a literal `%` into a 500.
  return { title: (await params).category };
}

export default async function CategoryPage({ params, searchParams }: PageProps<"/c/[category]">) {
  const { category } = await params;
  const user = await requirePageRead(`/c/${category}`);
  const data = await loadFailureListPage(await searchParams, { category }, user);
  return (
    <>
      <h1>{category}</h1>
      <FailureListView
        data={data}
        basePath={`/c/${category}`}
        signedIn={user !== null}
        fixed={["category"]}
      />
    </>
  );
}
