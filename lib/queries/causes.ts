// Missing causes ("pkg-config module libpcre"): the /causes list ranked by
// failures or by packages, and one cause's header. Counts aggregate the failed
// builds of the matching causes through Build(causeId, finishedAt); Cause has
// no stats columns (the schema is fixed), so a list is cached for a minute like
// the facets, and the page says so.
import { z } from "zod";
import { db, Prisma } from "../db";
import { type EnvFile, readEnvFacts } from "../env-diff/read-env-files";
import { findProvider, type ProviderMatch } from "./cause-provider";
import { type ListEnvelope, pagingSchema } from "./list-envelope";
import { likePattern, searchTerms } from "./search-terms";
import { cached } from "./ttl-cache";

export const CAUSE_TTL_MS = 60_000;
export const CAUSE_SORTS = ["failures", "packages", "lastSeen", "name"] as const;
export const CAUSE_TYPES = [
  "header",
  "pkg-config",
  "cmake-package",
  "meson-dependency",
  "python-module",
  "perl-module",
  "library",
  "symbol",
  "executable",
  "autoconf-check",
  "atom",
] as const;

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

const ORDER: Record<(typeof CAUSE_SORTS)[number], Prisma.Sql> = {
  failures: Prisma.sql`failures DESC, packages DESC, id`,
  packages: Prisma.sql`packages DESC, failures DESC, id`,
  lastSeen: Prisma.sql`"lastSeenAt" DESC NULLS LAST, id`,
  name: Prisma.sql`name, type, id`,
};

function causeWhere(query: Pick<CauseListQuery, "q" | "type">): Prisma.Sql {
  const parts = [Prisma.sql`TRUE`];
  if (query.type) parts.push(Prisma.sql`c.type = ${query.type}`);
  // Substring through Cause's trigram index.
  for (const term of query.q ? searchTerms(query.q) : [])
    parts.push(Prisma.sql`c.name ILIKE ${likePattern(term)}`);
  return Prisma.join(parts, " AND ");
}

type RawCauseRow = Omit<CauseRow, "lastSeenAt"> & { lastSeenAt: Date | null; total: number };

/** Uncached (listCauses caches it); exported for bench:cause-filters. */
export async function queryCauses(query: CauseListQuery): Promise<ListEnvelope<CauseRow>> {
  const rows = await db.$queryRaw<RawCauseRow[]>`
    WITH agg AS (
      SELECT c.id, c.type, c.name, count(*)::int AS failures, count(DISTINCT b."packageId")::int AS packages,
             max(COALESCE(b."finishedAt", b."createdAt")) AS "lastSeenAt"
      FROM "Cause" c JOIN "Build" b ON b."causeId" = c.id AND b.status = 'failed'
      WHERE ${causeWhere(query)}
      GROUP BY c.id)
    SELECT *, count(*) OVER ()::int AS total FROM agg
    ORDER BY ${ORDER[query.sort]}
    LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`;
  return {
    rows: rows.map(({ total: _total, lastSeenAt, ...row }) => ({
      ...row,
      lastSeenAt: lastSeenAt?.toISOString() ?? null,
    })),
    total: rows[0]?.total ?? (query.page > 1 ? await countCauses(query) : 0),
    page: query.page,
    pageSize: query.pageSize,
  };
}

// A page past the end has no row to carry the window count.
async function countCauses(query: CauseListQuery): Promise<number> {
  const [row] = await db.$queryRaw<Array<{ n: number }>>`
    SELECT count(DISTINCT c.id)::int AS n FROM "Cause" c
    JOIN "Build" b ON b."causeId" = c.id AND b.status = 'failed' WHERE ${causeWhere(query)}`;
  return row?.n ?? 0;
}

/** One page of causes with at least one failed build, counted up to CAUSE_TTL_MS ago. */
export async function listCauses(query: CauseListQuery): Promise<CauseList> {
  const key = `causes:${JSON.stringify(query)}`;
  const result = await cached(key, CAUSE_TTL_MS, () => queryCauses(query));
  return { ...result.value, computedAt: result.computedAt };
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
