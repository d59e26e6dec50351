// The diagnostics search (issue 16): distinct diagnostics matching a substring,
// a -W flag, a kind and the failure list's build filters, grouped with counts
// of builds and packages. Shared by /diagnostics, GET /api/v1/diagnostics, the
// Atom feed, and (through diagnosticBuildIds) trackers and grep jobs.
//
// Bounded cost (diagnostics-plans.ts): without build filters the counts are
// Diagnostic's own counters, exact; with them, the DiagnosticBuild rollup is
// counted exactly from the diagnostics or from the builds, whichever reads
// fewer rows, when that is at most EXACT_ROWS; otherwise the counts cover the
// last WINDOW_BUILDS matching builds stored and the answer says so (`window`).
// Either runs under STATEMENT_BUDGET_MS.
import { db, Prisma } from "../db";
import { keepPendingSmall, PENDING_COUNTS } from "../diagnostics/counts";
import type { DiagnosticKind } from "../diagnostics/types";
import { isStatementTimeout } from "../sql/errors";
import {
  type DiagnosticFilters,
  type DiagnosticQuery,
  diagnosticBuildWhere,
  diagnosticsBuildCondition,
  diagnosticWhere,
  narrowsDiagnostics,
} from "./diagnostics-filters";
import {
  activeBuildFilters,
  EXACT_OCCURRENCES,
  EXACT_ROWS,
  estimatedOccurrences,
  exactRollupPlan,
  matchingDiagnosticIds,
  namedDiagnostics,
  occurrencesSql,
  rollupSql,
  WINDOW_BUILDS,
  windowSql,
} from "./diagnostics-plans";
import type { ListEnvelope } from "./list-envelope";

export { EXACT_OCCURRENCES, EXACT_ROWS, WINDOW_BUILDS };
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
      // JIT compiles for tens of ms before these index-bound queries run: never worth it here.
      await tx.$executeRawUnsafe(`SET LOCAL jit = off`);
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

/** The groups (`did, builds, packages, occurrences`) to rank, and whether they cover only the window. */
async function groupsOf(
  tx: Prisma.TransactionClient,
  query: DiagnosticQuery,
  buildWhere: Prisma.Sql,
): Promise<{ groups: Prisma.Sql; windowed: boolean }> {
  if (query.phase) {
    const windowed =
      !narrowsDiagnostics(query) || (await estimatedOccurrences(tx, query)) > EXACT_OCCURRENCES;
    const window = windowed ? { diagnosticIds: await matchingDiagnosticIds(tx, query) } : null;
    return { groups: occurrencesSql(query, buildWhere, window), windowed };
  }
  const named = await namedDiagnostics(tx, query);
  const driver = await exactRollupPlan(tx, named, buildWhere);
  if (!driver) return { groups: windowSql(buildWhere, named?.ids ?? null), windowed: true };
  return { groups: rollupSql(query, buildWhere, driver), windowed: false };
}

type Page = { rows: RawRow[]; total: number; windowed: boolean };

/**
 * No build filter and no phase: Diagnostic's counters plus what is still pending for them
 * (PENDING_COUNTS, a few seconds of ingest), exact, in one statement (one snapshot). A pending
 * share only raises a diagnostic's rank, so the page is among the first page-end rows of the
 * counters' index and the diagnostics with a pending share: those are ranked, nothing else.
 */
async function countersPage(tx: Prisma.TransactionClient, query: DiagnosticQuery): Promise<Page> {
  const matching = diagnosticWhere(query);
  const end = query.page * query.pageSize;
  const rows = await tx.$queryRaw<RawRow[]>`
    WITH pending AS (${Prisma.raw(PENDING_COUNTS)}),
    candidates AS (
      (SELECT d.id FROM "Diagnostic" d WHERE d."buildCount" > 0 AND ${matching}
       ORDER BY d."buildCount" DESC, d."packageCount" DESC, d.id DESC LIMIT ${end})
      UNION
      SELECT d.id FROM "Diagnostic" d JOIN pending n ON n.did = d.id WHERE ${matching}),
    ranked AS (
      SELECT d.id, d.kind::text AS kind, d.flag, d.text, d.example,
             d."buildCount" + COALESCE(n.builds, 0) AS builds, d."packageCount" + COALESCE(n.packages, 0) AS packages,
             d."occurrenceCount" + COALESCE(n.occurrences, 0) AS occurrences, 0 AS total
      FROM candidates c JOIN "Diagnostic" d ON d.id = c.id LEFT JOIN pending n ON n.did = d.id)
    SELECT * FROM ranked ORDER BY builds DESC, packages DESC, id DESC
    LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`;
  const [counted] = await tx.$queryRaw<Array<{ n: number }>>`
    SELECT ((SELECT count(*) FROM "Diagnostic" d WHERE d."buildCount" > 0 AND ${matching})
          + (SELECT count(*) FROM "Diagnostic" d
             WHERE d."buildCount" = 0 AND ${matching}
               AND d.id IN (SELECT DISTINCT "diagnosticId" FROM "DiagnosticPending")))::int AS n`;
  return { rows, total: counted?.n ?? 0, windowed: false };
}

async function groupedPage(
  tx: Prisma.TransactionClient,
  query: DiagnosticQuery,
  buildWhere: Prisma.Sql,
): Promise<Page> {
  const { groups, windowed } = await groupsOf(tx, query, buildWhere);
  // Ranked and cut before Diagnostic is joined: a window has ~23,000 groups, the page 50.
  const rows = await tx.$queryRaw<RawRow[]>`
    WITH page AS (
      SELECT g.*, (count(*) OVER ())::int AS total FROM (${groups}) g
      ORDER BY g.builds DESC, g.packages DESC, g.did DESC
      LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize})
    SELECT d.id, d.kind::text AS kind, d.flag, d.text, d.example, p.builds, p.packages, p.occurrences, p.total
    FROM page p JOIN "Diagnostic" d ON d.id = p.did
    ORDER BY p.builds DESC, p.packages DESC, p.did DESC`;
  // A page past the end has no row to carry the total: count it apart.
  const total = rows[0]?.total ?? (query.page > 1 ? await countGroups(tx, groups) : 0);
  return { rows, total, windowed };
}

export async function searchDiagnostics(
  query: DiagnosticQuery,
  context: SearchContext = {},
): Promise<DiagnosticList> {
  const buildWhere = diagnosticBuildWhere(query, context.myEmails);
  const unfiltered = !query.phase && activeBuildFilters(query).length === 0;
  if (unfiltered) await keepPendingSmall();
  return withBudget(async (tx) => {
    const page = unfiltered ? await countersPage(tx, query) : await groupedPage(tx, query, buildWhere);
    return {
      rows: page.rows.map(({ total: _total, ...row }) => ({ ...row, ...buildsUrls(row.id, query) })),
      total: page.total,
      page: query.page,
      pageSize: query.pageSize,
      window: page.windowed ? WINDOW_BUILDS : null,
    };
  });
}

async function countGroups(tx: Prisma.TransactionClient, groups: Prisma.Sql): Promise<number> {
  const [row] = await tx.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM (${groups}) g`;
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
