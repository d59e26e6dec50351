"use client";
// A build's files in the order the server lists them (a handful, so no sort links).
import Link from "next/link";
import { type DataColumn, DataTable } from "@/components/data-table/data-table";
import { formatBytes } from "@/components/format-bytes";

export interface FileListRow {
  id: number;
  name: string;
  role: string;
  members: number;
  size: number;
  lineCount: number | null;
  /** ISO date (YYYY-MM-DD) when retention removed the file's content. */
  purgedOn: string | null;
}

const COLUMNS: DataColumn<FileListRow>[] = [
  {
    id: "file",
    header: "File",
    meta: { className: "mono" },
    cell: ({ row }) => (
      <>
        <Link href={`/files/${row.original.id}`}>{row.original.name}</Link>
        {row.original.members > 0 && <span className="muted"> ({row.original.members} members)</span>}
      </>
    ),
  },
  { id: "role", header: "Role", cell: ({ row }) => row.original.role },
  { id: "size", header: "Size", cell: ({ row }) => formatBytes(row.original.size) },
  {
    id: "lines",
    header: "Lines",
    cell: ({ row }) => (row.original.lineCount === null ? "" : row.original.lineCount.toLocaleString("en")),
  },
  {
    id: "download",
    header: "",
    cell: ({ row }) =>
      row.original.purgedOn ? (
        <span className="muted" data-testid="file-removed-on">
          removed on {row.original.purgedOn}
        </span>
      ) : (
        <a href={`/api/v1/files/${row.original.id}/raw`} download>
          download
        </a>
      ),
  },
];

export function FileTable({ rows }: { rows: FileListRow[] }) {
  return (
    <DataTable
      columns={COLUMNS}
      rows={rows}
      rowKey={(row) => String(row.id)}
      testId="file-list"
      label="Files"
    />
  );
}
