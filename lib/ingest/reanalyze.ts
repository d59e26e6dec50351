// Re-runs the analysis library over stored builds (issue 3), for when the
// algorithm version changes. Logs are streamed from the blob store, never held
// whole; only the analysis columns, signatures and Finding rows are rewritten,
// so triage state, triage events and bug links survive untouched.
import type { Readable } from "node:stream";
import { analyzeAttachment } from "../analysis/attachments";
import { LineSplitter } from "../analysis/lines";
import { attachmentRoleFor } from "../analysis/portage-patterns";
import { ALGORITHM_VERSION } from "../analysis/result";
import { StreamingLog } from "../analysis/streaming-log";
import type { LogAnalysis } from "../analysis/types";
import { db, type Prisma } from "../db";
import { transaction } from "../sql/executor";
import { sqlPool } from "../sql/pool";
import { openTextStream } from "../storage/blob-reader";
import { type AnalysedResult, analysisColumns, updateAnalysisColumns } from "./analysis-columns";
import { MAX_ATTACHMENT_ANALYSIS_BYTES } from "./file-intake";
import { findingRows, insertFindings } from "./finding-rows";
import { refreshSignatureStats } from "./signature-stats";

export type ReanalyzeOutcome =
  | { ok: true; buildId: number; fromVersion: string; toVersion: string; findings: number }
  | { ok: false; buildId: number; code: "not_found" | "no_build_log"; message: string };

export interface ReanalyzeProgress {
  done: number;
  total: number;
  reanalysed: number;
  failed: number;
}

export interface ReanalyzeOptions {
  /** Only builds whose analysisVersion is not the library's current one (the default run). */
  onlyOutdated: boolean;
  batchSize?: number;
  onProgress?: (progress: ReanalyzeProgress) => void;
}

export interface ReanalyzeTally {
  version: string;
  reanalysed: number;
  /** Builds already at the current version, left alone (0 when every build was asked for). */
  skipped: number;
  failed: { buildId: number; reason: string }[];
}

interface StoredFile {
  id: number;
  name: string;
  role: string;
  blobSha256: string;
  size: bigint;
}

export async function reanalyzeBuild(buildId: number): Promise<ReanalyzeOutcome> {
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
  const analysis = await analyseLog(logFile);
  const result: AnalysedResult = {
    analysis,
    buildLogName: logFile.name,
    files: await analyseAttachments(build.files, logFile, analysis),
  };
  const rows = findingRows(buildId, result, new Map(build.files.map((f) => [f.name, f.id])));
  const context = {
    status: build.status,
    fallbackTitle: build.title,
    buildLogName: logFile.name,
    atom: build.atom,
  };
  await transaction(sqlPool(), async (sql) => {
    // Only analysis columns: status may be the uploader's verdict, triageState is people's work.
    const columns = await analysisColumns(sql, analysis, context);
    await updateAnalysisColumns(sql, buildId, columns);
    // The build may have moved between signatures: both the old and the new ones change.
    await refreshSignatureStats(sql, [
      build.fineSignatureId,
      build.coarseSignatureId,
      columns.fineSignatureId,
      columns.coarseSignatureId,
    ]);
    await sql.query(`DELETE FROM "Finding" WHERE "buildId" = $1`, [buildId]);
    await insertFindings(sql, rows);
  });
  const fromVersion = build.analysisVersion;
  return { ok: true, buildId, fromVersion, toVersion: analysis.algorithmVersion, findings: rows.length };
}

// The file ingest analysed (Build.analysis.buildLog); builds stored before that was
// recorded fall back to the first build-log file, which is the one ingest picks.
function buildLogFile(files: StoredFile[], analysis: Prisma.JsonValue): StoredFile | undefined {
  const named =
    analysis !== null && typeof analysis === "object" && !Array.isArray(analysis) ? analysis.buildLog : null;
  return files.find((f) => f.name === named) ?? files.find((f) => f.role === "build-log");
}

/** As ingest analysed it (file-intake.ts): the stored bytes through StreamingLog. */
async function analyseLog(file: StoredFile): Promise<LogAnalysis> {
  const log = new StreamingLog();
  for await (const piece of await storedText(file)) log.push(piece as Buffer);
  return log.finish();
}

// Same choice and cap as ingest (ingest-upload.ts, file-intake.ts): the attachment
// analysis needs the whole text, so files over the cap are stored but not analysed.
async function analyseAttachments(files: StoredFile[], logFile: StoredFile, analysis: LogAnalysis) {
  const context = { mainLogConfigureFailed: analysis.phase === "configure" };
  const analysed: AnalysedResult["files"][number][] = [];
  for (const file of files) {
    const role = attachmentRoleFor(file.name);
    if (file.id === logFile.id || file.role === "archive" || role === "other") continue;
    if (file.size > BigInt(MAX_ATTACHMENT_ANALYSIS_BYTES)) continue;
    const lines: string[] = [];
    if (await eachLine(file, MAX_ATTACHMENT_ANALYSIS_BYTES, (line) => lines.push(line))) {
      analysed.push({ name: file.name, attachment: analyzeAttachment(role, lines, context) });
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

/**
 * Walks builds in id order, a batch of ids at a time (keyset, so neither OFFSET
 * nor the full id list), and re-analyses each; one build's failure is recorded
 * and the walk goes on.
 */
export async function reanalyzeAll(options: ReanalyzeOptions): Promise<ReanalyzeTally> {
  const where: Prisma.BuildWhereInput = options.onlyOutdated
    ? { analysisVersion: { not: ALGORITHM_VERSION } }
    : {};
  const [everything, total] = await Promise.all([db.build.count(), db.build.count({ where })]);
  const tally: ReanalyzeTally = {
    version: ALGORITHM_VERSION,
    reanalysed: 0,
    skipped: everything - total,
    failed: [],
  };
  let done = 0;
  const report = () =>
    options.onProgress?.({
      done,
      total: Math.max(total, done),
      reanalysed: tally.reanalysed,
      failed: tally.failed.length,
    });
  report();
  for (let after = 0; ; ) {
    const batch = await db.build.findMany({
      where: { ...where, id: { gt: after } },
      orderBy: { id: "asc" },
      take: options.batchSize ?? 100,
      select: { id: true },
    });
    if (batch.length === 0) break;
    for (const { id } of batch) {
      await reanalyzeCounted(id, tally);
      done += 1;
      report();
    }
    after = batch[batch.length - 1].id;
  }
  return tally;
}

async function reanalyzeCounted(buildId: number, tally: ReanalyzeTally): Promise<void> {
  try {
    const outcome = await reanalyzeBuild(buildId);
    if (outcome.ok) tally.reanalysed += 1;
    // A build deleted since the batch was read is simply gone, not a failure.
    else if (outcome.code !== "not_found")
      tally.failed.push({ buildId, reason: `${outcome.code}: ${outcome.message}` });
  } catch (err) {
    tally.failed.push({ buildId, reason: err instanceof Error ? err.message : String(err) });
  }
}
