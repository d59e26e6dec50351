"use client";
// Installed packages (qlist-info, installed-packages), filtered and sorted on
// the server by the URL's state (lib/files/package-table.ts).
import { type DataColumn, DataTable, type SortLink } from "@/components/data-table/data-table";
import type { InstalledPackage } from "@/lib/gentoo/installed-packages";

const BASE_COLUMNS: DataColumn<InstalledPackage>[] = [
  {
    id: "category",
    header: "category",
    meta: { className: "mono" },
    cell: ({ row }) => row.original.category,
  },
  { id: "name", header: "name", meta: { className: "mono" }, cell: ({ row }) => row.original.name },
  { id: "version", header: "version", meta: { className: "mono" }, cell: ({ row }) => row.original.version },
  { id: "slot", header: "slot", meta: { className: "mono" }, cell: ({ row }) => row.original.slot },
];

const USE_COLUMN: DataColumn<InstalledPackage> = {
  id: "use",
  header: "USE",
  meta: { className: "mono use-flags" },
  cell: ({ row }) => (
    <>
      {row.original.useEnabled.join(" ")}{" "}
      <span className="muted">{row.original.useDisabled.map((flag) => `-${flag}`).join(" ")}</span>
    </>
  ),
};

export function InstalledPackageTable({
  rows,
  sortLinks,
  withUse,
}: {
  rows: InstalledPackage[];
  sortLinks: Record<string, SortLink>;
  withUse: boolean;
}) {
  return (
    <DataTable
      columns={withUse ? [...BASE_COLUMNS, USE_COLUMN] : BASE_COLUMNS}
      rows={rows}
      rowKey={(row) => row.atom}
      sortLinks={sortLinks}
      className="compact"
      label="Installed packages"
    />
  );
}
