"use client";
// The tracker bugs; a short list in the server's order (active first, by bug number), so no sort links.
import Link from "next/link";
import { type DataColumn, DataTable } from "@/components/data-table/data-table";

export interface TrackerListRow {
  id: number;
  bugNumber: number;
  /** Built on the server: the Bugzilla address is server configuration. */
  bugHref: string;
  title: string;
  matchType: string;
  pattern: string;
  active: boolean;
}

const COLUMNS: DataColumn<TrackerListRow>[] = [
  {
    id: "bug",
    header: "Bug",
    cell: ({ row }) => <a href={row.original.bugHref}>{row.original.bugNumber}</a>,
  },
  {
    id: "title",
    header: "Title",
    cell: ({ row }) => <Link href={`/trackers/${row.original.id}`}>{row.original.title}</Link>,
  },
  {
    id: "rule",
    header: "Rule",
    meta: { className: "mono" },
    cell: ({ row }) => (
      <>
        <span className="muted">{row.original.matchType}:</span> {row.original.pattern}
      </>
    ),
  },
  { id: "active", header: "Active", cell: ({ row }) => (row.original.active ? "yes" : "no") },
];

export function TrackerTable({ rows }: { rows: TrackerListRow[] }) {
  return (
    <DataTable
      columns={COLUMNS}
      rows={rows}
      rowKey={(row) => String(row.id)}
      rowHref={(row) => `/trackers/${row.id}`}
      testId="tracker-table"
      label="Tracker bugs"
    />
  );
}
