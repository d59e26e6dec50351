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

/** The Finding rows of a result; fileIds maps file names to File ids. */
export function findingRows(
  buildId: number,
  result: AnalysedResult,
  fileIds: Map<string, number>,
): FindingRow[] {
  const { analysis } = result;
  const logFileId = fileIds.get(result.buildLogName) ?? null;
  const rows: FindingRow[] = analysis.errorLines.map((e) => ({
    buildId,
    fileId: logFileId,
    kind: "error",
    lineNumber: e.line,
    text: clip(e.text),
    ruleId: e.ruleId,
    severity: e.severity,
    isPrimary: analysis.primary?.line === e.line,
  }));
  for (const q of analysis.qaNotices) {
    rows.push({
      buildId,
      fileId: logFileId,
      kind: "qa",
      lineNumber: q.line,
      text: clip(q.text),
      ruleId: q.ruleId,
    });
  }
  rows.push(...testRows(buildId, logFileId, analysis.failedTests));
  for (const file of result.files) {
    const found = file.attachment;
    if (!found) continue;
    const fileId = fileIds.get(file.name) ?? null;
    for (const e of found.errorLines) {
      rows.push({
        buildId,
        fileId,
        kind: "error",
        lineNumber: e.line,
        text: clip(e.text),
        ruleId: e.ruleId,
        severity: e.severity,
      });
    }
    rows.push(...testRows(buildId, fileId, found.failedTests));
  }
  return rows;
}

function testRows(buildId: number, fileId: number | null, tests: LogAnalysis["failedTests"]): FindingRow[] {
  return tests.map((t) => ({
    buildId,
    fileId,
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

export async function insertFindings(sql: Sql, rows: readonly FindingRow[]): Promise<void> {
  if (rows.length === 0) return;
  await sql.query(INSERT_FINDINGS, [
    rows.map((row) => row.buildId),
    rows.map((row) => row.fileId),
    rows.map((row) => row.kind),
    rows.map((row) => row.lineNumber),
    rows.map((row) => row.text),
    rows.map((row) => row.ruleId),
    rows.map((row) => row.severity ?? "error"),
    rows.map((row) => row.isPrimary ?? false),
    rows.map((row) => row.testName ?? null),
  ]);
}
