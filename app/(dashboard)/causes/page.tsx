import type { Metadata } from "next";
import type { SortLink } from "@/components/data-table/data-table";
import { Pager } from "@/components/data-table/pager";
import { FacetSelect } from "@/components/filters/facet-select";
import { CAUSE_TYPES } from "@/lib/analysis/types";
import { requirePageRead } from "@/lib/auth/access";
import { CAUSE_SORTS, causeListQuerySchema, listCauses } from "@/lib/queries/causes";
import { firstValues } from "@/lib/queries/failure-list-page";
import { CausesTable } from "./causes-table";

export const metadata: Metadata = { title: "Causes" };

function sortLinks(params: Record<string, string>, current: string): Record<string, SortLink> {
  const links: Record<string, SortLink> = {};
  for (const sort of CAUSE_SORTS) {
    const href = `/causes?${new URLSearchParams({ ...params, sort, page: "1" })}`;
    links[sort] = { href, active: sort === current ? (sort === "name" ? "asc" : "desc") : null };
  }
  return links;
}

export default async function CausesPage({ searchParams }: PageProps<"/causes">) {
  await requirePageRead("/causes");
  const params = firstValues(await searchParams);
  const query = causeListQuerySchema.parse(params);
  const list = await listCauses(query);
  return (
    <>
      <h1>Causes</h1>
      <p className="muted">What failed builds say is missing, ranked by failures or by packages.</p>
      <form method="get" action="/causes" className="filters" data-testid="cause-filters">
        <label className="search">
          Name
          <input
            id="cause-search"
            name="q"
            type="search"
            defaultValue={query.q ?? ""}
            placeholder="libpcre"
          />
        </label>
        <FacetSelect name="type" label="Type" value={query.type} options={[...CAUSE_TYPES]} />
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="pageSize" value={query.pageSize} />
        <div className="filter-actions">
          <button type="submit">Apply</button> <a href="/causes">Clear</a>
          <span className="muted small">
            Counts as of {list.computedAt.toISOString().slice(11, 16)} UTC, refreshed every minute.
          </span>
        </div>
      </form>
      <CausesTable rows={list.rows} sortLinks={sortLinks(params, query.sort)} />
      <Pager
        basePath="/causes"
        params={params}
        page={list.page}
        pageSize={list.pageSize}
        total={list.total}
        totalExact
        rowCount={list.rows.length}
        noun="causes"
      />
    </>
  );
}
