import type { Metadata } from "next";
import Link from "next/link";
import { Sparkline } from "@/components/charts/sparkline";
import { Pager } from "@/components/data-table/pager";
import { requirePageRead } from "@/lib/auth/access";
import { firstValues } from "@/lib/queries/failure-list-page";
import { listSignatures, signatureListQuerySchema, TREND_DAYS } from "@/lib/queries/signatures";

export const metadata: Metadata = { title: "Signatures" };

export default async function SignaturesPage({ searchParams }: PageProps<"/signatures">) {
  await requirePageRead("/signatures");
  const params = firstValues(await searchParams);
  const query = signatureListQuerySchema.parse(params);
  const list = await listSignatures(query);
  const sortHref = (sort: string) => `/signatures?${new URLSearchParams({ ...params, sort, page: "1" })}`;
  return (
    <>
      <h1>Signatures</h1>
      <form method="get" action="/signatures" className="filters">
        <input name="q" type="search" defaultValue={query.q ?? ""} placeholder="signature text" />
        <input type="hidden" name="sort" value={query.sort} />
        <button type="submit">Search</button>
      </form>
      <table className="list" data-testid="signature-table">
        <thead>
          <tr>
            <th>Signature</th>
            <th>
              <Link href={sortHref("packages")}>Packages</Link>
            </th>
            <th>
              <Link href={sortHref("builds")}>Builds</Link>
            </th>
            <th>
              <Link href={sortHref("firstSeen")}>First seen</Link>
            </th>
            <th>
              <Link href={sortHref("lastSeen")}>Last seen</Link>
            </th>
            <th>Last {TREND_DAYS} days</th>
          </tr>
        </thead>
        <tbody>
          {list.rows.map((s) => (
            <tr key={s.id}>
              <td className="title">
                <Link href={`/signatures/${s.id}`}>{s.text}</Link>
              </td>
              <td>{s.packageCount}</td>
              <td>{s.buildCount}</td>
              <td>{s.firstSeenAt?.slice(0, 10) ?? "–"}</td>
              <td>{s.lastSeenAt?.slice(0, 10) ?? "–"}</td>
              <td>
                <Sparkline values={s.trend} label={`builds per day, last ${TREND_DAYS} days`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
