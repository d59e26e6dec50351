// The failure search: every word (or "quoted phrase") must occur, as a
// substring, in one of a build's title, primary error, error lines or coarse
// signature. Substring, not stemmed words, because what people paste are
// identifiers and paths (`implicit declaration of function 'foo'`,
// `/usr/include/bits/foo.h`); the GIN trigram indexes serve every ILIKE here.
// PostgreSQL full text (ts_rank over the title and error) only ranks the hits.
import { Prisma, readDb } from "../db";
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
function candidateIds(terms: string[]): Prisma.Sql {
  return Prisma.join(
    [
      Prisma.sql`SELECT id FROM "Build" WHERE ${allTermsIn(Prisma.sql`title`, terms)}`,
      Prisma.sql`SELECT id FROM "Build" WHERE ${allTermsIn(Prisma.sql`"primaryText"`, terms)}`,
      Prisma.sql`SELECT f."buildId" FROM "Finding" f WHERE ${allTermsIn(findingColumn(), terms)}`,
      Prisma.sql`SELECT id FROM "Build" WHERE "coarseSignatureId" IN
        (SELECT id FROM "Signature" WHERE level = 'coarse' AND ${allTermsIn(Prisma.sql`text`, terms)})`,
    ],
    " UNION ",
  );
}

/**
 * The same test, row by row, for the walk down the date index that common terms use.
 * Cheapest first (the build's own columns, then its one coarse signature, then its
 * findings); `OFFSET 0` keeps each EXISTS a per-row index probe: without it the planner
 * may hash the whole subquery, i.e. run the trigram bitmap scan over every Finding first.
 */
function perRowMatch(terms: string[]): Prisma.Sql {
  return Prisma.sql`(${allTermsIn(Prisma.sql`b.title`, terms)}
    OR ${allTermsIn(Prisma.sql`COALESCE(b."primaryText", '')`, terms)}
    OR EXISTS (SELECT 1 FROM "Signature" s WHERE s.id = b."coarseSignatureId" AND ${allTermsIn(Prisma.sql`s.text`, terms)} OFFSET 0)
    OR EXISTS (SELECT 1 FROM "Finding" f WHERE f."buildId" = b.id AND ${allTermsIn(findingColumn(), terms)} OFFSET 0))`;
}

export interface ResolvedSearch {
  condition: Prisma.Sql;
  /** false: too many hits to rank them all; the list is newest first and its total a lower bound. */
  rare: boolean;
}

/** How many of the newest failures the density check reads (title and primary error only). */
export const DENSITY_SAMPLE = 1_000;
/** Hits among them that make a term common without probing: a first page is then that close. */
export const DENSE_HITS = 25;

/**
 * Common terms first: a term whose title or primary error shows up DENSE_HITS times
 * among the newest DENSITY_SAMPLE failures is walked row by row (the walk fills a page
 * within a few hundred rows) and skips the trigram probe, whose bitmap scans cost
 * seconds for a frequent term. Every other term is probed: the trigram indexes collect
 * up to RARE_TERM_LIMIT + 1 matching build ids; at most RARE_TERM_LIMIT of them become
 * the condition as an id array (the bitmap scans run once, not again for the page and
 * the count) and the hits are ranked; more than that are walked newest first.
 */
export async function resolveSearch(query: string): Promise<ResolvedSearch> {
  const terms = searchTerms(query);
  if (terms.length === 0) return { condition: Prisma.sql`TRUE`, rare: true };
  const [density] = await readDb.$queryRaw<Array<{ hits: number }>>`
    SELECT count(*)::int AS hits FROM (
      SELECT b.title, b."primaryText" FROM "Build" b WHERE b.status = 'failed'
      ORDER BY b."finishedAt" DESC NULLS LAST, b.id DESC LIMIT ${DENSITY_SAMPLE}) b
    WHERE ${allTermsIn(Prisma.sql`b.title`, terms)} OR ${allTermsIn(Prisma.sql`COALESCE(b."primaryText", '')`, terms)}`;
  if ((density?.hits ?? 0) >= DENSE_HITS) return { condition: perRowMatch(terms), rare: false };
  const rows = await readDb.$queryRaw<Array<{ id: number }>>`
    SELECT id FROM (${candidateIds(terms)}) c LIMIT ${RARE_TERM_LIMIT + 1}`;
  if (rows.length > RARE_TERM_LIMIT) return { condition: perRowMatch(terms), rare: false };
  const ids = rows.map((row) => row.id);
  return {
    condition: ids.length === 0 ? Prisma.sql`FALSE` : Prisma.sql`b.id = ANY(${ids}::int[])`,
    rare: true,
  };
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
  // The page's findings first (MATERIALIZED): else the planner ANDs in the trigram bitmap
  // of Finding.text, which for a frequent term reads hundreds of thousands of entries.
  const rows = await readDb.$queryRaw<Array<{ buildId: number; text: string; lineNumber: number | null }>>`
    WITH f AS MATERIALIZED (
      SELECT "buildId", text, "lineNumber", "isPrimary" FROM "Finding" WHERE "buildId" IN (${Prisma.join(buildIds)}))
    SELECT DISTINCT ON (f."buildId") f."buildId", f.text, f."lineNumber"
    FROM f
    WHERE ${allTermsIn(findingColumn(), terms)}
    ORDER BY f."buildId", f."isPrimary" DESC, f."lineNumber" NULLS LAST`;
  for (const row of rows) lines.set(row.buildId, { text: row.text, lineNumber: row.lineNumber });
  return lines;
}
