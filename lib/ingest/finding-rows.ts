// The Finding rows of a result: the build log's error lines, QA notices and
// failed tests, and those of the attachments. Ingest and reanalysis both build
// and insert them here.
import type { LogAnalysis } from "../analysis/types";
import type { Sql } from "../sql/executor";
import type { AnalysedResult } from "./analysis-columns";

/** A Finding row; a missing severity, isPrimary or testName takes the column default. */
export interface FindingRow {
  buildId: number;
  fileId: number | null;
  kind: "error" | "qa" | "test";
  lineNumber: number;
  text: string;
  ruleId: string;
  severity?: string;
  isPrimary?: boolean;
  testName?: string;
}

// Long lines are kept whole in the file; a finding keeps enough to read and search.
const MAX_FINDING_TEXT = 4000;

function clip(text: string): string {
  return text.length > MAX_FINDING_TEXT ? `${text.slice(0, MAX_FINDING_TEXT)}…` : text;
}

/** A Finding row of a result before its build and files have ids: its file by name. */
export interface NamedFindingRow extends Omit<FindingRow, "buildId" | "fileId"> {
  fileName: string;
}

/** The Finding rows of a result; fileIds maps file names to File ids. */
export function findingRows(
  buildId: number,
  result: AnalysedResult,
  fileIds: Map<string, number>,
): FindingRow[] {
  return namedFindingRows(result).map(({ fileName, ...row }) => ({
    buildId,
    fileId: fileIds.get(fileName) ?? null,
    ...row,
  }));
}

/** The Finding rows of a result, each naming its file (the build log's for the log's own). */
export function namedFindingRows(result: AnalysedResult): NamedFindingRow[] {
  const { analysis } = result;
  const logFile = result.buildLogName;
  const rows: NamedFindingRow[] = analysis.errorLines.map((e) => ({
    fileName: logFile,
    kind: "error",
    lineNumber: e.line,
    text: clip(e.text),
    ruleId: e.ruleId,
    severity: e.severity,
    isPrimary: analysis.primary?.line === e.line,
  }));
  for (const q of analysis.qaNotices) {
    rows.push({
      fileName: logFile,
      kind: "qa",
      lineNumber: q.line,
      text: clip(q.text),
      ruleId: q.ruleId,
    });
  }
  rows.push(...testRows(logFile, analysis.failedTests));
  for (const file of result.files) {
    const found = file.attachment;
    if (!found) continue;
    for (const e of found.errorLines) {
      rows.push({
        fileName: file.name,
        kind: "error",
        lineNumber: e.line,
        text: clip(e.text),
        ruleId: e.ruleId,
        severity: e.severity,
      });
    }
    rows.push(...testRows(file.name, found.failedTests));
  }
  return rows;
}

function testRows(fileName: string, tests: LogAnalysis["failedTests"]): NamedFindingRow[] {
  return tests.map((t) => ({
    fileName,
    kind: "test",
    lineNumber: t.line,
    text: clip(t.name),
    testName: t.name,
    ruleId: t.source,
  }));
}

// One statement for all of a result's findings, however many.
const INSERT_FINDINGS = `
  INSERT INTO "Finding"
    ("buildId", "fileId", "kind", "lineNumber", "text", "ruleId", "severity", "isPrimary", "testName")
  SELECT * FROM unnest($1::int[], $2::int[], $3::"FindingKind"[], $4::int[], $5::text[], $6::text[],
                       $7::text[], $8::bool[], $9::text[])`;

/** The columns both inserts bind after the build and file, kind to testName, as arrays. */
function findingColumns(rows: readonly Omit<FindingRow, "buildId" | "fileId">[]): unknown[] {
  return [
    rows.map((row) => row.kind),
    rows.map((row) => row.lineNumber),
    rows.map((row) => row.text),
    rows.map((row) => row.ruleId),
    rows.map((row) => row.severity ?? "error"),
    rows.map((row) => row.isPrimary ?? false),
    rows.map((row) => row.testName ?? null),
  ];
}

export async function insertFindings(sql: Sql, rows: readonly FindingRow[]): Promise<void> {
  if (rows.length === 0) return;
  await sql.query(INSERT_FINDINGS, [
    rows.map((row) => row.buildId),
    rows.map((row) => row.fileId),
    ...findingColumns(rows),
  ]);
}

/**
 * The INSERT of a new build's findings as a CTE body of the statement that inserts the build
 * (CTE `build`, column id) and its files (CTE `files`: id, name); `$n`…`$n+7` are
 * namedFindingValues. Findings keep their order (ids in row order).
 */
export function insertNamedFindingsSql(n: number): string {
  return `
  INSERT INTO "Finding"
    ("buildId", "fileId", "kind", "lineNumber", "text", "ruleId", "severity", "isPrimary", "testName")
  SELECT b.id, f.id, r.kind, r.line, r.text, r.rule, r.severity, r.prim, r.test
  FROM build b
  CROSS JOIN unnest($${n}::text[], $${n + 1}::"FindingKind"[], $${n + 2}::int[], $${n + 3}::text[], $${n + 4}::text[],
                    $${n + 5}::text[], $${n + 6}::bool[], $${n + 7}::text[])
    WITH ORDINALITY AS r(file, kind, line, text, rule, severity, prim, test, ord)
  LEFT JOIN files f ON f.name = r.file
  ORDER BY r.ord`;
}

/** The eight arrays insertNamedFindingsSql binds. */
export function namedFindingValues(rows: readonly NamedFindingRow[]): unknown[] {
  return [rows.map((row) => row.fileName), ...findingColumns(rows)];
}
