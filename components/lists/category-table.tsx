"use client";
// Categories with their counts, by name from the server (lib/queries/categories.ts); no sort links.
import Link from "next/link";
import { type DataColumn, DataTable } from "@/components/data-table/data-table";
import type { CategoryRow } from "@/lib/queries/categories";

const COLUMNS: DataColumn<CategoryRow>[] = [
  {
    id: "category",
    header: "Category",
    cell: ({ row }) => <Link href={`/c/${row.original.category}`}>{row.original.category}</Link>,
  },
  { id: "packages", header: "Packages", cell: ({ row }) => row.original.packages },
  { id: "failures", header: "Failures", cell: ({ row }) => row.original.failures },
];

export function CategoryTable({ rows }: { rows: CategoryRow[] }) {
  return (
    <DataTable
      columns={COLUMNS}
      rows={rows}
      rowKey={(row) => row.category}
      rowHref={(row) => `/c/${row.category}`}
      testId="category-table"
      label="Categories"
      empty="No categories yet."
    />
  );
}
