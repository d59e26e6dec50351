// Per-signature counts and first/last seen times. Reanalysis (which moves builds
// between signatures) and bulk loads recompute them from Build. Ingest adds its
// one new build instead: recomputing cost time linear in the signature's builds
// (2.2 ms at 607 builds) while the upload held the signature's row lock, and a
// coarse signature (one breakage across many packages) can gather tens of
// thousands of builds.
import { db, Prisma, type PrismaClient } from "../db";
import type { Sql } from "../sql/executor";

// Exact under concurrency: the signature upsert earlier in the same transaction
// (ON CONFLICT DO UPDATE) locked these rows, so a concurrent upload of the same
// signature has committed before this statement starts, and its snapshot sees
// that build: two first builds of one package never both count as new. "Is the
// package new to the signature" is one probe of Build(packageId, <level>SignatureId).
/**
 * Counts a just-inserted build into its signatures' stats (ingest; see above): a
 * data-modifying CTE of the statement whose CTE `build` inserts the build (one
 * round trip fewer). $<ids> is the signature ids (int[]), $<packageId> the
 * build's package, $<seenAt> its finishedAt else createdAt (UTC text), as the
 * recomputation uses. The new build is not in the statement's snapshot; it is
 * left out by id all the same.
 */
export function countNewBuildSql(params: { ids: number; packageId: number; seenAt: number }): string {
  const { ids, packageId, seenAt } = params;
  return `
  UPDATE "Signature" s SET
    "buildCount" = s."buildCount" + 1,
    "packageCount" = s."packageCount" + CASE WHEN s.level = 'fine'
      THEN (NOT EXISTS (SELECT 1 FROM "Build" b
                        WHERE b."packageId" = $${packageId} AND b."fineSignatureId" = s.id
                          AND b.id <> (SELECT id FROM build)))::int
      ELSE (NOT EXISTS (SELECT 1 FROM "Build" b
                        WHERE b."packageId" = $${packageId} AND b."coarseSignatureId" = s.id
                          AND b.id <> (SELECT id FROM build)))::int
      END,
    "firstSeenAt" = LEAST(s."firstSeenAt", $${seenAt}::timestamp),
    "lastSeenAt" = GREATEST(s."lastSeenAt", $${seenAt}::timestamp)
  WHERE s.id = ANY($${ids}::int[])`;
}

/** The distinct signature ids countNewBuildSql's `ids` binds. */
export function newBuildSignatureIds(ids: Array<number | null | undefined>): number[] {
  return [...new Set(ids.filter((id): id is number => typeof id === "number"))];
}

/** Recomputes the stats of these signatures (a few ms each through the signature indexes). */
export async function refreshSignatureStats(
  sql: Sql,
  signatureIds: Array<number | null | undefined>,
): Promise<void> {
  const ids = [...new Set(signatureIds.filter((id): id is number => typeof id === "number"))];
  if (ids.length === 0) return;
  await sql.query(
    `UPDATE "Signature" s SET
      "buildCount" = agg.builds,
      "packageCount" = agg.packages,
      "firstSeenAt" = agg.first_seen,
      "lastSeenAt" = agg.last_seen
    FROM (
      SELECT sig.id,
             count(b.id)::int AS builds,
             count(DISTINCT b."packageId")::int AS packages,
             min(COALESCE(b."finishedAt", b."createdAt")) AS first_seen,
             max(COALESCE(b."finishedAt", b."createdAt")) AS last_seen
      FROM "Signature" sig
      LEFT JOIN "Build" b ON (sig.level = 'fine' AND b."fineSignatureId" = sig.id)
                          OR (sig.level = 'coarse' AND b."coarseSignatureId" = sig.id)
      WHERE sig.id = ANY($1::int[])
      GROUP BY sig.id
    ) agg
    WHERE s.id = agg.id`,
    [ids],
  );
}

/** Recomputes every signature's stats in two set-based statements (after a bulk load). */
export async function refreshAllSignatureStats(
  client: Prisma.TransactionClient | PrismaClient = db,
): Promise<void> {
  for (const [level, column] of [
    ["fine", Prisma.raw(`"fineSignatureId"`)],
    ["coarse", Prisma.raw(`"coarseSignatureId"`)],
  ] as const) {
    await client.$executeRaw`
      UPDATE "Signature" s SET
        "buildCount" = agg.builds, "packageCount" = agg.packages,
        "firstSeenAt" = agg.first_seen, "lastSeenAt" = agg.last_seen
      FROM (
        SELECT ${column} AS id, count(*)::int AS builds, count(DISTINCT "packageId")::int AS packages,
               min(COALESCE("finishedAt", "createdAt")) AS first_seen,
               max(COALESCE("finishedAt", "createdAt")) AS last_seen
        FROM "Build" WHERE ${column} IS NOT NULL GROUP BY ${column}
      ) agg
      WHERE s.id = agg.id AND s.level = ${level}::"SignatureLevel"`;
  }
}
