// The failure list's read side, shared by /failures, the category, package and
// signature pages, GET /api/v1/failures and the Atom feed.
import type { SessionUser } from "../auth/session";
import { Prisma, readDb } from "../db";
import { isStatementTimeout } from "../sql/errors";
import {
  type FailureListQuery,
  type FailureSort,
  failureListQuerySchema,
  failureWhere,
  type ResolvedFilters,
} from "./failure-filters";
import type { ListEnvelope } from "./list-envelope";
import { matchingLines, resolveSearch, searchRank } from "./search";

export { type FailureListQuery, failureListQuerySchema };

/**
 * Counting every match of a broad filter would read most of Build on each
 * request, so counts stop here (or at a time budget, below): `totalExact` is then false and the UI says "about".
 */
export const COUNT_CAP = 10_000;

export interface FailureRow {
  id: number;
  atom: string;
  category: string;
  packageName: string;
  status: "failed" | "succeeded";
  phase: string | null;
  kind: string;
  title: string;
  primaryText: string | null;
  tinderbox: string;
  profile: string;
  finishedAt: string | null;
  createdAt: string;
  triageState: string;
  bugNumber: number | null;
  bugUrl: string | null;
  /** The newest linked bug's Bugzilla status and resolution, from the last sync (lib/bugzilla/sync-status.ts). */
  bugStatus: string | null;
  bugResolution: string | null;
  coarseSignatureId: number | null;
  /** Set when the tinderbox failed, not the package (disk-full, oom, ...). */
  infraReason: string | null;
  /** What the error says is missing, e.g. pkg-config `libpcre`. */
  cause: { id: number; type: string; name: string } | null;
  /** Other packages whose builds share the coarse signature. */
  otherPackages: number;
  /** The error line that matched the search, when the title alone did not. */
  matchText: string | null;
  matchLineNumber: number | null;
}

export interface FailureList extends ListEnvelope<FailureRow> {
  totalExact: boolean;
  /** false when a common search term is listed newest first instead of by relevance. */
  ranked: boolean;
}

/** A row as SQL returns it: dates as Date, the package count before "others" is derived. */
type RawFailureRow = Omit<
  FailureRow,
  "finishedAt" | "createdAt" | "otherPackages" | "matchText" | "matchLineNumber" | "cause"
> & {
  causeId: number | null;
  causeType: string | null;
  causeName: string | null;
  finishedAt: Date | null;
  createdAt: Date;
  packageCount: number | null;
};

/** Who asks: "my packages" needs the signed-in user's e-mail. */
export interface ListContext {
  user: SessionUser | null;
}

export async function resolveFilters(
  query: FailureListQuery,
  context: ListContext,
): Promise<ResolvedFilters> {
  // Project membership is not recorded yet, so "mine" means packages that name the user directly.
  const myEmails = context.user ? [context.user.email.toLowerCase()] : [];
  const search = query.q ? await resolveSearch(query.q) : undefined;
  return { ...query, myEmails, search };
}

function orderBy(query: FailureListQuery, rankable: boolean): Prisma.Sql {
  const sort: FailureSort = query.sort ?? (query.q && rankable ? "relevance" : "when");
  const dir = Prisma.raw(query.dir === "asc" ? "ASC" : "DESC");
  const newest = Prisma.sql`b."finishedAt" DESC NULLS LAST, b.id DESC`;
  const columns: Record<FailureSort, Prisma.Sql> = {
    when: Prisma.sql`b."finishedAt" ${dir} NULLS LAST, b.id ${dir}`,
    atom: Prisma.sql`b.atom ${dir}, ${newest}`,
    phase: Prisma.sql`b.phase ${dir}, ${newest}`,
    kind: Prisma.sql`b.kind::text ${dir}, ${newest}`,
    tinderbox: Prisma.sql`t.name ${dir}, ${newest}`,
    triage: Prisma.sql`b."triageState"::text ${dir}, ${newest}`,
    relevance: rankable && query.q ? Prisma.sql`${searchRank(query.q)} DESC, ${newest}` : newest,
  };
  return columns[sort];
}

async function fetchRows(filters: ResolvedFilters, query: FailureListQuery): Promise<RawFailureRow[]> {
  const where = failureWhere(filters);
  const order = orderBy(query, filters.search?.rare ?? true);
  // Page first (ids only, so OFFSET skips index entries, not joined rows), then join the page's rows.
  return readDb.$queryRaw<RawFailureRow[]>`
    WITH page AS (
      SELECT b.id, row_number() OVER () AS position FROM (
        SELECT b.id FROM "Build" b JOIN "Tinderbox" t ON t.id = b."tinderboxId"
        WHERE ${where} ORDER BY ${order}
        LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}) b)
    SELECT b.id, b.atom, p.category, p.name AS "packageName", b.status::text AS status, b.phase,
           b.kind::text AS kind, b.title, b."primaryText", t.name AS tinderbox, b.profile,
           b."finishedAt", b."createdAt", b."triageState"::text AS "triageState",
           bug."bugNumber", bug.url AS "bugUrl", bug.status AS "bugStatus", bug.resolution AS "bugResolution",
           b."coarseSignatureId", s."packageCount",
           b."infraReason", b."causeId", c.type AS "causeType", c.name AS "causeName"
    FROM page JOIN "Build" b ON b.id = page.id
    LEFT JOIN "Cause" c ON c.id = b."causeId"
    JOIN "Tinderbox" t ON t.id = b."tinderboxId"
    JOIN "Package" p ON p.id = b."packageId"
    LEFT JOIN "Signature" s ON s.id = b."coarseSignatureId"
    LEFT JOIN LATERAL (SELECT bl."bugNumber", bl.url, bz.status, bz.resolution FROM "BugLink" bl
                       LEFT JOIN "BugzillaBug" bz ON bz."bugNumber" = bl."bugNumber"
                       WHERE bl."buildId" = b.id ORDER BY bl."createdAt" DESC LIMIT 1) bug ON TRUE
    ORDER BY page.position`;
}

/** How long an exact count may take before the planner's estimate is shown instead. */
export const COUNT_BUDGET_MS = 60;

async function plannerEstimate(where: Prisma.Sql): Promise<number> {
  const [row] = await readDb.$queryRaw<Array<{ "QUERY PLAN": Array<{ Plan: { "Plan Rows": number } }> }>>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM "Build" b WHERE ${where}`;
  return Math.round(row?.["QUERY PLAN"]?.[0]?.Plan["Plan Rows"] ?? 0);
}

/**
 * Matches counted up to COUNT_CAP + 1 within COUNT_BUDGET_MS; a filter whose
 * matches are spread thin over a large table gets the planner's estimate instead.
 */
export async function boundedCount(where: Prisma.Sql): Promise<{ count: number; exact: boolean }> {
  try {
    const counted = await readDb.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = ${COUNT_BUDGET_MS}`);
      const [row] = await tx.$queryRaw<Array<{ n: number }>>`
        SELECT count(*)::int AS n FROM (SELECT 1 FROM "Build" b WHERE ${where} LIMIT ${COUNT_CAP + 1}) capped`;
      return row?.n ?? 0;
    });
    return { count: Math.min(counted, COUNT_CAP), exact: counted <= COUNT_CAP };
  } catch (error) {
    if (!isStatementTimeout(error)) throw error;
    return { count: await plannerEstimate(where), exact: false };
  }
}

/**
 * Above this many estimated matches the exact count is not tried: it could only end
 * in "more than COUNT_CAP" or the budget's timeout, so the list would pay up to
 * COUNT_BUDGET_MS for the same "about N (estimated)". The margin over COUNT_CAP
 * absorbs the planner's misestimates (a filter it overrates still gets counted).
 */
const ESTIMATE_ONLY_ABOVE = 5 * COUNT_CAP;

/** boundedCount, unless the planner is sure the count would be over the cap anyway. */
async function estimateFirstCount(where: Prisma.Sql): Promise<{ count: number; exact: boolean }> {
  const estimate = await plannerEstimate(where);
  if (estimate > ESTIMATE_ONLY_ABOVE) return { count: estimate, exact: false };
  return boundedCount(where);
}

function toRow(
  raw: RawFailureRow,
  match: { text: string; lineNumber: number | null } | undefined,
): FailureRow {
  const { packageCount, finishedAt, createdAt, causeId, causeType, causeName, ...rest } = raw;
  return {
    ...rest,
    cause: causeId === null ? null : { id: causeId, type: causeType ?? "", name: causeName ?? "" },
    finishedAt: finishedAt?.toISOString() ?? null,
    createdAt: createdAt.toISOString(),
    otherPackages: Math.max(0, (packageCount ?? 1) - 1),
    matchText: match?.text ?? null,
    matchLineNumber: match?.lineNumber ?? null,
  };
}

export async function listFailures(
  query: FailureListQuery,
  context: ListContext = { user: null },
  /** Filters the caller already resolved (the list page shares them with the facets). */
  resolved?: ResolvedFilters,
): Promise<FailureList> {
  const filters = resolved ?? (await resolveFilters(query, context));
  const where = failureWhere(filters);
  // A common search term is tested row by row: counting 10,000 hits that way never fits the budget.
  const count =
    filters.search && !filters.search.rare
      ? plannerEstimate(where).then((estimate) => ({ count: estimate, exact: false }))
      : estimateFirstCount(where);
  const [raws, counted] = await Promise.all([fetchRows(filters, query), count]);
  const lines = query.q
    ? await matchingLines(
        raws.map((r) => r.id),
        query.q,
      )
    : new Map();
  return {
    rows: raws.map((raw) => toRow(raw, lines.get(raw.id))),
    total: counted.count,
    totalExact: counted.exact,
    ranked: Boolean(query.q) && (filters.search?.rare ?? false),
    page: query.page,
    pageSize: query.pageSize,
  };
}
