// What an analysis becomes in the database: the Build's analysis columns, the
// signatures they point to and the Finding rows. Ingest (persist-result.ts) and
// reanalysis (reanalyze.ts) both write through here, so a re-run of the library
// stores exactly what a fresh upload of the same files would.

import { signatureHash } from "../analysis/signature";
import type { AttachmentAnalysis, FailureSignature, LogAnalysis } from "../analysis/types";
import type { Prisma } from "../db";
import type { BuildStatus, FailureKind } from "../generated/prisma/enums";
import { parseAtom } from "../gentoo/atom";
import type { Tx } from "./persist-result";

type FindingRow = Prisma.FindingCreateManyInput;

/** The analysis part of a result: the build log's analysis and each file's attachment analysis. */
export interface AnalysedResult {
  analysis: LogAnalysis;
  buildLogName: string;
  files: readonly { name: string; attachment?: AttachmentAnalysis }[];
}

/** The Build columns an analysis decides; the rest (status, atom, USE, …) is the uploader's. */
export interface AnalysisColumns {
  analysisVersion: string;
  title: string;
  phase: string | null;
  kind: FailureKind;
  primaryLine: number | null;
  primaryText: string | null;
  primaryRule: string | null;
  fineSignatureId: number | null;
  coarseSignatureId: number | null;
  analysis: Prisma.InputJsonValue;
}

export interface ColumnContext {
  /** The stored verdict (the uploader's when given): a failed build is never kind "none". */
  status: BuildStatus;
  /** Used when the analysis finds no title: the uploader's title, or the one already stored. */
  fallbackTitle: string;
  buildLogName: string;
  /** The build's atom (cat/pf). The uploader's atom wins over the log's in the title. */
  atom: string;
}

export async function analysisColumns(
  tx: Tx,
  analysis: LogAnalysis,
  context: ColumnContext,
): Promise<AnalysisColumns> {
  const signatureIds = await upsertSignatures(tx, forPackage(analysis.signature, context.atom));
  return {
    analysisVersion: analysis.algorithmVersion,
    title: retitle(analysis.title, analysis.atom, context.atom) || context.fallbackTitle,
    phase: analysis.phase,
    kind:
      context.status === "failed" && analysis.kind === "none" ? "unknown" : failureKindColumn(analysis.kind),
    primaryLine: analysis.primary?.line ?? null,
    primaryText: analysis.primary?.text ?? null,
    primaryRule: analysis.primary?.ruleId ?? null,
    ...signatureIds,
    analysis: analysisJson(analysis, context.buildLogName),
  };
}

/** `cat/pf - message` with the log's atom replaced by the build's, when the uploader named another. */
export function retitle(title: string | null, logAtom: string | null, buildAtom: string): string {
  if (!title || !logAtom || logAtom === buildAtom || !title.startsWith(`${logAtom} `)) return title ?? "";
  return buildAtom + title.slice(logAtom.length);
}

// The library spells kinds with "-" (disk-full); PostgreSQL enum labels cannot.
export function failureKindColumn(kind: string): FailureKind {
  return kind.replace("-", "_") as FailureKind;
}

/**
 * The fine signature keyed by the build's package (the uploader's atom) rather
 * than the log's: they differ when the log names no package, or names another.
 */
export function forPackage(sig: FailureSignature, atom: string): FailureSignature {
  const parsed = parseAtom(atom);
  if (!parsed || !sig.coarseText) return sig;
  const fineText = `${parsed.category}/${parsed.name} | ${sig.coarseText}`;
  return { ...sig, fine: signatureHash(fineText), fineText };
}

async function upsertSignatures(tx: Tx, sig: FailureSignature) {
  return {
    fineSignatureId: await signatureId(tx, "fine", sig.version, sig.fine, sig.fineText),
    coarseSignatureId: await signatureId(tx, "coarse", sig.version, sig.coarse, sig.coarseText),
  };
}

async function signatureId(
  tx: Tx,
  level: "fine" | "coarse",
  version: string,
  hash: string | null,
  text: string | null,
) {
  if (!hash) return null;
  // ON CONFLICT instead of Prisma's upsert: two uploads creating the same new
  // signature at once must both succeed (upsert is select-then-insert and races).
  const rows = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO "Signature" ("level", "algoVersion", "hash", "text")
    VALUES (${level}::"SignatureLevel", ${version}, ${hash}, ${text ?? ""})
    ON CONFLICT ("level", "algoVersion", "hash") DO UPDATE SET "hash" = EXCLUDED."hash"
    RETURNING "id"`;
  return rows[0].id;
}

// buildLog names the analysed file, so reanalysis finds it again among the build's files.
function analysisJson(analysis: LogAnalysis, buildLogName: string): Prisma.InputJsonValue {
  const { header, sections, die, attachmentHints, lineCount } = analysis;
  return JSON.parse(
    JSON.stringify({ header, sections, die, attachmentHints, lineCount, buildLog: buildLogName }),
  );
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
