// The category index (/c): every category with its packages and failures.
// One GROUP BY over all failures, so cached for five minutes.
import { db } from "../db";
import { type Cached, cached } from "./ttl-cache";

export interface CategoryRow {
  category: string;
  packages: number;
  failures: number;
}

export function listCategories(): Promise<Cached<CategoryRow[]>> {
  return cached(
    "categories",
    5 * 60_000,
    () =>
      db.$queryRaw<CategoryRow[]>`
      SELECT p.category, count(DISTINCT p.id)::int AS packages, count(b.id)::int AS failures
      FROM "Package" p LEFT JOIN "Build" b ON b."packageId" = p.id AND b.status = 'failed'
      GROUP BY 1 ORDER BY 1`,
  );
}

/** The packages of one category with their failure counts (a few hundred rows). */
export async function categoryPackages(category: string): Promise<Array<{ name: string; failures: number }>> {
  return db.$queryRaw`
    SELECT p.name, count(b.id)::int AS failures
    FROM "Package" p LEFT JOIN "Build" b ON b."packageId" = p.id AND b.status = 'failed'
    WHERE p.category = ${category}
    GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 500`;
}
