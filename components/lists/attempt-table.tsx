"use client";
// A package's other builds, grouped by tinderbox (this build's first), newest
// first within each (lib/queries/packages.ts buildAttempts); no sort links:
// the grouping is the order.
import Link from "next/link";
import { type DataColumn, DataTable } from "@/components/data-table/data-table";
import { RelativeTime } from "@/components/relative-time";

export interface AttemptRow {
  id: number;
  atom: string;
  status: string;
  title: string;
  triageState: string;
  finishedAt: Date | null;
  tinderbox: string;
}

function columns(now: Date): DataColumn<AttemptRow>[] {
  const failed = (row: AttemptRow) => row.status === "failed";
  return [
    {
      id: "build",
      header: "Build",
      meta: { className: "mono" },
      cell: ({ row }) => <Link href={`/builds/${row.original.id}`}>{row.original.atom}</Link>,
    },
    {
      id: "status",
      header: "Status",
      cell: ({ row }) => <span className={`badge ${row.original.status}`}>{row.original.status}</span>,
    },
    {
      id: "title",
      header: "Title",
      meta: { className: "title" },
      cell: ({ row }) => (failed(row.original) ? row.original.title : ""),
    },
    {
      id: "triage",
      header: "Triage",
      cell: ({ row }) => (failed(row.original) ? row.original.triageState : ""),
    },
    {
      id: "finished",
      header: "Finished",
      cell: ({ row }) =>
        row.original.finishedAt ? <RelativeTime iso={row.original.finishedAt.toISOString()} now={now} /> : "",
    },
  ];
}

export function AttemptTable({
  rows,
  currentTinderbox,
  nowIso,
}: {
  /** Already grouped: each tinderbox's rows together, this build's tinderbox first. */
  rows: AttemptRow[];
  currentTinderbox: string;
  nowIso: string;
}) {
  return (
    <DataTable
      columns={columns(new Date(nowIso))}
      rows={rows}
      rowKey={(row) => String(row.id)}
      groupBy={(row) => row.tinderbox}
      groupHeader={(tinderbox) => (
        <span className="mono">
          {tinderbox}
          {tinderbox === currentTinderbox && <span className="muted"> (this build's tinderbox)</span>}
        </span>
      )}
      testId="history-attempts"
      label="Other attempts at this package"
    />
  );
}
