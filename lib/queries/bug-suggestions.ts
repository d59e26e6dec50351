// Possible duplicates before filing: bugs already linked to failures with the
// same fine or coarse signature, the package's other bugs, and any linked bug
// whose summary is close to the title, ranked by trigram similarity (pg_trgm,
// as Treeherder's Bugscache.search: paths and symbols rank badly in full-text search).
import { db, Prisma } from "../db";

export const SUGGESTION_LIMIT = 15;

export type SuggestionReason = "fine" | "coarse" | "package" | "similar";

export interface BugSuggestion {
  bugNumber: number;
  url: string;
  summary: string;
  reason: SuggestionReason;
  similarity: number;
  /** From the last status sync (lib/bugzilla/sync-status.ts); null before the first. */
  status: string | null;
  resolution: string | null;
  assignee: string | null;
  createdAt: Date | null;
}

export interface SuggestionAnchor {
  id: number;
  packageId: number;
  title: string;
  fineSignatureId: number | null;
  coarseSignatureId: number | null;
}

export async function bugSuggestions(build: SuggestionAnchor): Promise<BugSuggestion[]> {
  const rows = await db.$queryRaw<BugSuggestion[]>(Prisma.sql`
    WITH candidates AS (
      SELECT bl."bugNumber", bl.url, bl.summary,
        CASE
          WHEN b."fineSignatureId" = ${build.fineSignatureId}::int THEN 1
          WHEN b."coarseSignatureId" = ${build.coarseSignatureId}::int THEN 2
          WHEN b."packageId" = ${build.packageId} THEN 3
          ELSE 4
        END AS rank
      FROM "BugLink" bl JOIN "Build" b ON b.id = bl."buildId"
      WHERE bl."buildId" <> ${build.id}
        AND (b."fineSignatureId" = ${build.fineSignatureId}::int
          OR b."coarseSignatureId" = ${build.coarseSignatureId}::int
          OR b."packageId" = ${build.packageId}
          OR bl.summary % ${build.title})
        AND bl."bugNumber" NOT IN (SELECT "bugNumber" FROM "BugLink" WHERE "buildId" = ${build.id})
    ), best AS (
      SELECT DISTINCT ON ("bugNumber") "bugNumber", url, summary, rank
      FROM candidates ORDER BY "bugNumber", rank, summary DESC
    )
    SELECT best."bugNumber", url, best.summary,
      (ARRAY['fine', 'coarse', 'package', 'similar'])[rank] AS reason,
      similarity(best.summary, ${build.title})::float8 AS similarity,
      bz.status, bz.resolution, bz.assignee, bz."createdAt"
    FROM best LEFT JOIN "BugzillaBug" bz ON bz."bugNumber" = best."bugNumber"
    ORDER BY similarity DESC, rank, best."bugNumber" DESC
    LIMIT ${SUGGESTION_LIMIT}`);
  return rows;
}
