"use client";
// Stored bytes counted by one key (tinderbox, file role or age); a few rows in
// lib/retention/storage-usage.ts's order, so no sort links.
import { type DataColumn, DataTable } from "@/components/data-table/data-table";
import { formatBytes } from "@/components/format-bytes";
import type { UsageRow } from "@/lib/retention/storage-usage";

function columns(keyHeader: string): DataColumn<UsageRow>[] {
  return [
    { id: "key", header: keyHeader, cell: ({ row }) => row.original.key },
    { id: "files", header: "Files", cell: ({ row }) => row.original.files.toLocaleString("en") },
    { id: "bytes", header: "Bytes", cell: ({ row }) => formatBytes(row.original.bytes) },
    { id: "removed", header: "Removed files", cell: ({ row }) => row.original.removed.toLocaleString("en") },
  ];
}

export function UsageTable({
  keyHeader,
  label,
  rows,
  testId,
}: {
  keyHeader: string;
  label: string;
  rows: UsageRow[];
  testId: string;
}) {
  return (
    <DataTable
      columns={columns(keyHeader)}
      rows={rows}
      rowKey={(row) => row.key}
      testId={testId}
      className="admin-table"
      label={label}
    />
  );
}
