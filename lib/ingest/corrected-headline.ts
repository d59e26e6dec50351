// A person's choice of the primary error line (PrimaryCorrection) turned into
// the Build columns it decides. The title and signatures come from the same
// headlineFor() the analysis uses, so a corrected failure groups exactly as if
// the analysis had picked that line. The correction action and reanalysis
// (which keeps a correction) both write through here.
import { headlineFor } from "../analysis/result";
import type { FailureKind as AnalysisKind, LogAnalysis } from "../analysis/types";
import type { FailureKind } from "../generated/prisma/enums";
import type { Sql } from "../sql/executor";
import { forPackage, upsertSignatures } from "./analysis-columns";

/** Build.primaryRule of a corrected build: a person, not a rule, chose the line. */
export const PERSON_RULE = "person";
// As a Finding keeps a line (finding-rows.ts): enough to read and search.
const MAX_FINDING_TEXT = 4000;

/** What the headline depends on besides the line: the analysis' (or reanalysis') phase and kind. */
export interface CorrectableBuild {
  atom: string;
  phase: string | null;
  kind: FailureKind;
}

export interface CorrectedLine {
  lineNumber: number;
  text: string;
}

export interface PrimaryColumns {
  title: string;
  primaryLine: number | null;
  primaryText: string | null;
  primaryRule: string | null;
  fineSignatureId: number | null;
  coarseSignatureId: number | null;
}

/** The Build columns a correction decides (signature rows upserted as ingest does). */
export async function correctedColumns(
  sql: Sql,
  build: CorrectableBuild,
  correction: CorrectedLine,
): Promise<PrimaryColumns> {
  return primaryColumns(sql, build, {
    line: correction.lineNumber,
    text: correction.text,
    rule: PERSON_RULE,
  });
}

/** Columns for any chosen primary line; null text (no primary at all) leaves no signature. */
export async function primaryColumns(
  sql: Sql,
  build: CorrectableBuild,
  primary: { line: number | null; text: string | null; rule: string | null },
): Promise<PrimaryColumns> {
  const none = { title: build.atom, fineSignatureId: null, coarseSignatureId: null };
  const headline =
    primary.text === null
      ? null
      : headlineFor({
          atom: build.atom,
          phase: build.phase,
          kind: analysisKind(build.kind),
          primaryText: primary.text,
        });
  const signatureIds = headline
    ? await upsertSignatures(sql, forPackage(headline.signature, build.atom))
    : none;
  return {
    title: headline?.title ?? none.title,
    primaryLine: primary.line,
    primaryText: primary.text,
    primaryRule: primary.rule,
    ...signatureIds,
  };
}

// The database spells disk_full with "_" (enum labels); a corrected line is still a failure.
function analysisKind(kind: FailureKind): AnalysisKind {
  return kind === "none" ? "unknown" : (kind.replace("_", "-") as AnalysisKind);
}

const UPDATE_PRIMARY = `
  UPDATE "Build" SET ("title", "primaryLine", "primaryText", "primaryRule", "fineSignatureId", "coarseSignatureId")
    = ROW($2::text, $3::int, $4::text, $5::text, $6::int, $7::int)
  WHERE "id" = $1 RETURNING "id"`;

/** Writes only the primary columns (the correction action; reanalysis writes all of its columns itself). */
export async function updatePrimaryColumns(
  sql: Sql,
  buildId: number,
  columns: PrimaryColumns,
): Promise<void> {
  const { title, primaryLine, primaryText, primaryRule, fineSignatureId, coarseSignatureId } = columns;
  const values = [buildId, title, primaryLine, primaryText, primaryRule, fineSignatureId, coarseSignatureId];
  const updated = await sql.query(UPDATE_PRIMARY, values);
  if (updated.length === 0) throw new Error(`build ${buildId} does not exist`);
}

/**
 * Marks the build log's error Finding at `line` as the primary one, as ingest
 * marks the analysis' line. A corrected line no rule flagged gets a Finding of
 * its own (rule "person"), so the error list and the viewer show it; those are
 * dropped again when the primary moves elsewhere. `correction` null: back to
 * the analysis' line (undo).
 */
export async function markPrimaryFinding(
  sql: Sql,
  target: { buildId: number; logFileId: number; line: number | null },
  correction: CorrectedLine | null,
): Promise<void> {
  const { buildId, logFileId, line } = target;
  await sql.query(
    `DELETE FROM "Finding" WHERE "buildId" = $1 AND "ruleId" = $2 AND "lineNumber" IS DISTINCT FROM $3`,
    [buildId, PERSON_RULE, correction?.lineNumber ?? null],
  );
  const marked = await sql.query<{ isPrimary: boolean }>(
    `UPDATE "Finding" SET "isPrimary" = ("kind" = 'error' AND "fileId" = $2 AND "lineNumber" = $3)
     WHERE "buildId" = $1 AND ("isPrimary" OR ("kind" = 'error' AND "fileId" = $2 AND "lineNumber" = $3))
     RETURNING "isPrimary"`,
    [buildId, logFileId, line],
  );
  if (correction && !marked.some((row) => row.isPrimary)) {
    const text = correction.text.slice(0, MAX_FINDING_TEXT);
    await sql.query(
      `INSERT INTO "Finding" ("buildId", "fileId", "kind", "lineNumber", "text", "ruleId", "severity", "isPrimary")
       VALUES ($1, $2, 'error', $3, $4, $5, 'error', true)`,
      [buildId, logFileId, correction.lineNumber, text, PERSON_RULE],
    );
  }
}

/**
 * For reanalysis of a corrected build: the fresh analysis' own line becomes
 * what undo restores (the correction kept the one of the algorithm at the time).
 */
export async function rememberAnalysisChoice(
  sql: Sql,
  buildId: number,
  primary: { line: number; text: string } | null,
): Promise<void> {
  await sql.query(
    `UPDATE "PrimaryCorrection" SET "previousLine" = $2, "previousText" = $3 WHERE "buildId" = $1`,
    [buildId, primary?.line ?? null, primary?.text ?? null],
  );
}

/**
 * A person's corrected primary line survives reanalysis: everything else is the
 * new analysis', the primary is the correction's and the title and signatures
 * follow from it by the same headlineFor() (as lib/ingest/corrected-headline.ts).
 */
export function keepCorrection(
  analysis: LogAnalysis,
  correction: { lineNumber: number; text: string } | null,
  buildAtom: string,
): LogAnalysis {
  if (!correction) return analysis;
  const kind = analysis.kind === "none" ? "unknown" : analysis.kind;
  const headline = headlineFor({
    atom: buildAtom,
    phase: analysis.phase,
    kind,
    primaryText: correction.text,
  });
  return {
    ...analysis,
    status: "failed",
    kind,
    primary: { line: correction.lineNumber, text: correction.text, ruleId: PERSON_RULE },
    ...headline,
  };
}
