import type { Metadata } from "next";
import { FailureListView } from "@/components/filters/failure-list-view";
import { hasRole, requirePageRead } from "@/lib/auth/access";
import { loadFailureListPage } from "@/lib/queries/failure-list-page";

export const metadata: Metadata = { title: "Failures" };

export default async function FailuresPage({ searchParams }: PageProps<"/failures">) {
  const user = await requirePageRead("/failures");
  const data = await loadFailureListPage(await searchParams, {}, user);
  return (
    <>
      <h1>Failures</h1>
      <FailureListView
        data={data}
        basePath="/failures"
        signedIn={user !== null}
        canTriage={hasRole(user, "maintainer")}
      />
    </>
  );
}
