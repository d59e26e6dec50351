"use client";
// The diagnostics search's columns; rows arrive grouped, sorted and paged by the server (lib/queries/diagnostics.ts).
import Link from "next/link";
import { type DataColumn, DataTable } from "@/components/data-table/data-table";
import { formatCount } from "@/components/format-count";
import type { DiagnosticRow } from "@/lib/queries/diagnostics";

const COLUMNS: DataColumn<DiagnosticRow>[] = [
  {
    id: "text",
    header: "Diagnostic",
    cell: ({ row }) => (
      <Link href={row.original.buildsUrl} className="title" title={row.original.example}>
        {row.original.text}
      </Link>
    ),
  },
  { id: "kind", header: "Kind", cell: ({ row }) => row.original.kind },
  {
    id: "flag",
    header: "Flag",
    cell: ({ row }) => <code data-testid="diagnostic-flag">{row.original.flag || "–"}</code>,
  },
  {
    id: "builds",
    header: "Builds",
    cell: ({ row }) => (
      <Link href={row.original.buildsUrl} data-testid="diagnostic-builds">
        {formatCount(row.original.builds, "build")}
      </Link>
    ),
  },
  { id: "packages", header: "Packages", cell: ({ row }) => formatCount(row.original.packages, "package") },
];

export function DiagnosticsTable({ rows }: { rows: DiagnosticRow[] }) {
  if (rows.length === 0) return <p className="muted">No diagnostics match.</p>;
  return (
    <DataTable
      columns={COLUMNS}
      rows={rows}
      rowKey={(row) => String(row.id)}
      rowHref={(row) => row.buildsUrl}
      testId="diagnostic-table"
      searchInputId="diagnostic-search"
      compactColumns={["text", "builds"]}
      label="Diagnostics"
    />
  );
}
