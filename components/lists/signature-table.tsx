"use client";
// The signature list's columns; rows arrive sorted and paged by the server (lib/queries/signatures.ts).
import Link from "next/link";
import { Sparkline } from "@/components/charts/sparkline";
import { type DataColumn, DataTable, type SortLink } from "@/components/data-table/data-table";
import type { SignatureRow } from "@/lib/queries/signatures";

function columns(trendDays: number): DataColumn<SignatureRow>[] {
  return [
    {
      id: "signature",
      header: "Signature",
      meta: { className: "title" },
      cell: ({ row }) => <Link href={`/signatures/${row.original.id}`}>{row.original.text}</Link>,
    },
    { id: "packages", header: "Packages", cell: ({ row }) => row.original.packageCount },
    { id: "builds", header: "Builds", cell: ({ row }) => row.original.buildCount },
    {
      id: "firstSeen",
      header: "First seen",
      cell: ({ row }) => row.original.firstSeenAt?.slice(0, 10) ?? "–",
    },
    { id: "lastSeen", header: "Last seen", cell: ({ row }) => row.original.lastSeenAt?.slice(0, 10) ?? "–" },
    {
      id: "trend",
      header: `Last ${trendDays} days`,
      cell: ({ row }) => (
        <Sparkline values={row.original.trend} label={`builds per day, last ${trendDays} days`} />
      ),
    },
  ];
}

export function SignatureTable({
  rows,
  sortLinks,
  trendDays,
}: {
  rows: SignatureRow[];
  sortLinks: Record<string, SortLink>;
  trendDays: number;
}) {
  return (
    <DataTable
      columns={columns(trendDays)}
      rows={rows}
      rowKey={(row) => String(row.id)}
      rowHref={(row) => `/signatures/${row.id}`}
      sortLinks={sortLinks}
      testId="signature-table"
      searchInputId="signature-search"
      label="Signatures"
      empty="No signatures match."
    />
  );
}
