// A whole failure list: filters, the table, paging, and the same list as JSON
// and Atom. Pages pass what loadFailureListPage returned.
import { filterParams } from "@/lib/queries/failure-filters";
import type { FailureListPage } from "@/lib/queries/failure-list-page";
import { Pager } from "../data-table/pager";
import { FailureTable } from "../failure-table";
import { FilterDisclosure } from "../filter-disclosure";
import { ActiveFilterChips, activeFilters } from "./active-filters";
import { FailureFilterForm } from "./failure-filter-form";

type Fixed = ReadonlyArray<"category" | "package" | "signature" | "cause">;

/** The list's filters, including those a page fixes, as a query string for the API and the feed. */
function alternateQuery(data: FailureListPage): string {
  const { page: _page, pageSize: _size, sort: _sort, dir: _dir, ...filters } = data.query;
  return filterParams(filters).toString();
}

export function FailureListView({
  data,
  basePath,
  signedIn,
  fixed = [],
  canTriage = false,
}: {
  data: FailureListPage;
  basePath: string;
  signedIn: boolean;
  fixed?: Fixed;
  /** Maintainers get bulk triage (the server checks the role again). */
  canTriage?: boolean;
}) {
  const { list, params } = data;
  const alternate = alternateQuery(data);
  return (
    <div className="failure-list">
      <FilterDisclosure active={activeFilters(basePath, params, fixed).length}>
        <FailureFilterForm
          basePath={basePath}
          query={data.query}
          facets={data.facets}
          choices={data.choices}
          signedIn={signedIn}
          facetsComputedAt={data.facetsComputedAt}
          fixed={fixed}
        />
      </FilterDisclosure>
      <ActiveFilterChips basePath={basePath} params={params} fixed={fixed} notices={data.notices} />
      {data.query.q && !list.ranked && (
        <p className="muted small">
          Too many matches to rank: newest first. Add a word to narrow the search.
        </p>
      )}
      <FailureTable
        // A new page or filter starts with nothing selected.
        key={new URLSearchParams(params).toString()}
        rows={list.rows}
        basePath={basePath}
        params={params}
        nowIso={new Date().toISOString()}
        bulk={
          canTriage ? { total: list.total, totalExact: list.totalExact, filterQuery: alternate } : undefined
        }
      />
      <Pager
        basePath={basePath}
        params={params}
        page={list.page}
        pageSize={list.pageSize}
        total={list.total}
        totalExact={list.totalExact}
        rowCount={list.rows.length}
      />
      <p className="alternates small">
        This list as <a href={`/api/v1/failures?${alternate}`}>JSON</a> ·{" "}
        <a href={`/feeds/failures.atom?${alternate}`} data-testid="atom-link">
          Atom feed
        </a>{" "}
        · keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>Enter</kbd> opens,
        {canTriage && (
          <>
            {" "}
            <kbd>space</kbd> selects,
          </>
        )}{" "}
        <kbd>/</kbd> searches
      </p>
    </div>
  );
}
