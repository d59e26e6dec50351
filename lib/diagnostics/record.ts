// Ingest's hook: a stored result's diagnostics, written in their own
// transaction right after the result's has committed. The result is already
// the uploader's (it has its id), so a failure here is logged once with the
// build and left for `npm run reanalyze -- --build ID` to repair, never turned
// into a failed upload.
import { transaction } from "../sql/executor";
import { sqlPool } from "../sql/pool";
import { type FileDiagnostics, writeBuildDiagnostics } from "./write";

export async function recordBuildDiagnostics(
  buildId: number,
  files: readonly FileDiagnostics[],
): Promise<void> {
  try {
    await transaction(sqlPool(), (sql) => writeBuildDiagnostics(sql, buildId, files, { fresh: true }));
  } catch (err) {
    console.error(`diagnostics of build ${buildId} were not written (reanalyze it to retry):`, err);
  }
}
