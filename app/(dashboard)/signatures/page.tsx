import type { Metadata } from "next";
import type { SortLink } from "@/components/data-table/data-table";
import { Pager } from "@/components/data-table/pager";
import { SignatureTable } from "@/components/lists/signature-table";
import { requirePageRead } from "@/lib/auth/access";
import { firstValues } from "@/lib/queries/failure-list-page";
import {
  listSignatures,
  SIGNATURE_SORTS,
  type SignatureSort,
  signatureListQuerySchema,
  TREND_DAYS,
} from "@/lib/queries/signatures";

export const metadata: Metadata = { title: "Signatures" };

/** Every signature sort is most-first (lib/queries/signatures.ts ORDER). */
function sortLinks(params: Record<string, string>, current: SignatureSort): Record<string, SortLink> {
  const links: Record<string, SortLink> = {};
  for (const sort of SIGNATURE_SORTS) {
    const href = `/signatures?${new URLSearchParams({ ...params, sort, page: "1" })}`;
    links[sort] = { href, active: sort === current ? "desc" : null };
  }
  return links;
}

export default async function SignaturesPage({ searchParams }: PageProps<"/signatures">) {
  await requirePageRead("/signatures");
  const params = firstValues(await searchParams);
  const query = signatureListQuerySchema.parse(params);
  const list = await listSignatures(query);
  return (
    <>
      <h1>Signatures</h1>
      <form method="get" action="/signatures" className="filters">
        <input
          id="signature-search"
          name="q"
          type="search"
          aria-label="Signature text"
          defaultValue={query.q ?? ""}
          placeholder="signature text"
        />
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="pageSize" value={query.pageSize} />
        <button type="submit">Search</button>
      </form>
      <SignatureTable rows={list.rows} sortLinks={sortLinks(params, query.sort)} trendDays={TREND_DAYS} />
      <Pager
        basePath="/signatures"
        params={params}
        page={list.page}
        pageSize={list.pageSize}
        total={list.total}
        totalExact
        rowCount={list.rows.length}
        noun="signatures"
      />
    </>
  );
}
