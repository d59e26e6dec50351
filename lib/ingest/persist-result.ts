// Writes a prepared result in ONE transaction: blobs become visible, the
// package, signatures, build, files, archive members and findings appear
// together or not at all. A retry finds the build by its idempotency key.
// Plain SQL on one pooled pg connection: through Prisma, this transaction's
// ~15 statements cost more Node CPU than storing the result's bytes.
import { DiagnosticsNotWritten, recordBuildDiagnostics } from "../diagnostics/record";
import { diagnosticsSummary } from "../diagnostics/write";
import { isUniqueViolation, type Sql, transaction } from "../sql/executor";
import { commitBlobs } from "../storage/commit";
import { discardChunkSets } from "../storage/discard";
import {
  ANALYSIS_COLUMN_NAMES,
  analysisColumns,
  analysisPlaceholders,
  analysisValues,
} from "./analysis-columns";
import { findBuildByKey } from "./find-build";
import { insertNamedFindingsSql, namedFindingRows, namedFindingValues } from "./finding-rows";
import { upsertMaintainers } from "./maintainers";
import type { PreparedFile, PreparedResult } from "./prepared-result";
import { resultPool } from "./result-pool";
import { countNewBuildSql, newBuildSignatureIds } from "./signature-stats";

export interface PersistOutcome {
  id: number;
  created: boolean;
}

export async function persistResult(result: PreparedResult): Promise<PersistOutcome> {
  try {
    return await persistOnce(result);
  } catch (err) {
    if (!(err instanceof DiagnosticsNotWritten)) throw err;
    // Rolled back whole: stored again without diagnostics (and without their summary, so
    // reanalysis finds the build outdated). The upload succeeds either way.
    console.error(
      `${err.message}; the result ${result.idempotencyKey} is stored without them (reanalyze it to retry):`,
      err.cause,
    );
    return persistOnce({ ...result, diagnostics: undefined });
  }
}

async function persistOnce(result: PreparedResult): Promise<PersistOutcome> {
  const losers: string[] = [];
  let outcome: PersistOutcome;
  try {
    outcome = await transaction(resultPool(), (sql) => writeResult(sql, result, losers));
  } catch (err) {
    // Two uploads of the same result raced; the other one won.
    if (!isUniqueViolation(err, "Build_tinderboxId_idempotencyKey_key")) throw err;
    const existing = await findBuildByKey(result.tinderboxId, result.idempotencyKey);
    if (existing === null) throw err;
    outcome = { id: existing, created: false };
  }
  // This upload's chunk sets that lost to an identical blob, or of a result that existed already.
  const unused = outcome.created
    ? losers
    : result.files.filter((f) => !f.content.reused).map((f) => f.content.chunkSetId);
  await discardChunkSets(unused);
  return outcome;
}

async function writeResult(sql: Sql, result: PreparedResult, losers: string[]): Promise<PersistOutcome> {
  // No look-up by idempotency key here: ingest looked before reading the files, and a result
  // stored since fails the Build insert on its unique key (persistOnce then finds it).
  const commits = await commitBlobs(
    sql,
    result.files.map((f) => f.content),
  );
  commits.forEach((c, i) => {
    const content = result.files[i].content;
    // A reused blob's chunk set belongs to the stored blob: never ours to discard.
    if (!c.created && !content.reused) losers.push(content.chunkSetId);
  });
  const packageId = await packageIdFor(sql, result.atom.category, result.atom.name);
  await upsertMaintainers(sql, packageId, result);
  await updateTinderbox(sql, result);
  const { build, fileIds } = await createBuild(sql, result, packageId);
  await insertMembers(sql, result.files, fileIds);
  // Last: a failure there re-stores everything above without it (persistResult).
  if (result.diagnostics) await recordBuildDiagnostics(sql, build.id, result.diagnostics, fileIds);
  return { id: build.id, created: true };
}

/** The package's id, inserting it when new; safe when two uploads add the same new package at once. */
async function packageIdFor(sql: Sql, category: string, name: string): Promise<number> {
  const rows = await sql.query<{ id: number }>(
    `INSERT INTO "Package" ("category", "name") VALUES ($1, $2)
     ON CONFLICT ("category", "name") DO UPDATE SET "name" = EXCLUDED."name"
     RETURNING "id"`,
    [category, name],
  );
  return rows[0].id;
}

// A field the uploader left out keeps its stored value.
const UPDATE_TINDERBOX = `
  UPDATE "Tinderbox" SET
    "description" = COALESCE($2, "description"),
    "profile" = COALESCE($3, "profile"),
    "arch" = COALESCE($4, "arch"),
    "keywords" = COALESCE($5, "keywords"),
    "toolchainTags" = COALESCE($6::text[], "toolchainTags")
  WHERE "id" = $1`;

async function updateTinderbox(sql: Sql, result: PreparedResult): Promise<void> {
  const info = result.meta.tinderbox;
  if (!info) return;
  const { description, profile, arch, keywords, toolchainTags } = info;
  const values = [description, profile, arch, keywords, toolchainTags];
  if (values.every((value) => value === undefined)) return;
  await sql.query(UPDATE_TINDERBOX, [result.tinderboxId, ...values.map((value) => value ?? null)]);
}

// The uploader's columns ($1-$14), then the analysis columns (analysis-columns.ts), then the
// files' and the findings' arrays, then the signature counts' two: the build, its files, its
// findings, its signatures' counts and its audit event in one statement (one round trip
// instead of five; each costs ~0.4 ms of the request thread's CPU on loopback TCP).
const FILES_PARAM = 15 + ANALYSIS_COLUMN_NAMES.split(", ").length;
const FINDINGS_PARAM = FILES_PARAM + 7;
const COUNTS_PARAM = FINDINGS_PARAM + 8;
const INSERT_BUILD = `
  WITH build AS (
  INSERT INTO "Build" ("tinderboxId", "packageId", "uploadTokenId", "idempotencyKey", "atom", "version",
    "repository", "status", "startedAt", "finishedAt", "durationSec", "useFlags", "profile", "createdAt",
    ${ANALYSIS_COLUMN_NAMES})
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8::"BuildStatus", $9::timestamp, $10::timestamp, $11, $12::text[], $13,
    $14::timestamp, ${analysisPlaceholders(15)})
  RETURNING "id"),
  files AS (
  INSERT INTO "File" ("buildId", "name", "role", "mediaType", "blobSha256", "size", "lineCount",
    "uploadEncoding", "createdAt")
  SELECT b.id, f.*, $14::timestamp
  FROM build b CROSS JOIN unnest($${FILES_PARAM}::text[], $${FILES_PARAM + 1}::text[], $${FILES_PARAM + 2}::text[],
    $${FILES_PARAM + 3}::text[], $${FILES_PARAM + 4}::bigint[], $${FILES_PARAM + 5}::bigint[],
    $${FILES_PARAM + 6}::text[]) AS f
  RETURNING "id", "name"),
  findings AS (${insertNamedFindingsSql(FINDINGS_PARAM)}),
  counted AS (${countNewBuildSql({ ids: COUNTS_PARAM, packageId: 2, seenAt: COUNTS_PARAM + 1 })}),
  -- An upload through a token is audited with the result it stored (a retry that found the
  -- result stored changed nothing and is not); the row lib/audit/record.ts writes.
  audit AS (
  INSERT INTO "AuditEvent" ("userId", "tokenId", "action", "target", "details", "createdAt")
  SELECT NULL, $3::int, 'upload', 'build:' || b.id, NULL, $14::timestamp FROM build b WHERE $3::int IS NOT NULL)
  SELECT b.id AS "buildId", f.id AS "fileId", f.name FROM build b LEFT JOIN files f ON TRUE`;

/** The build row, its files (ids by name), its findings, its signatures' counts and its audit event. */
async function createBuild(sql: Sql, result: PreparedResult, packageId: number) {
  const { meta, analysis, files } = result;
  const startedAt = meta.startedAt ? new Date(meta.startedAt) : null;
  const finishedAt = meta.finishedAt ? new Date(meta.finishedAt) : null;
  const status = meta.status ?? analysis.status;
  const atom = `${result.atom.category}/${result.atom.pf}`;
  const columns = await analysisColumns(sql, analysis, {
    status,
    fallbackTitle: meta.title ?? "",
    buildLogName: result.buildLogName,
    atom,
    diagnostics: result.diagnostics && diagnosticsSummary(result.diagnostics),
  });
  const createdAt = new Date().toISOString();
  const seenAt = finishedAt?.toISOString() ?? createdAt;
  const rows = await sql.query<{ buildId: number; fileId: number | null; name: string | null }>(
    INSERT_BUILD,
    [
      result.tinderboxId,
      packageId,
      result.tokenId,
      result.idempotencyKey,
      atom,
      result.atom.version,
      result.repository,
      status,
      // Timestamps are UTC in columns without a zone: ISO text, never node-pg's local-time Date encoding.
      startedAt?.toISOString() ?? null,
      finishedAt?.toISOString() ?? null,
      startedAt && finishedAt ? Math.round((finishedAt.getTime() - startedAt.getTime()) / 1000) : null,
      meta.useFlags ?? splitUse(analysis.header.use),
      meta.profile ?? "",
      createdAt,
      ...analysisValues(columns),
      files.map((f) => f.name),
      files.map((f) => f.role),
      files.map((f) => f.mediaType),
      files.map((f) => f.content.sha256),
      files.map((f) => f.content.size),
      // An archive's line count means nothing: it is binary.
      files.map((f) => (f.role === "archive" ? null : f.content.lineCount)),
      files.map((f) => f.encoding),
      ...namedFindingValues(namedFindingRows(result)),
      newBuildSignatureIds([columns.fineSignatureId, columns.coarseSignatureId]),
      seenAt,
    ],
  );
  const fileIds = new Map<string, number>();
  for (const row of rows) if (row.name !== null && row.fileId !== null) fileIds.set(row.name, row.fileId);
  return { build: { id: rows[0].buildId }, fileIds };
}

function splitUse(use: string | undefined): string[] {
  return use ? use.split(/\s+/).filter(Boolean) : [];
}

const INSERT_MEMBERS = `
  INSERT INTO "ArchiveMember" ("fileId", "position", "path", "type", "size", "mode", "mtime", "linkName")
  SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::bigint[], $6::int[],
                       $7::timestamp[], $8::text[])`;

/** Every archive's members in one statement (none: no statement). */
async function insertMembers(
  sql: Sql,
  files: PreparedFile[],
  ids: ReadonlyMap<string, number>,
): Promise<void> {
  const members = files.flatMap((f) =>
    (f.members ?? []).map((m) => ({ ...m, fileId: ids.get(f.name) ?? 0 })),
  );
  if (members.length === 0) return;
  await sql.query(INSERT_MEMBERS, [
    members.map((m) => m.fileId),
    members.map((m) => m.position),
    members.map((m) => m.path),
    members.map((m) => m.type),
    members.map((m) => m.size),
    members.map((m) => m.mode),
    members.map((m) => (m.mtime && !Number.isNaN(m.mtime.getTime()) ? m.mtime.toISOString() : null)),
    members.map((m) => m.linkName),
  ]);
}
