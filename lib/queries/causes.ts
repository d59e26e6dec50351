// Missing causes ("pkg-config module libpcre"): the /causes list ranked by
// failures or by packages, one cause's header and packages, and the installed
// provider its builds show. Cause has no stats columns (the schema is fixed):
// the list's counts are one aggregate over Build, cached for a minute like the
// facets (the page says so).
import { z } from "zod";
import { CAUSE_TYPES } from "../analysis/types";
import { db } from "../db";
import { type EnvFile, readEnvFacts } from "../env-diff/read-env-files";
import { findProvider, type ProviderMatch } from "./cause-provider";
import { type ListEnvelope, pagingSchema } from "./list-envelope";
import { searchTerms } from "./search-terms";
import { cached } from "./ttl-cache";

export const CAUSE_TTL_MS = 60_000;
export const CAUSE_SORTS = ["failures", "packages", "lastSeen", "name"] as const;

export const causeListQuerySchema = pagingSchema.extend({
  q: z.string().trim().max(200).optional().catch(undefined),
  type: z.enum(CAUSE_TYPES).optional().catch(undefined),
  sort: z.enum(CAUSE_SORTS).catch("failures").default("failures"),
});
export type CauseListQuery = z.infer<typeof causeListQuerySchema>;

export interface CauseRow {
  id: number;
  type: string;
  name: string;
  failures: number;
  packages: number;
  lastSeenAt: string | null;
}

export interface CauseList extends ListEnvelope<CauseRow> {
  computedAt: Date;
}

type Compare = (a: CauseRow, b: CauseRow) => number;
const byId: Compare = (a, b) => a.id - b.id;
const COMPARE: Record<(typeof CAUSE_SORTS)[number], Compare> = {
  failures: (a, b) => b.failures - a.failures || b.packages - a.packages || byId(a, b),
  packages: (a, b) => b.packages - a.packages || b.failures - a.failures || byId(a, b),
  lastSeen: (a, b) => (b.lastSeenAt ?? "").localeCompare(a.lastSeenAt ?? "") || byId(a, b),
  name: (a, b) => a.name.localeCompare(b.name) || a.type.localeCompare(b.type) || byId(a, b),
};

// Any quote matches any quote, as in the failure search (search-terms.ts).
const normalise = (text: string) => text.toLowerCase().replace(/['‘’`"“”]/g, "'");

function matches(query: Pick<CauseListQuery, "q" | "type">): (row: CauseRow) => boolean {
  const terms = (query.q ? searchTerms(query.q) : []).map(normalise);
  return (row) =>
    (!query.type || row.type === query.type) && terms.every((t) => normalise(row.name).includes(t));
}

/**
 * Every cause with failed builds and its counts, in one pass over
 * Build(causeId, ...): per (cause, package) first, so the package count is a
 * plain count rather than a DISTINCT sort. Uncached; exported for bench:cause-filters.
 */
export async function causeStats(): Promise<CauseRow[]> {
  const rows = await db.$queryRaw<Array<Omit<CauseRow, "lastSeenAt"> & { lastSeenAt: Date | null }>>`
    SELECT c.id, c.type, c.name, agg.failures, agg.packages, agg."lastSeenAt"
    FROM (SELECT "causeId" AS id, sum(n)::int AS failures, count(*)::int AS packages, max(last) AS "lastSeenAt"
          FROM (SELECT "causeId", "packageId", count(*) AS n, max(COALESCE("finishedAt", "createdAt")) AS last
                FROM "Build" WHERE "causeId" IS NOT NULL AND status = 'failed' GROUP BY 1, 2) per_package
          GROUP BY 1) agg
    JOIN "Cause" c ON c.id = agg.id`;
  return rows.map((row) => ({ ...row, lastSeenAt: row.lastSeenAt?.toISOString() ?? null }));
}

/**
 * One page of causes with at least one failed build. The counts of all causes
 * are aggregated once per CAUSE_TTL_MS and shared by every filter, sort and
 * page (a few thousand small rows); filtering and sorting them is in memory.
 */
export async function listCauses(query: CauseListQuery): Promise<CauseList> {
  const stats = await cached("causes:stats", CAUSE_TTL_MS, causeStats);
  const rows = stats.value.filter(matches(query)).sort(COMPARE[query.sort]);
  const start = (query.page - 1) * query.pageSize;
  return {
    rows: rows.slice(start, start + query.pageSize),
    total: rows.length,
    page: query.page,
    pageSize: query.pageSize,
    computedAt: stats.computedAt,
  };
}

/** One cause and its counts (exact: one cause's builds through its index). */
export async function findCause(id: number): Promise<CauseRow | null> {
  const [row] = await db.$queryRaw<Array<Omit<CauseRow, "lastSeenAt"> & { lastSeenAt: Date | null }>>`
    SELECT c.id, c.type, c.name, count(b.id)::int AS failures, count(DISTINCT b."packageId")::int AS packages,
           max(COALESCE(b."finishedAt", b."createdAt")) AS "lastSeenAt"
    FROM "Cause" c LEFT JOIN "Build" b ON b."causeId" = c.id AND b.status = 'failed'
    WHERE c.id = ${id} GROUP BY c.id`;
  return row ? { ...row, lastSeenAt: row.lastSeenAt?.toISOString() ?? null } : null;
}

/** The cause's failures per package, most first (the detail page's table). */
export async function causePackages(id: number, limit = 50) {
  return db.$queryRaw<Array<{ category: string; name: string; failures: number }>>`
    SELECT p.category, p.name, count(*)::int AS failures
    FROM "Build" b JOIN "Package" p ON p.id = b."packageId"
    WHERE b."causeId" = ${id} AND b.status = 'failed'
    GROUP BY p.id ORDER BY failures DESC, p.category, p.name LIMIT ${limit}`;
}

export interface ProviderSighting {
  buildId: number;
  atom: string;
  tinderbox: string;
  /** Which of the build's files was read: its installed-package list, else emerge --info. */
  source: string;
  provider: ProviderMatch | null;
}

const PROVIDER_BUILDS = 3;

/**
 * What the newest few failed builds of the cause had installed that should
 * provide it (lib/queries/cause-provider.ts). Each build's list is read from
 * the blob store, bounded (lib/env-diff/read-env-files.ts).
 */
export async function causeProviders(
  cause: Pick<CauseRow, "id" | "type" | "name">,
): Promise<ProviderSighting[]> {
  const builds = await db.build.findMany({
    where: {
      causeId: cause.id,
      status: "failed",
      files: { some: { role: { in: ["qlist-info", "installed-packages", "emerge-info"] } } },
    },
    orderBy: [{ finishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: PROVIDER_BUILDS,
    select: {
      id: true,
      atom: true,
      tinderbox: { select: { name: true } },
      files: { select: { name: true, role: true, blobSha256: true }, orderBy: { id: "asc" } },
    },
  });
  return Promise.all(builds.map((build) => sighting(cause, build)));
}

async function sighting(
  cause: Pick<CauseRow, "type" | "name">,
  build: { id: number; atom: string; tinderbox: { name: string }; files: Array<EnvFile & { name: string }> },
): Promise<ProviderSighting> {
  const facts = await readEnvFacts(build.files);
  const fromInfo = new Map(
    [...(facts.emergeInfo?.packages ?? [])].map(([key, value]) => [
      key,
      { version: value.replace(/::.*$/, "") },
    ]),
  );
  const list = facts.installed ?? fromInfo;
  const listFile = build.files.find((f) => f.role === "qlist-info" || f.role === "installed-packages");
  const infoFile = build.files.find((f) => f.role === "emerge-info");
  return {
    buildId: build.id,
    atom: build.atom,
    tinderbox: build.tinderbox.name,
    source: (facts.installed ? listFile?.name : infoFile?.name) ?? "",
    provider: findProvider(cause.type, cause.name, list),
  };
}
