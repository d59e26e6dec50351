// The diagnostics search (issue 16): distinct diagnostics matching a substring,
// a -W flag, a kind and the failure list's build filters, grouped with counts
// of builds and packages. Shared by /diagnostics, GET /api/v1/diagnostics, the
// Atom feed, and (through diagnosticBuildIds) trackers and grep jobs.
//
// Bounded cost: when the matching diagnostics have at most EXACT_OCCURRENCES
// occurrences in all, they are counted exactly through (diagnosticId, buildId);
// otherwise the counts cover the last WINDOW_BUILDS matching builds stored (highest
// ids: the primary key walks them newest first without a sort) and the
// answer says so (`window`). Either runs under STATEMENT_BUDGET_MS.
import { db, Prisma } from "../db";
import type { DiagnosticKind } from "../diagnostics/types";
import { isStatementTimeout } from "../sql/errors";
import {
  type DiagnosticFilters,
  type DiagnosticQuery,
  diagnosticBuildWhere,
  diagnosticsBuildCondition,
  diagnosticWhere,
  narrowsDiagnostics,
  occurrenceWhere,
} from "./diagnostics-filters";
import type { ListEnvelope } from "./list-envelope";

export const EXACT_OCCURRENCES = 200_000;
export const WINDOW_BUILDS = 1_000;
export const STATEMENT_BUDGET_MS = 3_000;

export interface DiagnosticRow {
  id: number;
  kind: DiagnosticKind;
  flag: string;
  text: string;
  example: string;
  builds: number;
  packages: number;
  occurrences: number;
  /** The builds of this diagnostic under the same filters: the page, and the JSON API. */
  buildsUrl: string;
  buildsApiUrl: string;
}

export interface DiagnosticList extends ListEnvelope<DiagnosticRow> {
  /** Set when the counts cover only the newest `window` matching builds, not all of them. */
  window: number | null;
}

/** The search timed out or was refused: an expected failure, shown as a value. */
export class DiagnosticSearchTooBroad extends Error {}

type RawRow = Omit<DiagnosticRow, "buildsUrl" | "buildsApiUrl"> & { total: number };

export interface SearchContext {
  /** The signed-in user's e-mails, for `mine=1`. */
  myEmails?: readonly string[];
}

/** Runs `work` in a transaction with a statement timeout; a timeout becomes DiagnosticSearchTooBroad. */
export async function withBudget<T>(work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  try {
    return await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = ${STATEMENT_BUDGET_MS}`);
      return work(tx);
    });
  } catch (error) {
    if (isStatementTimeout(error))
      throw new DiagnosticSearchTooBroad(
        "the search took too long: narrow it with a flag, a kind or a filter",
      );
    throw error;
  }
}

// The planner's estimate, not a count: counting 200,000 index entries took most of the budget
// (580 ms at 7.5M occurrences), and the choice of strategy needs only the order of magnitude.
async function estimatedOccurrences(
  tx: Prisma.TransactionClient,
  filters: DiagnosticFilters,
): Promise<number> {
  const [row] = await tx.$queryRaw<Array<{ "QUERY PLAN": Array<{ Plan: { "Plan Rows": number } }> }>>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM "DiagnosticOccurrence" o
      WHERE o."diagnosticId" IN (SELECT d.id FROM "Diagnostic" d WHERE ${diagnosticWhere(filters)})`;
  return row?.["QUERY PLAN"]?.[0]?.Plan["Plan Rows"] ?? Number.POSITIVE_INFINITY;
}

/**
 * One row per (diagnostic, build) with the build's package and the occurrences in it:
 * grouped on the (diagnosticId, buildId) index first, so Build is joined once per pair, not per line.
 */
function hitsSql(filters: DiagnosticFilters, buildWhere: Prisma.Sql, windowed: boolean): Prisma.Sql {
  const diagnostics = narrowsDiagnostics(filters)
    ? Prisma.sql`o."diagnosticId" IN (SELECT d.id FROM "Diagnostic" d WHERE ${diagnosticWhere(filters)})`
    : Prisma.sql`TRUE`;
  if (!windowed)
    return Prisma.sql`SELECT p.did, p.bid, b."packageId" AS pid, p.n FROM (
        SELECT o."diagnosticId" AS did, o."buildId" AS bid, count(*)::int AS n FROM "DiagnosticOccurrence" o
        WHERE ${diagnostics} AND ${occurrenceWhere(filters)} GROUP BY 1, 2) p
      JOIN "Build" b ON b.id = p.bid WHERE ${buildWhere}`;
  return Prisma.sql`SELECT o."diagnosticId" AS did, o."buildId" AS bid, b."packageId" AS pid, count(*)::int AS n
    FROM (SELECT b.id, b."packageId" FROM "Build" b WHERE ${buildWhere} AND ${diagnosticsBuildCondition(filters)}
          ORDER BY b.id DESC LIMIT ${WINDOW_BUILDS}) b
    JOIN "DiagnosticOccurrence" o ON o."buildId" = b.id
    WHERE ${diagnostics} AND ${occurrenceWhere(filters)} GROUP BY 1, 2, 3`;
}

export async function searchDiagnostics(
  query: DiagnosticQuery,
  context: SearchContext = {},
): Promise<DiagnosticList> {
  const buildWhere = diagnosticBuildWhere(query, context.myEmails);
  return withBudget(async (tx) => {
    const windowed =
      !narrowsDiagnostics(query) || (await estimatedOccurrences(tx, query)) > EXACT_OCCURRENCES;
    const raws = await tx.$queryRaw<RawRow[]>`
      WITH hits AS (${hitsSql(query, buildWhere, windowed)}),
      grouped AS (SELECT did, count(*)::int AS builds, count(DISTINCT pid)::int AS packages,
                         sum(n)::int AS occurrences FROM hits GROUP BY did)
      SELECT d.id, d.kind::text AS kind, d.flag, d.text, d.example, g.builds, g.packages, g.occurrences,
             (count(*) OVER ())::int AS total
      FROM grouped g JOIN "Diagnostic" d ON d.id = g.did
      ORDER BY g.builds DESC, g.packages DESC, d.id DESC
      LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`;
    return {
      rows: raws.map(({ total: _total, ...row }) => ({ ...row, ...buildsUrls(row.id, query) })),
      total: raws[0]?.total ?? (query.page > 1 ? await countGroups(tx, query, buildWhere, windowed) : 0),
      page: query.page,
      pageSize: query.pageSize,
      window: windowed ? WINDOW_BUILDS : null,
    };
  });
}

// A page past the end has no row to carry the total: count it apart.
async function countGroups(
  tx: Prisma.TransactionClient,
  filters: DiagnosticFilters,
  buildWhere: Prisma.Sql,
  windowed: boolean,
): Promise<number> {
  const [row] = await tx.$queryRaw<Array<{ n: number }>>`
    SELECT count(DISTINCT did)::int AS n FROM (${hitsSql(filters, buildWhere, windowed)}) hits`;
  return row?.n ?? 0;
}

/** The query string of a search, without paging, as the page and the API write it into links. */
export function diagnosticParams(filters: Partial<DiagnosticFilters>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (key === "page" || key === "pageSize" || value === undefined || value === "") continue;
    if (key === "status" && value === "all") continue;
    params.set(key, String(value));
  }
  return params;
}

function buildsUrls(id: number, filters: DiagnosticFilters) {
  const { q: _q, flag: _flag, kind: _kind, ...buildFilters } = filters;
  const search = diagnosticParams(buildFilters).toString();
  const query = search ? `?${search}` : "";
  return {
    buildsUrl: `/diagnostics/${id}${query}`,
    buildsApiUrl: `/api/v1/diagnostics/${id}/builds${query}`,
  };
}

/**
 * Ids of builds that printed a matching diagnostic, newest first, at most `limit`
 * (for trackers and grep jobs: "a tracker's rule can be a diagnostics query").
 */
export async function diagnosticBuildIds(
  filters: DiagnosticFilters,
  limit: number,
  context: SearchContext = {},
): Promise<number[]> {
  const where = diagnosticBuildWhere(filters, context.myEmails);
  return withBudget(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ id: number }>>`
      SELECT b.id FROM "Build" b WHERE ${where} AND ${diagnosticsBuildCondition(filters)}
      ORDER BY b."finishedAt" DESC NULLS LAST, b.id DESC LIMIT ${limit}`;
    return rows.map((row) => row.id);
  });
}
