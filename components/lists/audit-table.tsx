"use client";
// The audit log's columns; rows arrive sorted and paged by the server (lib/queries/audit.ts).
import { type DataColumn, DataTable, type SortLink } from "@/components/data-table/data-table";
import type { AuditRow } from "@/lib/queries/audit";

const COLUMNS: DataColumn<AuditRow>[] = [
  {
    id: "when",
    header: "When",
    cell: ({ row }) => row.original.createdAt.toISOString().slice(0, 19).replace("T", " "),
  },
  { id: "who", header: "Who", cell: ({ row }) => row.original.actor },
  { id: "action", header: "Action", cell: ({ row }) => row.original.action },
  { id: "target", header: "Target", cell: ({ row }) => row.original.target },
  {
    id: "details",
    header: "Details",
    meta: { className: "mono audit-details" },
    cell: ({ row }) => row.original.details,
  },
];

export function AuditTable({ rows, sortLinks }: { rows: AuditRow[]; sortLinks: Record<string, SortLink> }) {
  return (
    <DataTable
      columns={COLUMNS}
      rows={rows}
      rowKey={(row) => row.id}
      sortLinks={sortLinks}
      testId="audit-table"
      className="admin-table"
      label="Audit events"
      empty="No events match."
    />
  );
}
