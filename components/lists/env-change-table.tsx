"use client";
// Environment changes in lib/env-diff/diff.ts's order (toolchain first): that
// order says what matters most, so no sort links.
import { type DataColumn, DataTable } from "@/components/data-table/data-table";
import type { EnvChange, EnvChangeGroup } from "@/lib/env-diff/diff";

const GROUP_LABELS: Record<EnvChangeGroup, string> = {
  toolchain: "Toolchain",
  flags: "Flags",
  use: "USE",
  variables: "Variables",
  packages: "Packages",
};

const none = <span className="muted">(none)</span>;

const COLUMNS: DataColumn<EnvChange>[] = [
  { id: "group", header: "Group", cell: ({ row }) => GROUP_LABELS[row.original.group] },
  { id: "what", header: "What", meta: { className: "mono" }, cell: ({ row }) => row.original.key },
  {
    id: "before",
    header: "Last good",
    meta: { className: "mono env-before" },
    cell: ({ row }) => row.original.before ?? none,
  },
  {
    id: "after",
    header: "This build",
    meta: { className: "mono env-after" },
    cell: ({ row }) => row.original.after ?? none,
  },
];

export function EnvChangeTable({ rows }: { rows: EnvChange[] }) {
  return (
    <DataTable
      columns={COLUMNS}
      rows={rows}
      rowKey={(row) => `${row.group}:${row.key}`}
      testId="env-diff"
      className="env-diff"
      label="Environment changes since the last good build"
    />
  );
}
