// Which builds a grep job searches: those the failure-list filters pick, as
// they stood when the job was created (builds uploaded later are left out, so
// a job taken over by another instance resumes over the same list), newest first.
import type { SessionUser } from "@/lib/auth/session";
import { db, Prisma } from "@/lib/db";
import {
  type FailureListQuery,
  failureListQuerySchema,
  failureWhere,
  filterParams,
  paramsRecord,
  type ResolvedFilters,
} from "@/lib/queries/failure-filters";
import { resolveFilters } from "@/lib/queries/failures";
import { isStatementTimeout } from "@/lib/sql/errors";

/** The filters of a query string, as the failure list reads them (unknown or bad values are dropped). */
export function parseFilterQuery(queryString: string): FailureListQuery {
  const params = paramsRecord(new URLSearchParams(queryString.replace(/^\?/, "")).entries());
  return failureListQuerySchema.parse(params);
}

/** The canonical query string of the filters alone (no paging or sort): what a job stores. */
export function canonicalFilters(query: FailureListQuery): string {
  const { page: _page, pageSize: _size, sort: _sort, dir: _dir, ...filters } = query;
  return filterParams(filters).toString();
}

export interface BuildSet {
  where: Prisma.Sql;
}

/** "Mine" is the job creator's packages, resolved once with the creator's e-mail. */
export async function buildSet(
  filters: string,
  createdAt: Date,
  creator: SessionUser | null,
): Promise<BuildSet> {
  const resolved: ResolvedFilters = await resolveFilters(parseFilterQuery(filters), { user: creator });
  return { where: Prisma.sql`${failureWhere(resolved)} AND b."createdAt" <= ${createdAt}` };
}

/** Counting a very broad set must not hold a connection for minutes: past this the filters are too broad. */
const TOTALS_BUDGET_MS = 10_000;

export class FiltersTooBroad extends Error {}

/** Builds and uncompressed bytes (files not purged) of the set. */
export async function buildSetTotals(set: BuildSet): Promise<{ builds: number; bytes: bigint }> {
  try {
    return await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = ${TOTALS_BUDGET_MS}`);
      const [row] = await tx.$queryRaw<Array<{ builds: number; bytes: bigint | null }>>`
        SELECT count(DISTINCT b.id)::int AS builds, sum(f.size)::bigint AS bytes
        FROM "Build" b LEFT JOIN "File" f ON f."buildId" = b.id AND f."purgedAt" IS NULL
        WHERE ${set.where}`;
      return { builds: row?.builds ?? 0, bytes: row?.bytes ?? 0n };
    });
  } catch (error) {
    if (isStatementTimeout(error))
      throw new FiltersTooBroad("counting the builds these filters pick took too long; narrow the filters");
    throw error;
  }
}

/** The next `limit` build ids below `beforeId` (newest first). */
export async function nextBuildIds(set: BuildSet, beforeId: number | null, limit: number): Promise<number[]> {
  const cursor = beforeId === null ? Prisma.sql`TRUE` : Prisma.sql`b.id < ${beforeId}`;
  const rows = await db.$queryRaw<Array<{ id: number }>>`
    SELECT b.id FROM "Build" b WHERE ${set.where} AND ${cursor} ORDER BY b.id DESC LIMIT ${limit}`;
  return rows.map((row) => row.id);
}

/** The id of the `done`-th build (1-based) in the set's order: where a taken-over job resumes. */
export async function nthBuildId(set: BuildSet, done: number): Promise<number | null> {
  if (done <= 0) return null;
  const rows = await db.$queryRaw<Array<{ id: number }>>`
    SELECT b.id FROM "Build" b WHERE ${set.where} ORDER BY b.id DESC OFFSET ${done - 1} LIMIT 1`;
  return rows[0]?.id ?? null;
}

export interface GrepFile {
  id: number;
  name: string;
  role: string;
  blobSha256: string;
  size: number;
}

/** A build's readable files, build log first. */
export async function buildFiles(buildId: number): Promise<GrepFile[]> {
  const files = await db.file.findMany({
    where: { buildId, purgedAt: null },
    select: { id: true, name: true, role: true, blobSha256: true, size: true },
    orderBy: { id: "asc" },
  });
  return files
    .map((file) => ({ ...file, size: Number(file.size) }))
    .sort((a, b) => Number(b.role === "build-log") - Number(a.role === "build-log"));
}
