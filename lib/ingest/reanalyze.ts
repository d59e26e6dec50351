// Re-runs the analysis library over one stored build (issue 3), for when the
// algorithm version changes (the whole table: reanalyze-job.ts). Logs are
// streamed from the blob store, never held whole; only the analysis columns,
// signatures and Finding rows are rewritten, so triage state, triage events and
// bug links survive untouched, and a person's corrected primary line is kept.
import type { Readable } from "node:stream";
import { analyzeAttachment } from "../analysis/attachments";
import { LineSplitter } from "../analysis/lines";
import { attachmentRoleFor } from "../analysis/portage-patterns";
import type { LogAnalysis } from "../analysis/types";
import { db, type Prisma } from "../db";
import { createDiagnosticExtractor } from "../diagnostics/extract";
import { type FileDiagnostics, writeBuildDiagnostics } from "../diagnostics/write";
import { type Sql, transaction } from "../sql/executor";
import { sqlPool } from "../sql/pool";
import { openTextStream } from "../storage/blob-reader";
import {
  type AnalysedResult,
  analysisColumns,
  type ColumnContext,
  updateAnalysisColumns,
} from "./analysis-columns";
import { BuildLogPass } from "./build-log-pass";
import { keepCorrection, markPrimaryFinding, rememberAnalysisChoice } from "./corrected-headline";
import { MAX_ATTACHMENT_ANALYSIS_BYTES } from "./file-intake";
import { type FindingRow, findingRows, insertFindings } from "./finding-rows";
import { refreshSignatureStats } from "./signature-stats";

export type ReanalyzeOutcome =
  | { ok: true; buildId: number; fromVersion: string; toVersion: string; findings: number }
  | { ok: false; buildId: number; code: "not_found" | "no_build_log"; message: string };

/**
 * Written in the build's own transaction (reanalyze-job.ts): the job's cursor moves
 * with the build, so a stopped run never redoes nor skips one.
 */
export type AfterRewrite = (sql: Sql, buildId: number, touchedSignatures: number[]) => Promise<void>;

interface StoredFile {
  id: number;
  name: string;
  role: string;
  blobSha256: string;
  size: bigint;
}

/**
 * Re-analyses one build. Alone, it recomputes its signatures' stats at once;
 * a job passes `afterRewrite` and recomputes them once per batch instead.
 */
export async function reanalyzeBuild(
  buildId: number,
  afterRewrite?: AfterRewrite,
): Promise<ReanalyzeOutcome> {
  const build = await db.build.findUnique({
    where: { id: buildId },
    select: {
      status: true,
      title: true,
      atom: true,
      fineSignatureId: true,
      coarseSignatureId: true,
      analysisVersion: true,
      analysis: true,
      primaryCorrection: { select: { lineNumber: true, text: true } },
      files: {
        select: { id: true, name: true, role: true, blobSha256: true, size: true },
        orderBy: { id: "asc" },
      },
    },
  });
  if (!build) return { ok: false, buildId, code: "not_found", message: `build ${buildId} does not exist` };
  const logFile = buildLogFile(build.files, build.analysis);
  if (!logFile)
    return { ok: false, buildId, code: "no_build_log", message: "the build has no build-log file" };
  const { analysis: fresh, diagnostics } = await analyseLog(logFile);
  const analysis = keepCorrection(fresh, build.primaryCorrection, build.atom);
  const attachments = await analyseAttachments(build.files, logFile, analysis, diagnostics);
  const result: AnalysedResult = { analysis, buildLogName: logFile.name, files: attachments };
  const rows = findingRows(buildId, result, new Map(build.files.map((f) => [f.name, f.id])));
  const context = {
    status: build.status,
    fallbackTitle: build.title,
    buildLogName: logFile.name,
    atom: build.atom,
  };
  await transaction(sqlPool(), (sql) =>
    rewrite(
      sql,
      {
        buildId,
        analysis,
        analysisPrimary: fresh.primary,
        context,
        rows,
        diagnostics,
        logFileId: logFile.id,
        build,
      },
      afterRewrite,
    ),
  );
  const fromVersion = build.analysisVersion;
  return { ok: true, buildId, fromVersion, toVersion: analysis.algorithmVersion, findings: rows.length };
}

interface Rewrite {
  buildId: number;
  analysis: LogAnalysis;
  /** The fresh analysis' own primary: what undoing a kept correction restores. */
  analysisPrimary: LogAnalysis["primary"];
  context: ColumnContext;
  rows: FindingRow[];
  /** The build log's and the attachments' diagnostics (lib/diagnostics), replacing the stored ones. */
  diagnostics: FileDiagnostics[];
  logFileId: number;
  build: {
    fineSignatureId: number | null;
    coarseSignatureId: number | null;
    primaryCorrection: { lineNumber: number; text: string } | null;
  };
}

// Only analysis columns: status may be the uploader's verdict, triageState is people's work.
async function rewrite(sql: Sql, input: Rewrite, afterRewrite: AfterRewrite | undefined): Promise<void> {
  const { buildId, build } = input;
  const columns = await analysisColumns(sql, input.analysis, input.context);
  await updateAnalysisColumns(sql, buildId, columns);
  await sql.query(`DELETE FROM "Finding" WHERE "buildId" = $1`, [buildId]);
  await insertFindings(sql, input.rows);
  await writeBuildDiagnostics(sql, buildId, input.diagnostics);
  const correction = build.primaryCorrection;
  if (correction) {
    const target = { buildId, logFileId: input.logFileId, line: correction.lineNumber };
    await markPrimaryFinding(sql, target, correction);
    await rememberAnalysisChoice(sql, buildId, input.analysisPrimary);
  }
  // The build may have moved between signatures: both the old and the new ones change.
  const touched = [
    build.fineSignatureId,
    build.coarseSignatureId,
    columns.fineSignatureId,
    columns.coarseSignatureId,
  ];
  if (afterRewrite)
    await afterRewrite(
      sql,
      buildId,
      touched.filter((id): id is number => id !== null),
    );
  else await refreshSignatureStats(sql, touched);
}

// The file ingest analysed (Build.analysis.buildLog); builds stored before that was
// recorded fall back to the first build-log file, which is the one ingest picks.
function buildLogFile(files: StoredFile[], analysis: Prisma.JsonValue): StoredFile | undefined {
  const named =
    analysis !== null && typeof analysis === "object" && !Array.isArray(analysis) ? analysis.buildLog : null;
  return files.find((f) => f.name === named) ?? files.find((f) => f.role === "build-log");
}

/** As ingest analysed it (analysis-worker.ts): the stored bytes through one BuildLogPass. */
async function analyseLog(
  file: StoredFile,
): Promise<{ analysis: LogAnalysis; diagnostics: FileDiagnostics[] }> {
  const pass = new BuildLogPass();
  for await (const piece of await storedText(file)) pass.push(piece as Buffer);
  const { analysis, diagnostics } = pass.finish();
  return { analysis, diagnostics: [{ fileName: null, extract: diagnostics }] };
}

// Same choice and cap as ingest (ingest-upload.ts, file-intake.ts): the attachment
// analysis needs the whole text, so files over the cap are stored but not analysed.
async function analyseAttachments(
  files: StoredFile[],
  logFile: StoredFile,
  analysis: LogAnalysis,
  diagnostics: FileDiagnostics[],
) {
  const context = { mainLogConfigureFailed: analysis.phase === "configure" };
  const analysed: AnalysedResult["files"][number][] = [];
  for (const file of files) {
    const role = attachmentRoleFor(file.name);
    if (file.id === logFile.id || file.role === "archive" || role === "other") continue;
    if (file.size > BigInt(MAX_ATTACHMENT_ANALYSIS_BYTES)) continue;
    const lines: string[] = [];
    const extractor = createDiagnosticExtractor(role);
    const onLine = (line: string) => {
      lines.push(line);
      extractor.pushLine(line);
    };
    if (await eachLine(file, MAX_ATTACHMENT_ANALYSIS_BYTES, onLine)) {
      analysed.push({ name: file.name, attachment: analyzeAttachment(role, lines, context) });
      diagnostics.push({ fileName: file.name, extract: extractor.finish() });
    }
  }
  return analysed;
}

/** Feeds the stored file's lines to onLine; false (and stops reading) past maxBytes. */
async function eachLine(
  file: StoredFile,
  maxBytes: number,
  onLine: (line: string) => void,
): Promise<boolean> {
  const stream = await storedText(file);
  const splitter = new LineSplitter();
  let bytes = 0;
  for await (const piece of stream) {
    const chunk = piece as Buffer;
    bytes += chunk.length;
    if (bytes > maxBytes) return false; // leaving the loop destroys the stream
    for (const line of splitter.push(chunk)) onLine(line);
  }
  for (const line of splitter.end()) onLine(line);
  return true;
}

async function storedText(file: StoredFile): Promise<Readable> {
  const stream = await openTextStream(file.blobSha256);
  // File.blobSha256 references Blob, so a missing blob is a broken store, not a user error.
  if (!stream) throw new Error(`content of '${file.name}' (blob ${file.blobSha256}) is missing`);
  return stream;
}
