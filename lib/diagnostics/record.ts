// Ingest's hook: a new build's diagnostics, written by the last statements of
// its result transaction (lib/ingest/persist-result.ts), so the build, its
// Build.analysis.diagnostics summary and its occurrences appear together. A
// failure here must never fail the upload: it is thrown as DiagnosticsNotWritten,
// and persistResult logs it and stores the result again without diagnostics (no
// summary either, so a plain `npm run reanalyze` writes them later).
import type { Sql } from "../sql/executor";
import { type FileDiagnostics, insertBuildDiagnostics } from "./write";

/** Writing a result's diagnostics failed; the transaction is lost, the result is not. */
export class DiagnosticsNotWritten extends Error {}

export async function recordBuildDiagnostics(
  sql: Sql,
  buildId: number,
  files: readonly FileDiagnostics[],
  fileIds: ReadonlyMap<string, number>,
): Promise<void> {
  try {
    await insertBuildDiagnostics(sql, buildId, files, fileIds);
  } catch (err) {
    throw new DiagnosticsNotWritten(`diagnostics of build ${buildId}: ${(err as Error).message}`, {
      cause: err,
    });
  }
}
