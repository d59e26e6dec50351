"use client";
// Possible duplicate bugs in the rank lib/bugzilla/rank-duplicates.ts gives
// them: the ranking is the order, so no sort links.
import { BugStatus } from "@/components/bug-status";
import { type DataColumn, DataTable } from "@/components/data-table/data-table";
import { RelativeTime } from "@/components/relative-time";
import type { DuplicateReason, DuplicateRow } from "@/lib/bugzilla/rank-duplicates";

const REASONS: Record<DuplicateReason, string> = {
  fine: "same failure",
  coarse: "same error, other package",
  package: "this package",
  similar: "similar summary",
  "bugzilla-package": "open for this package",
  "bugzilla-similar": "same key terms",
};

function columns(now: Date): DataColumn<DuplicateRow>[] {
  return [
    { id: "bug", header: "Bug", cell: ({ row }) => <a href={row.original.url}>{row.original.bugNumber}</a> },
    {
      id: "summary",
      header: "Summary",
      meta: { className: "title" },
      cell: ({ row }) => row.original.summary,
    },
    {
      id: "state",
      header: "State",
      cell: ({ row }) => <BugStatus status={row.original.status} resolution={row.original.resolution} />,
    },
    {
      id: "age",
      header: "Age",
      cell: ({ row }) =>
        row.original.createdAt ? <RelativeTime iso={row.original.createdAt.toISOString()} now={now} /> : null,
    },
    {
      id: "assignee",
      header: "Assignee",
      meta: { className: "mono" },
      cell: ({ row }) => row.original.assignee,
    },
    {
      id: "why",
      header: "Why",
      cell: ({ row }) => row.original.reasons.map((reason) => REASONS[reason]).join(", "),
    },
    {
      id: "similarity",
      header: "Similarity",
      cell: ({ row }) => `${Math.round(row.original.similarity * 100)} %`,
    },
  ];
}

export function DuplicateTable({ rows, nowIso }: { rows: DuplicateRow[]; nowIso: string }) {
  return (
    <DataTable
      columns={columns(new Date(nowIso))}
      rows={rows}
      rowKey={(row) => String(row.bugNumber)}
      rowAttributes={() => ({ "data-testid": "duplicate-row" })}
      label="Possible duplicates"
      empty="No bug looks like this failure."
    />
  );
}
