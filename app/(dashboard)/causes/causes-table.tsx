"use client";
// The causes list's columns; rows arrive sorted and paged by the server (lib/queries/causes.ts).
import Link from "next/link";
import { causeLabel } from "@/components/analysis-badges";
import { type DataColumn, DataTable, type SortLink } from "@/components/data-table/data-table";
import { formatCount } from "@/components/format-count";
import type { CauseRow } from "@/lib/queries/causes";

const COLUMNS: DataColumn<CauseRow>[] = [
  {
    id: "name",
    header: "Missing",
    cell: ({ row }) => (
      <Link href={`/causes/${row.original.id}`} className="title">
        {causeLabel(row.original)}
      </Link>
    ),
  },
  { id: "type", header: "Type", cell: ({ row }) => <span className="muted">{row.original.type}</span> },
  {
    id: "failures",
    header: "Failures",
    cell: ({ row }) => (
      <Link href={`/failures?cause=${row.original.id}`} data-testid="cause-failures">
        {formatCount(row.original.failures, "failure")}
      </Link>
    ),
  },
  {
    id: "packages",
    header: "Packages",
    cell: ({ row }) => formatCount(row.original.packages, "package"),
  },
  {
    id: "lastSeen",
    header: "Last seen",
    cell: ({ row }) => row.original.lastSeenAt?.slice(0, 10) ?? "–",
  },
];

export function CausesTable({ rows, sortLinks }: { rows: CauseRow[]; sortLinks: Record<string, SortLink> }) {
  if (rows.length === 0) return <p className="muted">No causes match.</p>;
  return (
    <DataTable
      columns={COLUMNS}
      rows={rows}
      rowKey={(row) => String(row.id)}
      rowHref={(row) => `/failures?cause=${row.id}`}
      sortLinks={sortLinks}
      testId="cause-table"
      searchInputId="cause-search"
      label="Missing dependencies and files"
    />
  );
}
