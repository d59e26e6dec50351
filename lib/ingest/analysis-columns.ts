// What an analysis becomes in the database: the Build's analysis columns, the
// signatures they point to and the Finding rows. Ingest (persist-result.ts) and
// reanalysis (reanalyze.ts) both write through here, so a re-run of the library
// stores exactly what a fresh upload of the same files would.

import { capTitle, UNKNOWN_ATOM } from "../analysis/result";
import { signatureHash } from "../analysis/signature";
import type { AttachmentAnalysis, FailureSignature, LogAnalysis, MissingCause } from "../analysis/types";
import type { DiagnosticsSummary } from "../diagnostics/types";
import type { BuildStatus, FailureKind } from "../generated/prisma/enums";
import { parseAtom } from "../gentoo/atom";
import type { Sql } from "../sql/executor";

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
  /** Set when the tinderbox, not the package, failed (disk-full, oom, network, ...). */
  infraReason: string | null;
  causeId: number | null;
  /** Build.analysis as JSON text, bound to a jsonb parameter. */
  analysis: string;
}

export interface ColumnContext {
  /** The stored verdict (the uploader's when given): a failed build is never kind "none". */
  status: BuildStatus;
  /** Used when the analysis finds no title: the uploader's title, or the one already stored. */
  fallbackTitle: string;
  buildLogName: string;
  /** The build's atom (cat/pf). The uploader's atom wins over the log's in the title. */
  atom: string;
  /**
   * Build.analysis.diagnostics of a build whose diagnostics are written in the same
   * transaction (ingest); reanalysis records it after rewriting them (lib/diagnostics/write.ts).
   */
  diagnostics?: DiagnosticsSummary;
}

export async function analysisColumns(
  sql: Sql,
  analysis: LogAnalysis,
  context: ColumnContext,
): Promise<AnalysisColumns> {
  const signatureIds = await upsertSignatures(sql, forPackage(analysis.signature, context.atom));
  const causeId = analysis.cause ? await upsertCause(sql, analysis.cause) : null;
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
    infraReason: analysis.infra?.reason ?? null,
    causeId,
    analysis: analysisJson(analysis, context.buildLogName, context.diagnostics),
  };
}

/** `cat/pf - message` with the log's atom replaced by the build's, when the uploader named another. */
export function retitle(title: string | null, logAtom: string | null, buildAtom: string): string {
  if (!title) return "";
  // A log without a package header titles itself "unknown - …"; the upload knows better.
  const named = logAtom ?? UNKNOWN_ATOM;
  if (named === buildAtom || !title.startsWith(`${named} `)) return title;
  return capTitle(buildAtom + title.slice(named.length));
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

// ON CONFLICT instead of select-then-insert: two uploads creating the same new
// signature at once must both succeed. Both levels in one statement.
const UPSERT_SIGNATURES = `
  INSERT INTO "Signature" ("level", "algoVersion", "hash", "text")
  SELECT * FROM unnest($1::"SignatureLevel"[], $2::text[], $3::text[], $4::text[])
  ON CONFLICT ("level", "algoVersion", "hash") DO UPDATE SET "hash" = EXCLUDED."hash"
  RETURNING "id", "level"`;

/** Both signature rows of `sig` (created when new); also used by corrections (corrected-headline.ts). */
export async function upsertSignatures(sql: Sql, sig: FailureSignature) {
  const wanted = [
    { level: "fine", hash: sig.fine, text: sig.fineText },
    { level: "coarse", hash: sig.coarse, text: sig.coarseText },
  ].filter((s) => s.hash);
  const rows =
    wanted.length === 0
      ? []
      : await sql.query<{ id: number; level: "fine" | "coarse" }>(UPSERT_SIGNATURES, [
          wanted.map((s) => s.level),
          wanted.map(() => sig.version),
          wanted.map((s) => s.hash),
          wanted.map((s) => s.text ?? ""),
        ]);
  return {
    fineSignatureId: rows.find((row) => row.level === "fine")?.id ?? null,
    coarseSignatureId: rows.find((row) => row.level === "coarse")?.id ?? null,
  };
}

// Race-free like the signatures: two uploads naming the same new cause both get its id.
const UPSERT_CAUSE = `
  INSERT INTO "Cause" ("type", "name") VALUES ($1, $2)
  ON CONFLICT ("type", "name") DO UPDATE SET "name" = EXCLUDED."name"
  RETURNING "id"`;

async function upsertCause(sql: Sql, cause: MissingCause): Promise<number> {
  const rows = await sql.query<{ id: number }>(UPSERT_CAUSE, [cause.type, cause.name]);
  return rows[0].id;
}

// buildLog names the analysed file, so reanalysis finds it again among the build's files.
function analysisJson(
  analysis: LogAnalysis,
  buildLogName: string,
  diagnostics: DiagnosticsSummary | undefined,
): string {
  const { header, sections, die, attachmentHints, lineCount, infra, cause, linePrefix } = analysis;
  return JSON.stringify({
    header,
    sections,
    die,
    attachmentHints,
    lineCount,
    infra,
    cause,
    linePrefix,
    buildLog: buildLogName,
    diagnostics,
  });
}

/** Build's analysis columns with their SQL types, in one order for INSERT and UPDATE. */
const COLUMN_TYPES: Record<keyof AnalysisColumns, string> = {
  analysisVersion: "text",
  title: "text",
  phase: "text",
  kind: '"FailureKind"',
  primaryLine: "int",
  primaryText: "text",
  primaryRule: "text",
  fineSignatureId: "int",
  coarseSignatureId: "int",
  infraReason: "text",
  causeId: "int",
  analysis: "jsonb",
};
const COLUMNS = Object.keys(COLUMN_TYPES) as (keyof AnalysisColumns)[];

/** `"analysisVersion", "title", ...`: the column list for an INSERT. */
export const ANALYSIS_COLUMN_NAMES = COLUMNS.map((column) => `"${column}"`).join(", ");

/** `$n::text, $n+1::text, ...`: the placeholders for ANALYSIS_COLUMN_NAMES, numbered from `first`. */
export function analysisPlaceholders(first: number): string {
  return COLUMNS.map((column, i) => `$${first + i}::${COLUMN_TYPES[column]}`).join(", ");
}

/** The values for ANALYSIS_COLUMN_NAMES, in order. */
export function analysisValues(columns: AnalysisColumns): unknown[] {
  return COLUMNS.map((column) => columns[column]);
}

const UPDATE_ANALYSIS = `
  UPDATE "Build" SET (${ANALYSIS_COLUMN_NAMES}) = ROW(${analysisPlaceholders(2)})
  WHERE "id" = $1 RETURNING "id"`;

/** Rewrites a stored build's analysis columns (reanalysis); status and triage stay as they are. */
export async function updateAnalysisColumns(
  sql: Sql,
  buildId: number,
  columns: AnalysisColumns,
): Promise<void> {
  const updated = await sql.query(UPDATE_ANALYSIS, [buildId, ...analysisValues(columns)]);
  // Deleted since it was read: fail the transaction rather than write findings for nothing.
  if (updated.length === 0) throw new Error(`build ${buildId} does not exist`);
}
