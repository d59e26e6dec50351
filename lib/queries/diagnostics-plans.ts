// How the diagnostics search counts (docs/diagnostics.md, "Counting"): one SQL
// source of (diagnostic, builds, packages, occurrences) groups per strategy,
// chosen by searchDiagnostics from what the search names and cheap probes.
//
// - counters: no build filter and no phase. Diagnostic's counters (kept by
//   triggers on DiagnosticBuild) are the exact answer; no group is computed.
// - rollup, from the diagnostics: the matching diagnostics' DiagnosticBuild
//   rows, filtered on the build columns copied there (or through Build when
//   a filter needs other columns). Its cost is the sum of their buildCount,
//   known exactly before the search.
// - rollup, from the builds: the matching builds' DiagnosticBuild rows. Its
//   cost is the planner's estimate of the matching builds times the rows per
//   build.
// - window: both are over EXACT_ROWS: the newest WINDOW_BUILDS matching builds.
// - occurrences: a phase filter (the rollup does not keep phases), as before
//   the rollup: exact under EXACT_OCCURRENCES occurrences, else the window.
import { Prisma } from "../db";
import {
  type DiagnosticFilters,
  diagnosticWhere,
  narrowsDiagnostics,
  occurrenceWhere,
} from "./diagnostics-filters";

/** Rollup rows an exact count may read (~100 ms at 2M rows/s, with the grouping). */
export const EXACT_ROWS = 200_000;
export const EXACT_OCCURRENCES = 200_000;
export const WINDOW_BUILDS = 1_000;

type Tx = Prisma.TransactionClient;

/** The build filters whose conditions name only columns DiagnosticBuild copies from Build. */
const ROLLUP_FILTERS = new Set([
  "status",
  "tinderbox",
  "toolchain",
  "category",
  "package",
  "maintainer",
  "mine",
  "from",
  "to",
]);
const NOT_BUILD_FILTERS = new Set(["q", "flag", "kind", "phase", "page", "pageSize"]);

/** The build filters the search sets (status "all" is no filter). */
export function activeBuildFilters(filters: DiagnosticFilters): string[] {
  return Object.entries(filters)
    .filter(([key, value]) => !NOT_BUILD_FILTERS.has(key) && value !== undefined && value !== "")
    .filter(([key, value]) => !(key === "status" && value === "all"))
    .map(([key]) => key);
}

const matchingDiagnostics = (filters: DiagnosticFilters) =>
  Prisma.sql`SELECT d.id FROM "Diagnostic" d WHERE ${diagnosticWhere(filters)}`;

/**
 * The diagnostics a search names: their ids (for the window) and their rollup rows (sum of
 * buildCount and of their rows still pending for it, counts.ts).
 */
export interface NamedDiagnostics {
  ids: number[];
  rollupRows: number;
}

/**
 * Both in one scan of the matching Diagnostic rows (null: the search names none): a common flag
 * matches 28,000 rows, and scanning them twice, once per figure, cost 30-60 ms of a search.
 */
export async function namedDiagnostics(
  tx: Pick<Tx, "$queryRaw">,
  filters: DiagnosticFilters,
): Promise<NamedDiagnostics | null> {
  if (!narrowsDiagnostics(filters)) return null;
  const [row] = await tx.$queryRaw<Array<{ ids: string | null; rows: number }>>`
    SELECT array_to_string(array_agg(d.id), ',') AS ids,
           COALESCE(sum(d."buildCount" + COALESCE(p.n, 0)), 0)::float8 AS rows
    FROM "Diagnostic" d
    LEFT JOIN (SELECT "diagnosticId" AS did, count(*) AS n FROM "DiagnosticPending" GROUP BY 1) p ON p.did = d.id
    WHERE ${diagnosticWhere(filters)}`;
  return { ids: row?.ids ? row.ids.split(",").map(Number) : [], rollupRows: row?.rows ?? 0 };
}

/**
 * Ids as one text parameter cast to int[]: Prisma passes an array parameter (and reads an array
 * column) element by element, 50-100 ms each way for a common flag's 28,000 ids, where a string
 * costs a few. The cast of a bound value is folded into a constant, which PostgreSQL still hashes.
 * Callers wrap `= ANY` in COALESCE(…, false), the same test for a non-null id: the planner then
 * takes a default selectivity instead of estimating each element against the column's
 * statistics (55 ms of planning per copy for 28,000 ids; the plan is the same).
 */
function intArray(ids: readonly number[]): Prisma.Sql {
  return Prisma.sql`${`{${ids.join(",")}}`}::int[]`;
}

/**
 * The exact source, or null when both would read more than EXACT_ROWS rows. The diagnostics'
 * side is known exactly (the sum of their buildCount); the builds' side is counted up to what
 * the budget allows, since the planner's estimate of a package's builds is an average
 * (50 at 1M builds) while a popular package has 6,000.
 */
export async function exactRollupPlan(
  tx: Tx,
  named: NamedDiagnostics | null,
  buildWhere: Prisma.Sql,
): Promise<"diagnostics" | "builds" | null> {
  const [sizes] = await tx.$queryRaw<Array<{ rollup: number; builds: number }>>`
    SELECT (SELECT reltuples FROM pg_class WHERE oid = '"DiagnosticBuild"'::regclass)::float8 AS rollup,
           (SELECT reltuples FROM pg_class WHERE oid = '"Build"'::regclass)::float8 AS builds`;
  if ((named ? named.rollupRows : sizes.rollup) <= EXACT_ROWS) return "diagnostics";
  const perBuild = sizes.builds > 0 ? Math.max(sizes.rollup, 1) / sizes.builds : 1;
  const cap = Math.ceil(EXACT_ROWS / perBuild);
  const [counted] = await tx.$queryRaw<Array<{ n: number }>>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM "Build" b WHERE ${buildWhere} LIMIT ${cap + 1}) m`;
  return (counted?.n ?? cap + 1) <= cap ? "builds" : null;
}

/** Exact groups from DiagnosticBuild, driven from the diagnostics or from the builds. */
export function rollupSql(
  filters: DiagnosticFilters,
  buildWhere: Prisma.Sql,
  driver: "diagnostics" | "builds",
): Prisma.Sql {
  const diagnostics = narrowsDiagnostics(filters)
    ? Prisma.sql`b."diagnosticId" IN (${matchingDiagnostics(filters)})`
    : Prisma.sql`TRUE`;
  const pairs = Prisma.sql`b."diagnosticId" AS did, b."packageId" AS pid, count(*)::int AS builds,
    sum(b.occurrences)::int AS occurrences`;
  if (driver === "builds")
    return perDiagnostic(Prisma.sql`SELECT ${pairs} FROM "DiagnosticBuild" b
      WHERE b."buildId" IN (SELECT b.id FROM "Build" b WHERE ${buildWhere}) AND ${diagnostics} GROUP BY 1, 2`);
  // The rollup carries status, packageId, tinderboxId and finishedAt under Build's names, so the
  // failure list's own condition applies to it as is; other filters go through Build.
  const onBuilds = activeBuildFilters(filters).every((key) => ROLLUP_FILTERS.has(key))
    ? buildWhere
    : Prisma.sql`b."buildId" IN (SELECT b.id FROM "Build" b WHERE ${buildWhere})`;
  return perDiagnostic(
    Prisma.sql`SELECT ${pairs} FROM "DiagnosticBuild" b WHERE ${diagnostics} AND ${onBuilds} GROUP BY 1, 2`,
  );
}

/**
 * Groups per (diagnostic, package) first, then per diagnostic: two hash aggregates instead of
 * the sort that `count(DISTINCT packageId)` needs in every group (60 of 280 ms for a window).
 */
function perDiagnostic(pairs: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT did, sum(builds)::int AS builds, count(*)::int AS packages,
      sum(occurrences)::int AS occurrences FROM (${pairs}) pairs GROUP BY did`;
}

/** The ids of the diagnostics the search names, for the window (null: it names none). */
export async function matchingDiagnosticIds(
  tx: Pick<Tx, "$queryRaw">,
  filters: DiagnosticFilters,
): Promise<number[] | null> {
  return (await namedDiagnostics(tx, filters))?.ids ?? null;
}

/**
 * Groups over the newest WINDOW_BUILDS matching builds (Build's primary key, walked backwards).
 * The diagnostics come as a constant array, which PostgreSQL tests through a hash, and the
 * per-build test is a scalar subquery, which the planner cannot turn into a hash join over every
 * rollup row of those diagnostics (10 s at 45M rows for one flag).
 */
export function windowSql(
  buildWhere: Prisma.Sql,
  diagnosticIds: number[] | null,
  builds: number = WINDOW_BUILDS,
): Prisma.Sql {
  const diagnostics = diagnosticIds
    ? Prisma.sql`COALESCE(r."diagnosticId" = ANY(${intArray(diagnosticIds)}), false)`
    : Prisma.sql`TRUE`;
  // Without q/flag/kind the window is the newest matching builds, whether or not they printed
  // anything: testing each for a rollup row first cost 0.1 ms a build (20,000 builds for one tinderbox).
  // With them, the builds are filtered first (OFFSET 0 keeps the test out of that subquery): as one
  // WHERE, the planner ran the test before a maintainer's or a package's semi-join, testing 20,000
  // builds to keep the 1,000 of python's, or walked 160,000 builds newest-first for one package.
  const newest = diagnosticIds
    ? Prisma.sql`SELECT m.id FROM (SELECT b.id FROM "Build" b WHERE ${buildWhere} ORDER BY b.id DESC OFFSET 0) m
        WHERE (SELECT true FROM "DiagnosticBuild" r WHERE r."buildId" = m.id AND ${diagnostics} LIMIT 1)
        ORDER BY m.id DESC LIMIT ${builds}`
    : Prisma.sql`SELECT b.id FROM "Build" b WHERE ${buildWhere} ORDER BY b.id DESC LIMIT ${builds}`;
  return perDiagnostic(Prisma.sql`SELECT r."diagnosticId" AS did, r."packageId" AS pid, count(*)::int AS builds,
      sum(r.occurrences)::int AS occurrences
    FROM (${newest}) w
    JOIN "DiagnosticBuild" r ON r."buildId" = w.id WHERE ${diagnostics} GROUP BY 1, 2`);
}

/**
 * With a phase: one row per (diagnostic, build) grouped on the (diagnosticId, buildId) index
 * first, so Build is joined once per pair, not per line; exact or over the window.
 */
export function occurrencesSql(
  filters: DiagnosticFilters,
  buildWhere: Prisma.Sql,
  window: { diagnosticIds: number[] | null } | null,
): Prisma.Sql {
  const pairs = window
    ? windowedPairs(filters, buildWhere, window.diagnosticIds)
    : Prisma.sql`SELECT p.did, p.bid, b."packageId" AS pid, p.n FROM (
          SELECT o."diagnosticId" AS did, o."buildId" AS bid, count(*)::int AS n FROM "DiagnosticOccurrence" o
          WHERE ${narrowsDiagnostics(filters) ? Prisma.sql`o."diagnosticId" IN (${matchingDiagnostics(filters)})` : Prisma.sql`TRUE`}
            AND ${occurrenceWhere(filters)} GROUP BY 1, 2) p
        JOIN "Build" b ON b.id = p.bid WHERE ${buildWhere}`;
  return Prisma.sql`SELECT did, count(*)::int AS builds, count(DISTINCT pid)::int AS packages,
      sum(n)::int AS occurrences FROM (${pairs}) pairs GROUP BY did`;
}

// As windowSql: a constant array and a per-build scalar subquery, walking the newest builds.
function windowedPairs(
  filters: DiagnosticFilters,
  buildWhere: Prisma.Sql,
  diagnosticIds: number[] | null,
): Prisma.Sql {
  const diagnostics = diagnosticIds
    ? Prisma.sql`COALESCE(o."diagnosticId" = ANY(${intArray(diagnosticIds)}), false)`
    : Prisma.sql`TRUE`;
  return Prisma.sql`SELECT o."diagnosticId" AS did, o."buildId" AS bid, b."packageId" AS pid, count(*)::int AS n
    FROM (SELECT b.id, b."packageId" FROM "Build" b WHERE ${buildWhere}
            AND (SELECT true FROM "DiagnosticOccurrence" o WHERE o."buildId" = b.id AND ${diagnostics}
                 AND ${occurrenceWhere(filters)} LIMIT 1)
          ORDER BY b.id DESC LIMIT ${WINDOW_BUILDS}) b
    JOIN "DiagnosticOccurrence" o ON o."buildId" = b.id
    WHERE ${diagnostics} AND ${occurrenceWhere(filters)} GROUP BY 1, 2, 3`;
}

// The planner's estimate, not a count: counting 200,000 index entries took most of the budget
// (580 ms at 7.5M occurrences), and the choice of strategy needs only the order of magnitude.
export async function estimatedOccurrences(tx: Tx, filters: DiagnosticFilters): Promise<number> {
  const diagnostics = narrowsDiagnostics(filters)
    ? Prisma.sql`o."diagnosticId" IN (${matchingDiagnostics(filters)})`
    : Prisma.sql`TRUE`;
  return estimatedRows(tx, Prisma.sql`SELECT 1 FROM "DiagnosticOccurrence" o WHERE ${diagnostics}`);
}

async function estimatedRows(tx: Tx, query: Prisma.Sql): Promise<number> {
  const [row] = await tx.$queryRaw<Array<{ "QUERY PLAN": Array<{ Plan: { "Plan Rows": number } }> }>>`
    EXPLAIN (FORMAT JSON) ${query}`;
  return row?.["QUERY PLAN"]?.[0]?.Plan["Plan Rows"] ?? Number.POSITIVE_INFINITY;
}
