// Writes one build's diagnostics: its occurrences are replaced whole (delete,
// then insert: idempotent per build), the distinct diagnostics upserted by
// textHash, and Build.analysis.diagnostics records the count and any file
// whose occurrences hit the cap, with the rollup per (diagnostic, build) the
// search reads (DiagnosticBuild) and its pending share of Diagnostic's counters
// (DiagnosticPending, counts.ts). A few statements whatever the number of rows
// (unnest arrays), so a build with 20,000 warnings costs a few round trips.
// Ingest writes a new build's rows inside its result transaction
// (insertBuildDiagnostics, the summary already in the Build row it inserted);
// reanalysis and tests replace them (writeBuildDiagnostics).
import type { Sql } from "../sql/executor";
import { DIAGNOSTICS_VERSION, diagnosticHash } from "./normalize";
import type { DiagnosticExtract, DiagnosticsSummary } from "./types";

export interface FileDiagnostics {
  /** The File's name within the build; null for the build log itself (stored with fileId null). */
  fileName: string | null;
  extract: DiagnosticExtract;
}

interface Row {
  hash: string;
  fileName: string | null;
  line: number;
  phase: string | null;
}

// Only the hashes not stored yet go to the insert: ON CONFLICT waits for any transaction that is
// updating the stored row (the rollup job, a delete's counters), and an upload holds its Package
// row's lock meanwhile, so a reanalysis writing the same diagnostics could deadlock with it.
const UPSERT_DIAGNOSTICS = `
  INSERT INTO "Diagnostic" ("kind", "flag", "text", "textHash", "example")
  SELECT u.kind::"DiagnosticKind", u.flag, u.text, u.hash, u.example
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(kind, flag, text, hash, example)
  WHERE NOT EXISTS (SELECT 1 FROM "Diagnostic" d WHERE d."textHash" = u.hash)
  ORDER BY u.hash
  ON CONFLICT ("textHash") DO NOTHING`;

// The occurrences and, in the same statement, their rollup per diagnostic with the build's filter
// columns (the search counts there), each rollup row also pending for Diagnostic's counters (the
// rollup job adds it there, counts.ts; no Diagnostic row is written or locked here).
const INSERT_OCCURRENCES = `
  WITH inserted AS (
    INSERT INTO "DiagnosticOccurrence" ("diagnosticId", "buildId", "fileId", "line", "phase")
    SELECT d.id, $1::int, o.file, o.line, o.phase
    FROM unnest($2::text[], $3::int[], $4::int[], $5::text[]) AS o(hash, file, line, phase)
    JOIN "Diagnostic" d ON d."textHash" = o.hash
    RETURNING "diagnosticId"),
  rolled AS (
    INSERT INTO "DiagnosticBuild" ("diagnosticId", "buildId", "packageId", "tinderboxId", "status", "finishedAt", "occurrences")
    SELECT i."diagnosticId", b.id, b."packageId", b."tinderboxId", b.status, b."finishedAt", count(*)::int
    FROM inserted i JOIN "Build" b ON b.id = $1::int
    GROUP BY i."diagnosticId", b.id
    RETURNING "diagnosticId", "buildId", "packageId", "occurrences", "finishedAt")
  INSERT INTO "DiagnosticPending" ("diagnosticId", "buildId", "packageId", "occurrences", "finishedAt")
  SELECT "diagnosticId", "buildId", "packageId", "occurrences", "finishedAt" FROM rolled`;

const RECORD_SUMMARY = `
  UPDATE "Build" SET "analysis" = jsonb_set(COALESCE("analysis", '{}'::jsonb), '{diagnostics}', $2::jsonb)
  WHERE "id" = $1`;

/**
 * Replaces the build's occurrences with these files' (the build log's fileName is null),
 * and records the summary in Build.analysis.
 */
export async function writeBuildDiagnostics(
  sql: Sql,
  buildId: number,
  files: readonly FileDiagnostics[],
): Promise<DiagnosticsSummary> {
  await sql.query(`DELETE FROM "DiagnosticOccurrence" WHERE "buildId" = $1`, [buildId]);
  await sql.query(`DELETE FROM "DiagnosticBuild" WHERE "buildId" = $1`, [buildId]);
  await insertBuildDiagnostics(sql, buildId, files, await fileIdsOf(sql, buildId, files));
  const summary = diagnosticsSummary(files);
  await sql.query(RECORD_SUMMARY, [buildId, JSON.stringify(summary)]);
  return summary;
}

/**
 * Inserts the occurrences and rollup rows of a build that has none yet (ingest,
 * in the result's transaction: `fileIds` are the File ids it just created, by
 * name). Build.analysis.diagnostics is the caller's (diagnosticsSummary).
 */
export async function insertBuildDiagnostics(
  sql: Sql,
  buildId: number,
  files: readonly FileDiagnostics[],
  fileIds: ReadonlyMap<string, number>,
): Promise<void> {
  const distinct = new Map<string, DiagnosticExtract["diagnostics"][number]>();
  const rows: Row[] = [];
  for (const { fileName, extract } of files) {
    const hashes = extract.diagnostics.map((d) => {
      const hash = diagnosticHash(d.kind, d.flag, d.text);
      if (!distinct.has(hash)) distinct.set(hash, d);
      return hash;
    });
    for (const o of extract.occurrences)
      rows.push({ hash: hashes[o.diagnostic], fileName, line: o.line, phase: o.phase });
  }
  if (rows.length > 0) {
    const entries = [...distinct.entries()];
    await sql.query(UPSERT_DIAGNOSTICS, [
      entries.map(([, d]) => d.kind),
      entries.map(([, d]) => d.flag),
      entries.map(([, d]) => d.text),
      entries.map(([hash]) => hash),
      entries.map(([, d]) => d.example),
    ]);
    await sql.query(INSERT_OCCURRENCES, [
      buildId,
      rows.map((r) => r.hash),
      rows.map((r) => (r.fileName === null ? null : (fileIds.get(r.fileName) ?? null))),
      rows.map((r) => r.line),
      rows.map((r) => r.phase),
    ]);
  }
}

async function fileIdsOf(
  sql: Sql,
  buildId: number,
  files: readonly FileDiagnostics[],
): Promise<Map<string, number>> {
  const names = files
    .filter((f) => f.extract.occurrences.length > 0)
    .map((f) => f.fileName)
    .filter((name): name is string => name !== null);
  if (names.length === 0) return new Map();
  const rows = await sql.query<{ id: number; name: string }>(
    `SELECT "id", "name" FROM "File" WHERE "buildId" = $1 AND "name" = ANY($2::text[])`,
    [buildId, names],
  );
  return new Map(rows.map((row) => [row.name, row.id]));
}

/** What Build.analysis.diagnostics records for these files: what insertBuildDiagnostics writes. */
export function diagnosticsSummary(files: readonly FileDiagnostics[]): DiagnosticsSummary {
  return {
    version: DIAGNOSTICS_VERSION,
    occurrences: files.reduce((sum, f) => sum + f.extract.occurrences.length, 0),
    capped: files
      .filter((f) => f.extract.capped)
      .map((f) => ({ file: f.fileName, found: f.extract.found, kept: f.extract.occurrences.length })),
  };
}
