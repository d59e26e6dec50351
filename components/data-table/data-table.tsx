"use client";
// The one wrapper around @tanstack/react-table (v9): every list in Kindling
// renders through it. Rows arrive already sorted and paginated by the server,
// so the table registers no client-side row models; sorting is a link that
// changes the URL, which keeps every view shareable.
//
// The one pattern for using it from the App Router: a server page cannot hand
// `cell` functions to this client component, so each list has a small client
// wrapper ("use client", in components/lists/ or beside its page) that holds
// the columns and takes its rows as plain data (strings, numbers, Dates). The
// server page builds the sort links from its query's allow-listed sort keys
// (SortLink, one per sortable column id; none for a small list the server does
// not sort) and renders <Pager> below the table when the query pages.
import {
  type CellData,
  type ColumnDef,
  type RowData,
  type TableFeatures,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import { useRouter } from "next/navigation";
import { type ReactNode, useRef, useState } from "react";
import { HeaderCell, type SortLink } from "./header-cell";
import { useListKeyboard } from "./use-list-keyboard";

export type { SortLink } from "./header-cell";

const features = tableFeatures({});
export type DataTableFeatures = typeof features;
export type DataColumn<Row extends RowData> = ColumnDef<DataTableFeatures, Row>;

declare module "@tanstack/table-core" {
  interface ColumnMeta<
    in out TFeatures extends TableFeatures,
    in out TData extends RowData,
    TValue extends CellData = CellData,
  > {
    /** Extra class for the column's cells (e.g. "mono", "title"). */
    className?: string;
  }
}

/** Attributes a list puts on a row for styling and for its tests (data-user, data-testid, ...). */
export type RowAttributes = { className?: string } & { [data: `data-${string}`]: string | undefined };

interface DataTableProps<Row extends RowData> {
  columns: DataColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** Where Enter on the current (j/k) row goes; without it the list has no row keys. */
  rowHref?: (row: Row) => string;
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
  /** A visible title inside the table. */
  caption?: ReactNode;
  /** Shown instead of the table when there are no rows (a string becomes a muted paragraph). */
  empty?: ReactNode;
  /** Extra classes on the table, e.g. "compact" or "admin-table". */
  className?: string;
  rowAttributes?: (row: Row) => RowAttributes;
  /** Rows (already in order) split into titled groups, one tbody each. Grouped lists have no j/k. */
  groupBy?: (row: Row) => string;
  groupHeader?: (group: string) => ReactNode;
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
  caption,
  empty,
  className,
  rowAttributes,
  groupBy,
  groupHeader,
}: DataTableProps<Row>) {
  const table = useTable({ features, columns, data: rows, getRowId: rowKey });
  const router = useRouter();
  const [activeIndex, setActiveIndex] = useState(-1);
  const [allColumns, setAllColumns] = useState(false);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  useListKeyboard({
    enabled: rowHref !== undefined && groupBy === undefined,
    count: rows.length,
    setActiveIndex,
    open: (index) => {
      const row = rows[index];
      if (row && rowHref) router.push(rowHref(row));
    },
    activeIndex,
    bodyRef,
    searchInputId,
    onSpace,
  });
  if (rows.length === 0 && empty !== undefined)
    return typeof empty === "string" ? <p className="muted">{empty}</p> : empty;
  const compact = compactColumns !== undefined;
  const headerText = (id: string, header: unknown) => (typeof header === "string" && header ? header : id);
  const tableClass = [
    "list",
    "data-table",
    className,
    compact && "compact-rows",
    compact && allColumns && "all-columns",
  ];
  const modelRows = table.getRowModel().rows;
  const renderRow = (row: (typeof modelRows)[number], index: number) => {
    const attributes = rowAttributes?.(row.original) ?? {};
    const active = index >= 0 && index === activeIndex;
    const rowClass = [attributes.className, active && "active"].filter(Boolean).join(" ");
    return (
      <tr
        key={row.id}
        {...attributes}
        className={rowClass || undefined}
        aria-current={active ? "true" : undefined}
      >
        {row.getAllCells().map((cell) => {
          const extra = compact && !compactColumns.includes(cell.column.id);
          const cellClass = [
            `col-${cell.column.id}`,
            cell.column.columnDef.meta?.className,
            extra && "col-extra",
          ];
          return (
            <td
              key={cell.id}
              className={cellClass.filter(Boolean).join(" ")}
              data-label={headerText(cell.column.id, cell.column.columnDef.header)}
            >
              <table.FlexRender cell={cell} />
            </td>
          );
        })}
      </tr>
    );
  };
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
          {caption !== undefined && <caption>{caption}</caption>}
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
          {groupBy ? (
            groupsOf(modelRows, (row) => groupBy(row.original)).map(([group, groupRows]) => (
              <tbody key={group}>
                <tr className="group-row">
                  <th colSpan={columns.length} scope="rowgroup">
                    {groupHeader ? groupHeader(group) : group}
                  </th>
                </tr>
                {groupRows.map((row) => renderRow(row, -1))}
              </tbody>
            ))
          ) : (
            <tbody ref={bodyRef}>{modelRows.map(renderRow)}</tbody>
          )}
        </table>
      </section>
    </>
  );
}

/** Consecutive rows with the same group key, in order. */
function groupsOf<T>(rows: T[], key: (row: T) => string): Array<[string, T[]]> {
  const groups: Array<[string, T[]]> = [];
  for (const row of rows) {
    const group = key(row);
    const last = groups.at(-1);
    if (last && last[0] === group) last[1].push(row);
    else groups.push([group, [row]]);
  }
  return groups;
}
