"use client";
// Failures sharing a signature with the one on screen, newest first from
// lib/queries/same-signature.ts (a few rows, so no sort links).
import Link from "next/link";
import { type DataColumn, DataTable } from "@/components/data-table/data-table";
import { RelativeTime } from "@/components/relative-time";

export interface RelatedFailureRow {
  id: number;
  title: string;
  tinderbox: string;
  bugLinks: Array<{ bugNumber: number; url: string }>;
  triageState: string;
  finishedAt: Date | null;
}

function columns(now: Date): DataColumn<RelatedFailureRow>[] {
  return [
    {
      id: "failure",
      header: "Failure",
      meta: { className: "title" },
      cell: ({ row }) => <Link href={`/builds/${row.original.id}`}>{row.original.title}</Link>,
    },
    {
      id: "tinderbox",
      header: "Tinderbox",
      meta: { className: "mono" },
      cell: ({ row }) => row.original.tinderbox,
    },
    {
      id: "bugs",
      header: "Bugs",
      cell: ({ row }) =>
        row.original.bugLinks.length === 0 ? (
          <span className="muted">{row.original.triageState}</span>
        ) : (
          row.original.bugLinks.map((bug) => (
            <a key={bug.bugNumber} href={bug.url}>
              bug {bug.bugNumber}{" "}
            </a>
          ))
        ),
    },
    {
      id: "finished",
      header: "Finished",
      cell: ({ row }) =>
        row.original.finishedAt ? <RelativeTime iso={row.original.finishedAt.toISOString()} now={now} /> : "",
    },
  ];
}

export function RelatedFailureTable({
  rows,
  nowIso,
  testId,
  label,
}: {
  rows: RelatedFailureRow[];
  /** The server's clock, so relative times match between server and browser render. */
  nowIso: string;
  testId: string;
  label: string;
}) {
  return (
    <DataTable
      columns={columns(new Date(nowIso))}
      rows={rows}
      rowKey={(row) => String(row.id)}
      testId={testId}
      label={label}
      empty="None."
    />
  );
}
