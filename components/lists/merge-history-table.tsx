"use client";
// emerge-history rows in the log's order (newest last): that order is the point, so no sort links.
import { type DataColumn, DataTable } from "@/components/data-table/data-table";
import type { HistoryEntry } from "@/lib/files/emerge-history";

const COLUMNS: DataColumn<HistoryEntry>[] = [
  {
    id: "time",
    header: "Time",
    meta: { className: "mono" },
    cell: ({ row }) => row.original.time.replace("T", " "),
  },
  {
    id: "action",
    header: "Action",
    cell: ({ row }) => (row.original.action === "merge" ? "merged" : <span className="muted">unmerged</span>),
  },
  { id: "package", header: "Package", meta: { className: "mono" }, cell: ({ row }) => row.original.atom },
  { id: "took", header: "Took", meta: { className: "mono" }, cell: ({ row }) => row.original.duration ?? "" },
];

export function MergeHistoryTable({ rows }: { rows: HistoryEntry[] }) {
  return (
    <DataTable
      columns={COLUMNS}
      rows={rows}
      rowKey={(row) => `${row.time}-${row.action}-${row.atom}`}
      className="compact"
      label="Merge history"
    />
  );
}
