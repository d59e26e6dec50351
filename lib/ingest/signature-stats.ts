// Per-signature counts and first/last seen times, recomputed from Build rather
// than incremented: the same code then serves ingest, reanalysis (which moves
// builds between signatures) and bulk loads, and a count can never drift.
import { db, Prisma, type PrismaClient } from "../db";
import type { Sql } from "../sql/executor";

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
