import type { Metadata } from "next";
import type { SortLink } from "@/components/data-table/data-table";
import { Pager } from "@/components/data-table/pager";
import { AuditTable } from "@/components/lists/audit-table";
import { requirePageRole } from "@/lib/auth/access";
import { type AuditSort, auditActions, auditQuerySchema, listAuditEvents } from "@/lib/queries/audit";
import { firstValues } from "@/lib/queries/failure-list-page";

export const metadata: Metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

/** "When" toggles newest/oldest first; "Action" sorts A to Z. */
function sortLinks(params: Record<string, string>, current: AuditSort): Record<string, SortLink> {
  const href = (sort: AuditSort) => `/admin/audit?${new URLSearchParams({ ...params, sort, page: "1" })}`;
  const when = current === "when" ? "desc" : current === "whenAsc" ? "asc" : null;
  return {
    when: { href: href(current === "when" ? "whenAsc" : "when"), active: when },
    action: { href: href("action"), active: current === "action" ? "asc" : null },
  };
}

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  await requirePageRole("admin", "/admin/audit");
  const params = firstValues(await searchParams);
  const query = auditQuerySchema.parse(params);
  const [events, actions] = await Promise.all([listAuditEvents(query), auditActions()]);
  return (
    <>
      <h1>Audit log</h1>
      <form className="admin-form inline" method="get">
        <select name="action" defaultValue={query.action ?? ""} aria-label="Action">
          <option value="">any action</option>
          {actions.map((action) => (
            <option key={action}>{action}</option>
          ))}
        </select>
        <input name="user" placeholder="user e-mail" defaultValue={query.user ?? ""} aria-label="User" />
        <input name="from" type="date" aria-label="From" defaultValue={params.from ?? ""} />
        <input name="to" type="date" aria-label="To" defaultValue={params.to ?? ""} />
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="pageSize" value={query.pageSize} />
        <button type="submit">Filter</button>
      </form>
      <AuditTable rows={events.rows} sortLinks={sortLinks(params, query.sort)} />
      <Pager
        basePath="/admin/audit"
        params={params}
        page={events.page}
        pageSize={events.pageSize}
        total={events.total}
        totalExact
        rowCount={events.rows.length}
        noun="events"
      />
    </>
  );
}
