// Coarse signatures: the list (/signatures, GET /api/v1/signatures) and one
// signature's header (/signatures/N). Counts come from the columns ingest keeps
// up to date (lib/ingest/signature-stats.ts), never from aggregating Build.
import { z } from "zod";
import { db, Prisma } from "../db";
import { type ListEnvelope, pagingSchema } from "./list-envelope";
import { likePattern, searchTerms } from "./search-terms";

export const SIGNATURE_SORTS = ["lastSeen", "firstSeen", "builds", "packages"] as const;
export type SignatureSort = (typeof SIGNATURE_SORTS)[number];

export const signatureListQuerySchema = pagingSchema.extend({
  q: z.string().trim().max(200).optional().catch(undefined),
  sort: z.enum(SIGNATURE_SORTS).catch("lastSeen").default("lastSeen"),
});
export type SignatureListQuery = z.infer<typeof signatureListQuerySchema>;

export interface SignatureRow {
  id: number;
  text: string;
  buildCount: number;
  packageCount: number;
  firstSeenAt: string | null;
  lastSeenAt: string | null;
  /** Builds per day over the last TREND_DAYS days, oldest first. */
  trend: number[];
}

export const TREND_DAYS = 30;
const DAY_MS = 86_400_000;

const ORDER: Record<SignatureSort, Prisma.Sql> = {
  lastSeen: Prisma.sql`"lastSeenAt" DESC NULLS LAST, id DESC`,
  firstSeen: Prisma.sql`"firstSeenAt" DESC NULLS LAST, id DESC`,
  builds: Prisma.sql`"buildCount" DESC, id DESC`,
  packages: Prisma.sql`"packageCount" DESC, id DESC`,
};

function signatureWhere(query: SignatureListQuery): Prisma.Sql {
  const terms = query.q ? searchTerms(query.q) : [];
  const parts = [Prisma.sql`level = 'coarse'`, Prisma.sql`"buildCount" > 0`];
  for (const term of terms) parts.push(Prisma.sql`text ILIKE ${likePattern(term)}`);
  return Prisma.join(parts, " AND ");
}

/** Builds per day for these signatures: one range scan per signature on (coarseSignatureId, finishedAt). */
export async function signatureTrends(ids: number[], now = new Date()): Promise<Map<number, number[]>> {
  const trends = new Map(ids.map((id) => [id, new Array<number>(TREND_DAYS).fill(0)]));
  if (ids.length === 0) return trends;
  const start = Math.floor(now.getTime() / DAY_MS) * DAY_MS - (TREND_DAYS - 1) * DAY_MS;
  const rows = await db.$queryRaw<Array<{ id: number; dayIndex: number; count: number }>>`
    SELECT b."coarseSignatureId" AS id,
           floor((extract(epoch FROM b."finishedAt") * 1000 - ${start}) / ${DAY_MS})::int AS "dayIndex",
           count(*)::int AS count
    FROM "Build" b
    WHERE b."coarseSignatureId" IN (${Prisma.join(ids)}) AND b."finishedAt" >= ${new Date(start)}
    GROUP BY 1, 2`;
  for (const row of rows) {
    const trend = trends.get(row.id);
    if (trend && row.dayIndex >= 0 && row.dayIndex < TREND_DAYS) trend[row.dayIndex] = row.count;
  }
  return trends;
}

export async function listSignatures(query: SignatureListQuery): Promise<ListEnvelope<SignatureRow>> {
  const where = signatureWhere(query);
  const [rows, [counted]] = await Promise.all([
    db.$queryRaw<
      Array<
        Omit<SignatureRow, "trend" | "firstSeenAt" | "lastSeenAt"> & {
          firstSeenAt: Date | null;
          lastSeenAt: Date | null;
        }
      >
    >`
      SELECT id, text, "buildCount", "packageCount", "firstSeenAt", "lastSeenAt" FROM "Signature"
      WHERE ${where} ORDER BY ${ORDER[query.sort]}
      LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
    db.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM "Signature" WHERE ${where}`,
  ]);
  const trends = await signatureTrends(rows.map((r) => r.id));
  return {
    rows: rows.map((r) => ({
      ...r,
      firstSeenAt: r.firstSeenAt?.toISOString() ?? null,
      lastSeenAt: r.lastSeenAt?.toISOString() ?? null,
      trend: trends.get(r.id) ?? [],
    })),
    total: counted?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function findSignature(id: number): Promise<SignatureRow | null> {
  const signature = await db.signature.findFirst({ where: { id, level: "coarse" } });
  if (!signature) return null;
  const trends = await signatureTrends([id]);
  return {
    id: signature.id,
    text: signature.text,
    buildCount: signature.buildCount,
    packageCount: signature.packageCount,
    firstSeenAt: signature.firstSeenAt?.toISOString() ?? null,
    lastSeenAt: signature.lastSeenAt?.toISOString() ?? null,
    trend: trends.get(id) ?? [],
  };
}
