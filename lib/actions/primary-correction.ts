// "This is the error": a maintainer marks another line of the build log as the
// primary error. The line's text is read from the stored log (never taken from
// the client); title, signatures, signature stats and the Findings' isPrimary
// follow in one transaction with the PrimaryCorrection and its audit row. Undo
// puts the analysis' own line (kept in the correction) back.
import { z } from "zod";
import { cleanLine } from "../analysis/lines";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/access";
import { buildLogOf } from "../bugs/report-input";
import { db, type Prisma } from "../db";
import {
  type CorrectableBuild,
  correctedColumns,
  markPrimaryFinding,
  type PrimaryColumns,
  primaryColumns,
  updatePrimaryColumns,
} from "../ingest/corrected-headline";
import { refreshSignatureStats } from "../ingest/signature-stats";
import { asSql } from "../sql/executor";
import { readLineWindow } from "../storage/line-window";
import { type ActionFailure, type ActionResult, FORBIDDEN, invalid, isMaintainer } from "./action-result";

export const correctPrimaryInputSchema = z.object({
  buildId: z.coerce.number().int().positive(),
  lineNumber: z.coerce.number().int().positive(),
});
export const undoCorrectionInputSchema = correctPrimaryInputSchema.pick({ buildId: true });

type Outcome = ActionResult<{ title: string; primaryLine: number | null }>;

// As much of a line as the analyzer keeps for a candidate (analyzer.ts MAX_CANDIDATE_CHARS).
const MAX_PRIMARY_CHARS = 8 * 1024;

const buildSelect = {
  id: true,
  atom: true,
  phase: true,
  kind: true,
  status: true,
  primaryLine: true,
  primaryText: true,
  fineSignatureId: true,
  coarseSignatureId: true,
  files: { select: { id: true, role: true, blobSha256: true }, orderBy: { id: "asc" } },
  primaryCorrection: true,
} satisfies Prisma.BuildSelect;

type TargetBuild = Prisma.BuildGetPayload<{ select: typeof buildSelect }>;

export async function correctPrimary(user: SessionUser | null, input: unknown): Promise<Outcome> {
  if (!isMaintainer(user)) return FORBIDDEN;
  const parsed = correctPrimaryInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { buildId, lineNumber } = parsed.data;
  return db.$transaction(async (tx) => {
    const build = await lockBuild(tx, buildId);
    if (!build) return notFound(`no build ${buildId}`);
    if (build.status !== "failed") return refuse(`build ${buildId} succeeded: it has no primary error`);
    const log = buildLogOf(build);
    if (!log) return refuse(`build ${buildId} has no build log`);
    if (build.primaryLine === lineNumber) return refuse(`line ${lineNumber} already is the primary error`);
    const line = await storedLine(log.blobSha256, lineNumber);
    if (!line.ok) return line;
    const sql = asSql(tx);
    const correction = { lineNumber, text: line.text };
    const columns = await correctedColumns(sql, build, correction);
    await applyPrimary(tx, build, columns, log.id, correction);
    // The analysis' own choice is kept from the first correction on, for undo and the corpus case.
    const previous = build.primaryCorrection ?? {
      previousLine: build.primaryLine,
      previousText: build.primaryText,
    };
    const data = { lineNumber, text: line.text, createdById: user.id, createdAt: new Date() };
    await tx.primaryCorrection.upsert({
      where: { buildId },
      create: { buildId, ...data, previousLine: previous.previousLine, previousText: previous.previousText },
      update: data,
    });
    await audit(tx, user, "analysis.correct", buildId, { from: build.primaryLine, to: lineNumber });
    return { ok: true, title: columns.title, primaryLine: lineNumber } as const;
  });
}

export async function undoPrimaryCorrection(user: SessionUser | null, input: unknown): Promise<Outcome> {
  if (!isMaintainer(user)) return FORBIDDEN;
  const parsed = undoCorrectionInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { buildId } = parsed.data;
  return db.$transaction(async (tx) => {
    const build = await lockBuild(tx, buildId);
    const correction = build?.primaryCorrection;
    if (!build || !correction) return notFound(`build ${buildId} has no corrected primary error`);
    const log = buildLogOf(build);
    const primary = { line: correction.previousLine, text: correction.previousText };
    const rule =
      primary.line === null ? null : await analysisRule(tx, buildId, log?.id ?? null, primary.line);
    const columns = await primaryColumns(asSql(tx), build, { ...primary, rule });
    await applyPrimary(tx, build, columns, log?.id ?? null, null);
    await tx.primaryCorrection.delete({ where: { buildId } });
    const details = { from: correction.lineNumber, to: primary.line, undo: true };
    await audit(tx, user, "analysis.correct", buildId, details);
    return { ok: true, title: columns.title, primaryLine: primary.line } as const;
  });
}

// The row lock serialises two maintainers (or a correction and its undo) on one build.
async function lockBuild(tx: Prisma.TransactionClient, buildId: number): Promise<TargetBuild | null> {
  await tx.$queryRaw`SELECT "id" FROM "Build" WHERE "id" = ${buildId} FOR UPDATE`;
  return tx.build.findUnique({ where: { id: buildId }, select: buildSelect });
}

/** The line as the analysis would read it: decoded, terminal escapes stripped. */
async function storedLine(
  blobSha256: string,
  lineNumber: number,
): Promise<{ ok: true; text: string } | ActionFailure> {
  const window = await readLineWindow(blobSha256, lineNumber, lineNumber);
  if (!window) throw new Error(`the stored build log (blob ${blobSha256}) is missing`);
  if (window.lines.length === 0)
    return refuse(`line ${lineNumber} is outside the build log (it has ${window.totalLines} lines)`);
  const text = cleanLine(window.lines[0]).slice(0, MAX_PRIMARY_CHARS);
  if (text.trim() === "") return refuse(`line ${lineNumber} is empty`);
  return { ok: true, text };
}

async function applyPrimary(
  tx: Prisma.TransactionClient,
  build: TargetBuild & CorrectableBuild,
  columns: PrimaryColumns,
  logFileId: number | null,
  correction: { lineNumber: number; text: string } | null,
): Promise<void> {
  const sql = asSql(tx);
  await updatePrimaryColumns(sql, build.id, columns);
  // The build may move between signatures: the old and the new ones' counts change.
  await refreshSignatureStats(sql, [
    build.fineSignatureId,
    build.coarseSignatureId,
    columns.fineSignatureId,
    columns.coarseSignatureId,
  ]);
  if (logFileId !== null)
    await markPrimaryFinding(sql, { buildId: build.id, logFileId, line: columns.primaryLine }, correction);
}

// The rule that picked the analysis' line, from its Finding; the die-banner fallbacks have none.
async function analysisRule(
  tx: Prisma.TransactionClient,
  buildId: number,
  logFileId: number | null,
  line: number,
): Promise<string> {
  const finding = await tx.finding.findFirst({
    where: { buildId, fileId: logFileId, lineNumber: line, NOT: { ruleId: "person" } },
    orderBy: { kind: "asc" },
    select: { ruleId: true },
  });
  return finding?.ruleId || "analysis";
}

async function audit(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  action: string,
  buildId: number,
  details: { from: number | null; to: number | null; undo?: boolean },
): Promise<void> {
  await recordAudit(tx, { userId: user.id, action, target: `build:${buildId}`, details });
}

function refuse(message: string): ActionFailure {
  return { ok: false, code: "invalid", message };
}

function notFound(message: string): ActionFailure {
  return { ok: false, code: "not_found", message };
}
