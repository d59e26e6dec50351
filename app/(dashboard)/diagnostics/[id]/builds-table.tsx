"use client";
// One diagnostic's builds, each with its first line in context and a link to
// that line in the log viewer (rows from lib/queries/diagnostic-builds.ts).
import Link from "next/link";
import { type DataColumn, DataTable } from "@/components/data-table/data-table";
import { formatCount } from "@/components/format-count";
import type { DiagnosticBuildRow } from "@/lib/queries/diagnostic-builds";

function Context({ row }: { row: DiagnosticBuildRow }) {
  if (!row.context) return <span className="muted">(the file's text is not available)</span>;
  const { firstLine, lines } = row.context;
  return (
    <pre className="diagnostic-context small">
      {lines.map((text, index) => {
        const number = firstLine + index;
        return (
          <span key={number} className={number === row.line ? "highlight" : undefined}>
            {`${String(number).padStart(6)}  ${text}\n`}
          </span>
        );
      })}
    </pre>
  );
}

const COLUMNS: DataColumn<DiagnosticBuildRow>[] = [
  {
    id: "build",
    header: "Build",
    cell: ({ row }) => (
      <>
        <Link href={`/builds/${row.original.buildId}`} className="title">
          {row.original.atom}
        </Link>
        <div className="small muted">
          {row.original.status} · {row.original.tinderbox} · {row.original.finishedAt?.slice(0, 10) ?? "–"}
        </div>
      </>
    ),
  },
  {
    id: "line",
    header: "Line",
    cell: ({ row }) => (
      <>
        <Link href={row.original.href} data-testid="diagnostic-line-link">
          {row.original.fileName ?? "build log"}:{row.original.line}
        </Link>
        <div className="small muted">
          {row.original.phase ?? "–"} · {formatCount(row.original.occurrences, "time")}
        </div>
      </>
    ),
  },
  { id: "context", header: "Context", cell: ({ row }) => <Context row={row.original} /> },
];

export function DiagnosticBuildsTable({ rows }: { rows: DiagnosticBuildRow[] }) {
  if (rows.length === 0) return <p className="muted">No build under these filters printed it.</p>;
  return (
    <DataTable
      columns={COLUMNS}
      rows={rows}
      rowKey={(row) => String(row.buildId)}
      rowHref={(row) => row.href}
      testId="diagnostic-build-table"
      compactColumns={["build", "line"]}
      label="Builds that printed the diagnostic"
    />
  );
}
