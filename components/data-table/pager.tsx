// Previous/next links and the page-size choice for a server-paginated list.
// Every link keeps the list's other URL parameters.
import Link from "next/link";
import { PAGE_SIZES } from "@/lib/queries/list-envelope";

const NUMBER = new Intl.NumberFormat("en");

function hrefWith(basePath: string, params: Record<string, string>, changes: Record<string, string>): string {
  return `${basePath}?${new URLSearchParams({ ...params, ...changes })}`;
}

export function Pager({
  basePath,
  params,
  page,
  pageSize,
  total,
  totalExact,
  rowCount,
  noun = "failures",
}: {
  basePath: string;
  params: Record<string, string>;
  page: number;
  pageSize: number;
  total: number;
  totalExact: boolean;
  rowCount: number;
  noun?: string;
}) {
  const lastPage = totalExact ? Math.max(1, Math.ceil(total / pageSize)) : null;
  // Above the count cap the last page is unknown: "next" shows while pages are full.
  const hasNext = lastPage === null ? rowCount === pageSize : page < lastPage;
  const totalText = totalExact ? NUMBER.format(total) : `about ${NUMBER.format(total)}`;
  return (
    <nav className="pager" aria-label="pages" data-testid="pager">
      {page > 1 && <Link href={hrefWith(basePath, params, { page: String(page - 1) })}>← previous</Link>}
      <span className="muted" data-testid="pager-status">
        page {page}
        {lastPage !== null ? ` of ${NUMBER.format(lastPage)}` : ""} · {totalText} {noun}
        {!totalExact && (
          <span title="Counting stops at this number so that broad lists stay fast">
            {" "}
            (not counted further)
          </span>
        )}
      </span>
      {hasNext && <Link href={hrefWith(basePath, params, { page: String(page + 1) })}>next →</Link>}
      <span className="page-sizes">
        per page:{" "}
        {PAGE_SIZES.map((size) =>
          size === pageSize ? (
            <strong key={size}>{size}</strong>
          ) : (
            <Link key={size} href={hrefWith(basePath, params, { pageSize: String(size), page: "1" })}>
              {size}
            </Link>
          ),
        )}
      </span>
    </nav>
  );
}
