// A plain server-rendered list of builds; the filterable table comes with the browse issue.
import Link from "next/link";
import type { FailureRow } from "@/lib/queries/failures";
import type { ListEnvelope } from "@/lib/queries/list-envelope";
import { RelativeTime } from "./relative-time";

export function FailureTable({
  envelope,
  basePath,
}: {
  envelope: ListEnvelope<FailureRow>;
  basePath: string;
}) {
  const { rows, total, page, pageSize } = envelope;
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  if (rows.length === 0) return <p className="muted">No failures yet.</p>;
  return (
    <>
      <table className="list" data-testid="failure-table">
        <thead>
          <tr>
            <th>Package</th>
            <th>Title</th>
            <th>Phase / kind</th>
            <th>Tinderbox</th>
            <th>When</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <Link href={`/builds/${row.id}`}>{row.atom}</Link>
              </td>
              <td className="title">{row.title || row.primaryText || ""}</td>
              <td>
                <span className={`badge ${row.status}`}>{row.phase ?? row.status}</span>{" "}
                <span className="muted">{row.kind}</span>
              </td>
              <td>{row.tinderbox}</td>
              <td>
                <RelativeTime iso={row.finishedAt ?? row.createdAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="pager">
        {page > 1 && <Link href={`${basePath}?page=${page - 1}&pageSize=${pageSize}`}>← newer</Link>}
        <span className="muted">
          page {page} of {lastPage} · {total} builds
        </span>
        {page < lastPage && <Link href={`${basePath}?page=${page + 1}&pageSize=${pageSize}`}>older →</Link>}
      </div>
    </>
  );
}
