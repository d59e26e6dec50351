"use client";
// The one wrapper around @tanstack/react-table (v9): every list in Kindling
// renders through it. Rows arrive already sorted and paginated by the server,
// so the table registers no client-side row models; sorting is a link that
// changes the URL, which keeps every view shareable.
import { type ColumnDef, type RowData, tableFeatures, useTable } from "@tanstack/react-table";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useListKeyboard } from "./use-list-keyboard";

const features = tableFeatures({});
export type DataTableFeatures = typeof features;
export type DataColumn<Row extends RowData> = ColumnDef<DataTableFeatures, Row>;

export interface SortLink {
  href: string;
  /** "asc" or "desc" when the list is sorted by this column now. */
  active: "asc" | "desc" | null;
}

interface DataTableProps<Row extends RowData> {
  columns: DataColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** Where Enter (and a click on the atom) goes. */
  rowHref: (row: Row) => string;
  /** A link for each sortable column id; others get none. */
  sortLinks?: Partial<Record<string, SortLink>>;
  testId?: string;
  /** The input "/" focuses. */
  searchInputId?: string;
  /** Space on the current (j/k) row, e.g. toggling its bulk-selection checkbox. */
  onSpace?: (index: number) => void;
}

function SortHeader({ label, link }: { label: string; link: SortLink | undefined }) {
  if (!link) return <>{label}</>;
  const arrow = link.active === "asc" ? " ▲" : link.active === "desc" ? " ▼" : "";
  return (
    <Link href={link.href} className="sort-link" aria-sort={link.active ? `${link.active}ending` : undefined}>
      {label}
      {arrow}
    </Link>
  );
}

export function DataTable<Row extends RowData>({
  columns,
  rows,
  rowKey,
  rowHref,
  sortLinks = {},
  testId,
  searchInputId,
  onSpace,
}: DataTableProps<Row>) {
  const table = useTable({ features, columns, data: rows, getRowId: rowKey });
  const router = useRouter();
  const [activeIndex, setActiveIndex] = useState(-1);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  useListKeyboard({
    count: rows.length,
    setActiveIndex,
    open: (index) => {
      const row = rows[index];
      if (row) router.push(rowHref(row));
    },
    activeIndex,
    bodyRef,
    searchInputId,
    onSpace,
  });
  return (
    <table className="list data-table" data-testid={testId}>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <th key={header.id} scope="col">
                <SortHeader
                  label={String(header.column.columnDef.header ?? header.id)}
                  link={sortLinks[header.id]}
                />
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody ref={bodyRef}>
        {table.getRowModel().rows.map((row, index) => (
          <tr
            key={row.id}
            className={index === activeIndex ? "active" : undefined}
            aria-selected={index === activeIndex}
          >
            {row.getAllCells().map((cell) => (
              <td key={cell.id} className={`col-${cell.column.id}`}>
                <table.FlexRender cell={cell} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
