"use client";
// Finding rows in the log's order (lib/queries/finding-groups.ts): the order
// is where they appear, so no sort links. Locations are resolved on the server
// (components/finding-list.tsx); several tables share the failure page, whose
// log viewer owns the keys, so none takes j/k.
import Link from "next/link";
import { type DataColumn, DataTable } from "@/components/data-table/data-table";
import { formatCount } from "@/components/format-count";
import { MarkPrimaryButton } from "@/components/primary-correction-buttons";

/** Where a finding is: a line of this page's build log, a line of another file, or only a test name. */
export type FindingPlace =
  | { kind: "log"; line: number }
  | { kind: "file"; fileId: number; fileName: string; line: number }
  | { kind: "none"; text: string };

export interface FindingLine {
  id: string;
  place: FindingPlace;
  text: string;
}

export interface FindingGroupRow extends FindingLine {
  ruleId: string;
  isPrimary: boolean;
  continuations: FindingLine[];
  /** The log line a maintainer may mark as the primary error, or null. */
  markLine: number | null;
}

export interface FailedTestRow {
  name: string;
  sources: Array<{ id: string; place: FindingPlace }>;
  ruleId: string;
  isPrimary: boolean;
}

export function FindingLocation({ place }: { place: FindingPlace }) {
  if (place.kind === "none") return <>{place.text}</>;
  if (place.kind === "log") return <a href={`#L${place.line}`}>line {place.line}</a>;
  return (
    <Link href={`/files/${place.fileId}#L${place.line}`}>
      {place.fileName}:{place.line}
    </Link>
  );
}

function Continuations({ lines }: { lines: FindingLine[] }) {
  return (
    <details className="finding-continuations" data-testid="finding-continuations">
      <summary>{formatCount(lines.length, "more line")}</summary>
      {lines.map((line) => (
        <div key={line.id} className="mono">
          <FindingLocation place={line.place} /> {line.text}
        </div>
      ))}
    </details>
  );
}

function groupColumns(correctFor: number | null): DataColumn<FindingGroupRow>[] {
  const columns: DataColumn<FindingGroupRow>[] = [
    {
      id: "where",
      header: "Where",
      meta: { className: "mono nowrap" },
      cell: ({ row }) => <FindingLocation place={row.original.place} />,
    },
    {
      id: "line",
      header: "Line",
      meta: { className: "title" },
      cell: ({ row }) => (
        <>
          {row.original.text}
          {row.original.continuations.length > 0 && <Continuations lines={row.original.continuations} />}
        </>
      ),
    },
    { id: "rule", header: "Rule", meta: { className: "muted" }, cell: ({ row }) => row.original.ruleId },
  ];
  if (correctFor === null) return columns;
  const mark: DataColumn<FindingGroupRow> = {
    id: "primary",
    header: "",
    cell: ({ row }) =>
      row.original.markLine !== null && (
        <MarkPrimaryButton buildId={correctFor} lineNumber={row.original.markLine} />
      ),
  };
  return [...columns, mark];
}

const primaryRow = (row: { isPrimary: boolean }) => (row.isPrimary ? { className: "primary-finding" } : {});

export function FindingGroupTable({
  rows,
  correctFor,
  label,
}: {
  rows: FindingGroupRow[];
  correctFor: number | null;
  label: string;
}) {
  return (
    <DataTable
      columns={groupColumns(correctFor)}
      rows={rows}
      rowKey={(row) => row.id}
      rowAttributes={primaryRow}
      className="findings"
      label={label}
    />
  );
}

const TEST_COLUMNS: DataColumn<FailedTestRow>[] = [
  { id: "test", header: "Test", meta: { className: "title mono" }, cell: ({ row }) => row.original.name },
  {
    id: "where",
    header: "Where",
    meta: { className: "mono" },
    cell: ({ row }) => (
      <span data-testid="failed-test-sources">
        {row.original.sources.map((source, index) => (
          <span key={source.id}>
            {index > 0 && " · "}
            <FindingLocation place={source.place} />
          </span>
        ))}
      </span>
    ),
  },
  { id: "rule", header: "Rule", meta: { className: "muted" }, cell: ({ row }) => row.original.ruleId },
];

export function FailedTestTable({ rows }: { rows: FailedTestRow[] }) {
  return (
    <DataTable
      columns={TEST_COLUMNS}
      rows={rows}
      rowKey={(row) => row.name}
      rowAttributes={primaryRow}
      className="findings"
      label="Failed tests"
    />
  );
}
