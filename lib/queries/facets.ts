// Counts next to each filter value. Each facet counts under every *other*
// active filter (so picking kind=compile still shows the other kinds), which
// means a GROUP BY over up to all failures: cached for a minute (ttl-cache.ts),
// and the filter panel says so.
import { db, Prisma } from "../db";
import { type FailureFilters, failureWhere, type ResolvedFilters } from "./failure-filters";
import { type Cached, cached } from "./ttl-cache";

export const FACET_TTL_MS = 60_000;

export type FacetName = "kind" | "phase" | "triage" | "tinderbox" | "bug" | "category";
export interface FacetCount {
  value: string;
  count: number;
}
export type Facets = Record<FacetName, FacetCount[]>;

const FACET_FILTER: Record<FacetName, keyof FailureFilters> = {
  kind: "kind",
  phase: "phase",
  triage: "triage",
  tinderbox: "tinderbox",
  bug: "bug",
  category: "category",
};

const FACET_VALUE: Record<Exclude<FacetName, "tinderbox" | "category">, Prisma.Sql> = {
  kind: Prisma.sql`b.kind::text`,
  phase: Prisma.sql`COALESCE(b.phase, '')`,
  triage: Prisma.sql`b."triageState"::text`,
  bug: Prisma.sql`CASE WHEN EXISTS (SELECT 1 FROM "BugLink" bl WHERE bl."buildId" = b.id) THEN 'with' ELSE 'without' END`,
};

// Tinderbox and category: counted per id first, then named, so the GROUP BY reads integer
// columns (index-only through Build_failed_list_idx) and the name is looked up once per id
// instead of once per build (2.2 s -> 0.1-0.3 s for the category facet at 400,000 failures).
const FACET_BY_ID: Record<"tinderbox" | "category", { key: Prisma.Sql; name: Prisma.Sql }> = {
  tinderbox: {
    key: Prisma.sql`b."tinderboxId"`,
    name: Prisma.sql`(SELECT name FROM "Tinderbox" t WHERE t.id = g.key)`,
  },
  category: {
    key: Prisma.sql`b."packageId"`,
    name: Prisma.sql`(SELECT category FROM "Package" p WHERE p.id = g.key)`,
  },
};

function facetSql(name: FacetName, where: Prisma.Sql): Prisma.Sql {
  if (name === "tinderbox" || name === "category") {
    const { key, name: label } = FACET_BY_ID[name];
    return Prisma.sql`
      SELECT ${label} AS value, sum(g.n)::int AS count
      FROM (SELECT ${key} AS key, count(*) AS n FROM "Build" b WHERE ${where} GROUP BY 1) g
      GROUP BY 1 ORDER BY 2 DESC LIMIT 200`;
  }
  return Prisma.sql`
      SELECT ${FACET_VALUE[name]} AS value, count(*)::int AS count
      FROM "Build" b WHERE ${where} GROUP BY 1 ORDER BY 2 DESC LIMIT 200`;
}

async function countFacet(name: FacetName, filters: ResolvedFilters): Promise<Cached<FacetCount[]>> {
  const where = failureWhere({ ...filters, [FACET_FILTER[name]]: undefined });
  const key = `facet:${name}:${where.sql}:${JSON.stringify(where.values)}`;
  return cached(key, FACET_TTL_MS, () => db.$queryRaw<FacetCount[]>(facetSql(name, where)));
}

/** Every facet's counts under the other active filters, and when the oldest was counted (up to FACET_TTL_MS ago). */
export async function failureFacets(filters: ResolvedFilters): Promise<{ facets: Facets; computedAt: Date }> {
  const names = Object.keys(FACET_FILTER) as FacetName[];
  const facets = {} as Facets;
  let computedAt = new Date();
  // One after another: six parallel GROUP BYs on two cores only slow each other down.
  for (const name of names) {
    const result = await countFacet(name, filters);
    facets[name] = result.value;
    if (result.computedAt < computedAt) computedAt = result.computedAt;
  }
  return { facets, computedAt };
}

export interface FilterChoices {
  tinderboxes: Array<{ name: string; profile: string }>;
  profiles: string[];
  toolchainTags: string[];
}

/** What the tinderbox, profile and toolchain selects offer (a few dozen rows). */
export async function filterChoices(): Promise<FilterChoices> {
  const tinderboxes = await db.tinderbox.findMany({
    select: { name: true, profile: true, toolchainTags: true },
    orderBy: { name: "asc" },
  });
  return {
    tinderboxes: tinderboxes.map(({ name, profile }) => ({ name, profile })),
    profiles: [...new Set(tinderboxes.map((t) => t.profile).filter(Boolean))].sort(),
    toolchainTags: [...new Set(tinderboxes.flatMap((t) => t.toolchainTags))].sort(),
  };
}
