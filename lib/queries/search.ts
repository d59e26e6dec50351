// The failure search: every word (or "quoted phrase") must occur, as a
// substring, in one of a build's title, primary error, error lines or coarse
// signature. Substring, not stemmed words, because what people paste are
// identifiers and paths (`implicit declaration of function 'foo'`,
// `/usr/include/bits/foo.h`); the GIN trigram indexes serve every ILIKE here.
// PostgreSQL full text (ts_rank over the title and error) only ranks the hits.
import { db, Prisma } from "../db";
import { likePattern, searchTerms } from "./search-terms";

export { searchTerms };

/** Above this many candidate rows a term is "common": see resolveSearch. */
export const RARE_TERM_LIMIT = 5_000;

function allTermsIn(column: Prisma.Sql, terms: string[]): Prisma.Sql {
  return Prisma.join(
    terms.map((term) => Prisma.sql`${column} ILIKE ${likePattern(term)}`),
    " AND ",
  );
}

function findingColumn(): Prisma.Sql {
  return Prisma.sql`f.text`;
}

/** Build ids whose title, primary error, error lines or coarse signature hold every term. */
function candidateIds(terms: string[], union: "UNION" | "UNION ALL"): Prisma.Sql {
  return Prisma.join(
    [
      Prisma.sql`SELECT id FROM "Build" WHERE ${allTermsIn(Prisma.sql`title`, terms)}`,
      Prisma.sql`SELECT id FROM "Build" WHERE ${allTermsIn(Prisma.sql`"primaryText"`, terms)}`,
      Prisma.sql`SELECT f."buildId" FROM "Finding" f WHERE ${allTermsIn(findingColumn(), terms)}`,
      Prisma.sql`SELECT id FROM "Build" WHERE "coarseSignatureId" IN
        (SELECT id FROM "Signature" WHERE level = 'coarse' AND ${allTermsIn(Prisma.sql`text`, terms)})`,
    ],
    ` ${union} `,
  );
}

/** The same test, row by row, for the walk down the date index that common terms use. */
function perRowMatch(terms: string[]): Prisma.Sql {
  return Prisma.sql`(${allTermsIn(Prisma.sql`b.title`, terms)}
    OR ${allTermsIn(Prisma.sql`COALESCE(b."primaryText", '')`, terms)}
    OR EXISTS (SELECT 1 FROM "Finding" f WHERE f."buildId" = b.id AND ${allTermsIn(findingColumn(), terms)})
    OR EXISTS (SELECT 1 FROM "Signature" s WHERE s.id = b."coarseSignatureId" AND ${allTermsIn(Prisma.sql`s.text`, terms)}))`;
}

export interface ResolvedSearch {
  condition: Prisma.Sql;
  /** false: too many hits to rank them all; the list is newest first and its total a lower bound. */
  rare: boolean;
}

/**
 * Picks the plan by counting hits up to RARE_TERM_LIMIT (a bounded probe: trigram
 * bitmap scans for a rare term, an early-stopping scan for a common one). Rare
 * terms become an id set the planner hashes once; common ones are tested row by
 * row while walking the newest builds, which stops as soon as a page is full.
 */
export async function resolveSearch(query: string): Promise<ResolvedSearch> {
  const terms = searchTerms(query);
  if (terms.length === 0) return { condition: Prisma.sql`TRUE`, rare: true };
  const [probe] = await db.$queryRaw<Array<{ hits: number }>>`
    SELECT count(*)::int AS hits FROM (${candidateIds(terms, "UNION ALL")} LIMIT ${RARE_TERM_LIMIT + 1}) c`;
  const rare = (probe?.hits ?? 0) <= RARE_TERM_LIMIT;
  const condition = rare ? Prisma.sql`b.id IN (${candidateIds(terms, "UNION")})` : perRowMatch(terms);
  return { condition, rare };
}

/** A synchronous condition for callers that cannot probe first (always correct, not always fast). */
export function searchCondition(query: string): Prisma.Sql {
  const terms = searchTerms(query);
  return terms.length === 0 ? Prisma.sql`TRUE` : perRowMatch(terms);
}

/** ts_rank of the title and primary error for the whole query: relevance among the hits. */
export function searchRank(query: string): Prisma.Sql {
  return Prisma.sql`ts_rank(to_tsvector('simple', b.title || ' ' || COALESCE(b."primaryText", '')),
    plainto_tsquery('simple', ${query}))`;
}

/** For one page of hits: the first error line holding every term (else null: the title matched). */
export async function matchingLines(
  buildIds: number[],
  query: string,
): Promise<Map<number, { text: string; lineNumber: number | null }>> {
  const terms = searchTerms(query);
  const lines = new Map<number, { text: string; lineNumber: number | null }>();
  if (buildIds.length === 0 || terms.length === 0) return lines;
  const rows = await db.$queryRaw<Array<{ buildId: number; text: string; lineNumber: number | null }>>`
    SELECT DISTINCT ON (f."buildId") f."buildId", f.text, f."lineNumber"
    FROM "Finding" f
    WHERE f."buildId" IN (${Prisma.join(buildIds)}) AND ${allTermsIn(findingColumn(), terms)}
    ORDER BY f."buildId", f."isPrimary" DESC, f."lineNumber" NULLS LAST`;
  for (const row of rows) lines.set(row.buildId, { text: row.text, lineNumber: row.lineNumber });
  return lines;
}
