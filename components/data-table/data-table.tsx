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
  /**
   * Narrow screens show rows as compact blocks of these columns; the others
   * appear after "All columns". Without it a narrow table scrolls in its own box.
   */
  compactColumns?: readonly string[];
  /** What the table lists, for its scroll box's accessible name. */
  label: string;
}

function SortHeader({ label, link }: { label: string; link: SortLink | undefined }) {
  if (!link) return <>{label}</>;
  const arrow = link.active === "asc" ? " ▲" : link.active === "desc" ? " ▼" : "";
  return (
    <Link href={link.href} className="sort-link">
      {label}
      <span aria-hidden="true">{arrow}</span>
    </Link>
  );
}

/** aria-sort belongs on the header cell (axe aria-allowed-attr), not on the link inside it. */
function HeaderCell({ id, text, link }: { id: string; text: string; link: SortLink | undefined }) {
  return (
    <th scope="col" aria-sort={link?.active ? `${link.active}ending` : undefined}>
      {text ? (
        <SortHeader label={text} link={link} />
      ) : (
        // No empty header cells: a column without a visible title still has a name.
        <span className="visually-hidden">{id}</span>
      )}
    </th>
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
  compactColumns,
  label,
}: DataTableProps<Row>) {
  const table = useTable({ features, columns, data: rows, getRowId: rowKey });
  const router = useRouter();
  const [activeIndex, setActiveIndex] = useState(-1);
  const [allColumns, setAllColumns] = useState(false);
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
  const compact = compactColumns !== undefined;
  const headerText = (id: string, header: unknown) => (typeof header === "string" && header ? header : id);
  const tableClass = [
    "list",
    "data-table",
    compact && "compact-rows",
    compact && allColumns && "all-columns",
  ];
  return (
    <>
      {compact && (
        <button
          type="button"
          className="all-columns-toggle"
          aria-pressed={allColumns}
          onClick={() => setAllColumns((shown) => !shown)}
        >
          All columns
        </button>
      )}
      {/* Focusable with a name: a wide table scrolls inside this box, and keyboards must reach it. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll region must take focus to scroll by keyboard. */}
      <section className="table-scroll" aria-label={label} tabIndex={0}>
        <table className={tableClass.filter(Boolean).join(" ")} data-testid={testId}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <HeaderCell
                    key={header.id}
                    id={header.id}
                    text={String(header.column.columnDef.header ?? "")}
                    link={sortLinks[header.id]}
                  />
                ))}
              </tr>
            ))}
          </thead>
          <tbody ref={bodyRef}>
            {table.getRowModel().rows.map((row, index) => (
              <tr
                key={row.id}
                className={index === activeIndex ? "active" : undefined}
                aria-current={index === activeIndex ? "true" : undefined}
              >
                {row.getAllCells().map((cell) => {
                  const extra = compact && !compactColumns.includes(cell.column.id);
                  return (
                    <td
                      key={cell.id}
                      className={`col-${cell.column.id}${extra ? " col-extra" : ""}`}
                      data-label={headerText(cell.column.id, cell.column.columnDef.header)}
                    >
                      <table.FlexRender cell={cell} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
