import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/lib/auth/access";
import { auditActions, auditQuerySchema, listAuditEvents } from "@/lib/queries/audit";

export const metadata: Metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  await requirePageRole("admin", "/admin/audit");
  const raw = await searchParams;
  const query = auditQuerySchema.parse(raw);
  const [events, actions] = await Promise.all([listAuditEvents(query), auditActions()]);
  const pages = Math.max(1, Math.ceil(events.total / events.pageSize));
  const pageLink = (page: number) => {
    const params = new URLSearchParams(
      Object.entries(raw).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])),
    );
    params.set("page", String(page));
    return `/admin/audit?${params}`;
  };
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
        <input
          name="from"
          type="date"
          aria-label="From"
          defaultValue={typeof raw.from === "string" ? raw.from : ""}
        />
        <input
          name="to"
          type="date"
          aria-label="To"
          defaultValue={typeof raw.to === "string" ? raw.to : ""}
        />
        <button type="submit">Filter</button>
      </form>
      <table className="data-table admin-table">
        <thead>
          <tr>
            <th>When</th>
            <th>Who</th>
            <th>Action</th>
            <th>Target</th>
            <th>Details</th>
          </tr>
        </thead>
        <tbody>
          {events.rows.map((event) => (
            <tr key={event.id}>
              <td>{event.createdAt.toISOString().slice(0, 19).replace("T", " ")}</td>
              <td>{event.actor}</td>
              <td>{event.action}</td>
              <td>{event.target}</td>
              <td className="mono audit-details">{event.details}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {events.total} events. Page {events.page} of {pages}.{" "}
        {events.page > 1 ? <Link href={pageLink(events.page - 1)}>Newer</Link> : null}{" "}
        {events.page < pages ? <Link href={pageLink(events.page + 1)}>Older</Link> : null}
      </p>
    </>
  );
}
