"use client";
// A tracker page's lists (rows from lib/trackers/tracker-detail.ts, in its
// order; small, so no sort links). Several share the page, so none takes j/k.
import Link from "next/link";
import { type DataColumn, DataTable } from "@/components/data-table/data-table";
import type { CountBy, FixedPackage, OpenPackage } from "@/lib/trackers/tracker-detail";

/** `bugHref` is built on the server: the Bugzilla address is server configuration. */
export type OpenPackageRow = OpenPackage & { bugHref: string | null };

const OPEN_COLUMNS: DataColumn<OpenPackageRow>[] = [
  {
    id: "package",
    header: "Package",
    cell: ({ row }) => <Link href={`/p/${row.original.atom}`}>{row.original.atom}</Link>,
  },
  { id: "openFailures", header: "Open failures", cell: ({ row }) => row.original.openFailures },
  {
    id: "newest",
    header: "Newest",
    cell: ({ row }) => (
      <Link href={`/builds/${row.original.newestBuildId}`}>{row.original.newestAt.slice(0, 10)}</Link>
    ),
  },
  {
    id: "maintainers",
    header: "Maintainers",
    meta: { className: "small" },
    cell: ({ row }) => row.original.maintainers.join(", ") || "maintainer-needed",
  },
  {
    id: "bug",
    header: "Bug",
    cell: ({ row }) =>
      row.original.bugHref !== null ? (
        <a href={row.original.bugHref}>{row.original.bugNumber}</a>
      ) : (
        <Link href={`/builds/${row.original.newestBuildId}/bug`}>file blocker</Link>
      ),
  },
];

export function OpenPackageTable({ rows }: { rows: OpenPackageRow[] }) {
  return (
    <DataTable
      columns={OPEN_COLUMNS}
      rows={rows}
      rowKey={(row) => String(row.packageId)}
      testId="tracker-open"
      label="Packages to fix"
      empty="None."
    />
  );
}

const FIXED_COLUMNS: DataColumn<FixedPackage>[] = [
  {
    id: "package",
    header: "Package",
    cell: ({ row }) => <Link href={`/p/${row.original.atom}`}>{row.original.atom}</Link>,
  },
  {
    id: "lastFailure",
    header: "Last failure",
    cell: ({ row }) => (
      <Link href={`/builds/${row.original.lastFailureId}`}>build {row.original.lastFailureId}</Link>
    ),
  },
  { id: "fixedAt", header: "Built clean", cell: ({ row }) => row.original.fixedAt.slice(0, 10) },
];

export function FixedPackageTable({ rows }: { rows: FixedPackage[] }) {
  return (
    <DataTable
      columns={FIXED_COLUMNS}
      rows={rows}
      rowKey={(row) => row.atom}
      testId="tracker-fixed"
      label="Packages fixed"
      empty="None yet."
    />
  );
}

function countColumns(keyHeader: string): DataColumn<CountBy>[] {
  return [
    { id: "key", header: keyHeader, cell: ({ row }) => row.original.key },
    { id: "openFailures", header: "Open failures", cell: ({ row }) => row.original.openFailures },
    { id: "packages", header: "Packages", cell: ({ row }) => row.original.packages },
  ];
}

export function CountByTable({
  keyHeader,
  label,
  rows,
}: {
  keyHeader: string;
  label: string;
  rows: CountBy[];
}) {
  return (
    <DataTable
      columns={countColumns(keyHeader)}
      rows={rows}
      rowKey={(row) => row.key}
      label={label}
      empty="None."
    />
  );
}
