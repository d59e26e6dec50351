"use client";
// The failure list's columns. Data, sorting and paging come from the server
// (lib/queries/failures.ts); this file only says how a row looks.
import Link from "next/link";
import type { FailureRow } from "@/lib/queries/failures";
import { AnalysisBadges } from "./analysis-badges";
import { BugStatus } from "./bug-status";
import { BulkTriageBar } from "./bulk-triage-bar";
import { type DataColumn, DataTable, type SortLink } from "./data-table/data-table";
import { Highlight } from "./data-table/highlight";
import { type RowSelection, useRowSelection } from "./data-table/use-row-selection";
import { RelativeTime } from "./relative-time";

const SORTABLE = ["atom", "phase", "kind", "tinderbox", "when", "triage"] as const;
/** What a phone shows of a row (package, title, kind, age); the rest after "All columns". */
const COMPACT_COLUMNS = ["select", "atom", "title", "phase", "when"] as const;

function sortLinks(basePath: string, params: Record<string, string>): Record<string, SortLink> {
  const current = params.sort ?? (params.q ? "relevance" : "when");
  const currentDir = params.dir === "asc" ? "asc" : "desc";
  const links: Record<string, SortLink> = {};
  for (const column of SORTABLE) {
    const active = current === column ? currentDir : null;
    const next = new URLSearchParams({ ...params, sort: column, dir: active === "desc" ? "asc" : "desc" });
    next.delete("page");
    links[column] = { href: `${basePath}?${next}`, active };
  }
  return links;
}

function columns(query: string | undefined, now: Date): DataColumn<FailureRow>[] {
  return [
    {
      id: "atom",
      header: "Package",
      cell: ({ row }) => <Link href={`/builds/${row.original.id}`}>{row.original.atom}</Link>,
    },
    {
      id: "title",
      header: "Title / error",
      cell: ({ row }) => <TitleCell row={row.original} query={query} />,
    },
    {
      id: "phase",
      header: "Phase / kind",
      cell: ({ row }) => (
        <>
          <span className={`badge ${row.original.status}`}>{row.original.phase ?? row.original.status}</span>{" "}
          <span className="muted">{row.original.kind}</span>
        </>
      ),
    },
    {
      id: "tinderbox",
      header: "Tinderbox",
      cell: ({ row }) => (
        <span title={row.original.profile}>
          {row.original.tinderbox}
          <br />
          <span className="muted small">{row.original.profile}</span>
        </span>
      ),
    },
    {
      id: "when",
      header: "When",
      // Sorted by finish time, unfinished last: show no time for those rather than an out-of-order upload time.
      cell: ({ row }) =>
        row.original.finishedAt ? (
          <RelativeTime iso={row.original.finishedAt} now={now} />
        ) : (
          <span className="muted" title={`uploaded ${row.original.createdAt}`}>
            no finish time
          </span>
        ),
    },
    {
      id: "triage",
      header: "Triage",
      cell: ({ row }) => <span className="triage">{row.original.triageState}</span>,
    },
    { id: "bug", header: "Bug", cell: ({ row }) => <BugCell row={row.original} /> },
    { id: "shared", header: "Others", cell: ({ row }) => <SharedCell row={row.original} /> },
  ];
}

/** The bulk-selection checkbox; a shift-click selects the range from the last clicked row. */
function selectColumn(selection: RowSelection): DataColumn<FailureRow> {
  return {
    id: "select",
    header: "",
    cell: ({ row }) => (
      <input
        type="checkbox"
        aria-label={`Select ${row.original.atom}`}
        data-testid="row-select"
        checked={selection.isSelected(row.original.id)}
        onChange={(event) => {
          const click = event.nativeEvent;
          selection.toggle(row.index, click instanceof MouseEvent && click.shiftKey);
        }}
      />
    ),
  };
}

function TitleCell({ row, query }: { row: FailureRow; query: string | undefined }) {
  return (
    <div className="title">
      <Highlight text={row.title || row.primaryText || ""} query={query} />
      <AnalysisBadges infraReason={row.infraReason} cause={row.cause} />
      {row.matchText && row.matchText !== row.primaryText && (
        <div className="match-line" data-testid="match-line">
          <span className="muted">{row.matchLineNumber ?? ""}:</span>{" "}
          <Highlight text={row.matchText} query={query} />
        </div>
      )}
    </div>
  );
}

function BugCell({ row }: { row: FailureRow }) {
  if (row.bugNumber === null) return <span className="muted">–</span>;
  return (
    <>
      <a href={row.bugUrl ?? `https://bugs.gentoo.org/${row.bugNumber}`} rel="noreferrer">
        #{row.bugNumber}
      </a>{" "}
      <BugStatus status={row.bugStatus} resolution={row.bugResolution} />
    </>
  );
}

function SharedCell({ row }: { row: FailureRow }) {
  if (row.coarseSignatureId === null || row.otherPackages === 0) return <span className="muted">0</span>;
  return (
    <Link href={`/signatures/${row.coarseSignatureId}`} title="other packages with the same coarse signature">
      {row.otherPackages}
    </Link>
  );
}

/** What bulk triage needs besides the rows; given only to maintainers. */
export interface BulkTriageProps {
  total: number;
  totalExact: boolean;
  filterQuery: string;
}

export function FailureTable({
  rows,
  basePath,
  params,
  nowIso,
  bulk,
}: {
  rows: FailureRow[];
  basePath: string;
  /** The list's current URL parameters, for the sort links. */
  params: Record<string, string>;
  /** The server's clock, so relative times match between server and browser render. */
  nowIso: string;
  bulk?: BulkTriageProps;
}) {
  const selection = useRowSelection(rows.map((row) => row.id));
  if (rows.length === 0) return <p className="muted">No failures match.</p>;
  const shown = columns(params.q, new Date(nowIso));
  return (
    <>
      {bulk && <BulkTriageBar selection={selection} pageRows={rows.length} {...bulk} />}
      <DataTable
        columns={bulk ? [selectColumn(selection), ...shown] : shown}
        rows={rows}
        rowKey={(row) => String(row.id)}
        rowHref={(row) => `/builds/${row.id}`}
        onSpace={bulk ? (index) => selection.toggle(index, false) : undefined}
        sortLinks={sortLinks(basePath, params)}
        testId="failure-table"
        searchInputId="failure-search"
        label="Failures"
        compactColumns={COMPACT_COLUMNS}
      />
    </>
  );
}
