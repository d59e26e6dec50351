import type { Metadata } from "next";
import { FailureListView } from "@/components/filters/failure-list-view";
import { SavedViews } from "@/components/filters/saved-views";
import { canonicalViewQuery } from "@/lib/actions/saved-views";
import { hasRole, requirePageRead } from "@/lib/auth/access";
import { loadFailureListPage } from "@/lib/queries/failure-list-page";
import { listViews } from "@/lib/queries/saved-views";
import { deleteViewAction, saveViewAction } from "./view-actions";

export const metadata: Metadata = { title: "Failures" };

export default async function FailuresPage({ searchParams }: PageProps<"/failures">) {
  const user = await requirePageRead("/failures");
  const data = await loadFailureListPage(await searchParams, {}, user);
  const views = user ? await listViews(user) : null;
  return (
    <>
      <h1>Failures</h1>
      {views && (
        <SavedViews
          basePath="/failures"
          views={views}
          currentQuery={canonicalViewQuery(new URLSearchParams(data.params).toString())}
          saveAction={saveViewAction}
          deleteAction={deleteViewAction}
        />
      )}
      <FailureListView
        data={data}
        basePath="/failures"
        signedIn={user !== null}
        canTriage={hasRole(user, "maintainer")}
      />
    </>
  );
}
