// Writes a prepared result in ONE transaction: blobs become visible, the
// package, signatures, build, files, archive members and findings appear
// together or not at all. A retry finds the build by its idempotency key.
import { db, Prisma } from "../db";
import { commitBlobs } from "../storage/commit";
import { discardChunkSet } from "../storage/discard";
import { analysisColumns, findingRows } from "./analysis-columns";
import { upsertMaintainers } from "./maintainers";
import type { PreparedResult } from "./prepared-result";
import { refreshSignatureStats } from "./signature-stats";

export type Tx = Prisma.TransactionClient;

export interface PersistOutcome {
  id: number;
  created: boolean;
}

export async function persistResult(result: PreparedResult): Promise<PersistOutcome> {
  const losers: string[] = [];
  let outcome: PersistOutcome;
  try {
    outcome = await db.$transaction((tx) => writeResult(tx, result, losers), {
      timeout: 120_000,
      maxWait: 30_000,
    });
  } catch (err) {
    // Two uploads of the same result raced; the other one won.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      const existing = await findExisting(db, result);
      if (existing) outcome = { id: existing, created: false };
      else throw err;
    } else throw err;
  }
  // This upload's chunk sets that lost to an identical blob, or of a result that existed already.
  const unused = outcome.created ? losers : result.files.map((f) => f.content.chunkSetId);
  await Promise.all(unused.map((id) => discardChunkSet(id)));
  return outcome;
}

async function findExisting(client: Tx | typeof db, result: PreparedResult): Promise<number | null> {
  const row = await client.build.findUnique({
    where: {
      tinderboxId_idempotencyKey: { tinderboxId: result.tinderboxId, idempotencyKey: result.idempotencyKey },
    },
    select: { id: true },
  });
  return row?.id ?? null;
}

async function writeResult(tx: Tx, result: PreparedResult, losers: string[]): Promise<PersistOutcome> {
  const existing = await findExisting(tx, result);
  if (existing) return { id: existing, created: false };
  const commits = await commitBlobs(
    tx,
    result.files.map((f) => f.content),
  );
  commits.forEach((c, i) => {
    if (!c.created) losers.push(result.files[i].content.chunkSetId);
  });
  const packageId = await packageIdFor(tx, result.atom.category, result.atom.name);
  await upsertMaintainers(tx, packageId, result);
  await updateTinderbox(tx, result);
  const build = await createBuild(tx, result, packageId);
  const buildId = build.id;
  await refreshSignatureStats(tx, [build.fineSignatureId, build.coarseSignatureId]);
  const fileIds = await createFiles(tx, buildId, result);
  const findings = findingRows(buildId, result, fileIds);
  if (findings.length > 0) await tx.finding.createMany({ data: findings });
  return { id: buildId, created: true };
}

/** The package's id, inserting it when new; safe when two uploads add the same new package at once. */
async function packageIdFor(tx: Tx, category: string, name: string): Promise<number> {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO "Package" ("category", "name") VALUES (${category}, ${name})
    ON CONFLICT ("category", "name") DO UPDATE SET "name" = EXCLUDED."name"
    RETURNING "id"`;
  return rows[0].id;
}

async function updateTinderbox(tx: Tx, result: PreparedResult): Promise<void> {
  const info = result.meta.tinderbox;
  if (!info) return;
  await tx.tinderbox.update({ where: { id: result.tinderboxId }, data: info });
}

async function createBuild(tx: Tx, result: PreparedResult, packageId: number) {
  const { meta, analysis } = result;
  const startedAt = meta.startedAt ? new Date(meta.startedAt) : null;
  const finishedAt = meta.finishedAt ? new Date(meta.finishedAt) : null;
  const status = meta.status ?? analysis.status;
  const build = await tx.build.create({
    data: {
      tinderboxId: result.tinderboxId,
      packageId,
      uploadTokenId: result.tokenId,
      idempotencyKey: result.idempotencyKey,
      atom: `${result.atom.category}/${result.atom.pf}`,
      version: result.atom.version,
      repository: result.repository,
      status,
      startedAt,
      finishedAt,
      durationSec:
        startedAt && finishedAt ? Math.round((finishedAt.getTime() - startedAt.getTime()) / 1000) : null,
      useFlags: meta.useFlags ?? splitUse(analysis.header.use),
      profile: meta.profile ?? "",
      ...(await analysisColumns(tx, analysis, {
        status,
        fallbackTitle: meta.title ?? "",
        buildLogName: result.buildLogName,
        atom: `${result.atom.category}/${result.atom.pf}`,
      })),
    },
    select: { id: true, fineSignatureId: true, coarseSignatureId: true },
  });
  return build;
}

function splitUse(use: string | undefined): string[] {
  return use ? use.split(/\s+/).filter(Boolean) : [];
}

async function createFiles(tx: Tx, buildId: number, result: PreparedResult): Promise<Map<string, number>> {
  // One statement for all files, one per archive for its members: round trips dominate small uploads.
  const rows = await tx.file.createManyAndReturn({
    data: result.files.map((file) => ({
      buildId,
      name: file.name,
      role: file.role,
      mediaType: file.mediaType,
      blobSha256: file.content.sha256,
      size: BigInt(file.content.size),
      lineCount: file.role === "archive" ? null : BigInt(file.content.lineCount),
      uploadEncoding: file.encoding,
    })),
    select: { id: true, name: true },
  });
  const ids = new Map(rows.map((row) => [row.name, row.id]));
  const members = result.files.flatMap((file) =>
    (file.members ?? []).map((m) => ({ ...m, fileId: ids.get(file.name) ?? 0, size: BigInt(m.size) })),
  );
  if (members.length > 0) await tx.archiveMember.createMany({ data: members });
  return ids;
}
