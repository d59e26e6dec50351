import "./grep.css";
import type { Metadata } from "next";
import { FailureFilterForm } from "@/components/filters/failure-filter-form";
import { formatBytes } from "@/components/format-bytes";
import { requirePageRead } from "@/lib/auth/access";
import { canonicalFilters } from "@/lib/grep/build-set";
import { grepConfig } from "@/lib/grep/config";
import { loadFailureListPage } from "@/lib/queries/failure-list-page";
import { GrepForm } from "./grep-form";

export const metadata: Metadata = { title: "Grep logs" };

export default async function GrepPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRead("/grep");
  const params = await searchParams;
  const data = await loadFailureListPage(params, {}, user);
  const filters = canonicalFilters(data.query);
  const pattern = typeof params.pattern === "string" ? params.pattern : undefined;
  return (
    <>
      <h1>Grep whole logs</h1>
      <p className="muted">
        Searches the full build logs and every attached text file (archive members included) of the builds the
        filters pick — {data.list.totalExact ? "" : "about "}
        {data.list.total} {data.list.total === 1 ? "build" : "builds"} now. Choose status &quot;all&quot; to
        include successful builds. Lines are matched one at a time, newest builds first; results stay for{" "}
        {grepConfig().keepDays} days at a shareable address.
        {!user && ` Signed out, a search may cover up to ${formatBytes(grepConfig().anonMaxBytes)} of logs.`}
      </p>
      <GrepForm filters={filters} defaultPattern={pattern} />
      <h2>Builds to search</h2>
      <FailureFilterForm
        basePath="/grep"
        query={data.query}
        facets={data.facets}
        choices={data.choices}
        signedIn={user !== null}
        facetsComputedAt={data.facetsComputedAt}
      />
    </>
  );
}
