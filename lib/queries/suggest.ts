// Autocomplete for the failure list's package, category and maintainer fields:
// at most SUGGEST_LIMIT values starting with (or, for maintainers, whose name
// contains) what was typed. Index probes: Package(category, name), Package(name),
// PackageMaintainer(email); the typed text only ever reaches SQL as a bound,
// LIKE-escaped parameter.
import { z } from "zod";
import { db } from "../db";

export const SUGGEST_LIMIT = 15;
export const SUGGEST_FIELDS = ["package", "category", "maintainer"] as const;

export const suggestQuerySchema = z.object({
  field: z.enum(SUGGEST_FIELDS),
  q: z.string().trim().min(1).max(100),
});
export type SuggestQuery = z.infer<typeof suggestQuerySchema>;

export interface Suggestion {
  value: string;
  /** What the list shows next to the value (a maintainer's name), or "". */
  label: string;
}

function likePrefix(text: string): string {
  return `${text.replace(/[\\%_]/g, "\\$&")}%`;
}

async function packages(q: string): Promise<Suggestion[]> {
  const slash = q.indexOf("/");
  const rows =
    slash >= 0
      ? await db.$queryRaw<Array<{ value: string }>>`
          SELECT category || '/' || name AS value FROM "Package"
          WHERE category = ${q.slice(0, slash).toLowerCase()} AND name LIKE ${likePrefix(q.slice(slash + 1))}
          ORDER BY name LIMIT ${SUGGEST_LIMIT}`
      : await db.$queryRaw<Array<{ value: string }>>`
          SELECT category || '/' || name AS value FROM "Package"
          WHERE name LIKE ${likePrefix(q)} OR category LIKE ${likePrefix(q.toLowerCase())}
          ORDER BY name, category LIMIT ${SUGGEST_LIMIT}`;
  return rows.map((row) => ({ value: row.value, label: "" }));
}

async function categories(q: string): Promise<Suggestion[]> {
  const rows = await db.$queryRaw<Array<{ value: string }>>`
    SELECT DISTINCT category AS value FROM "Package" WHERE category LIKE ${likePrefix(q.toLowerCase())}
    ORDER BY 1 LIMIT ${SUGGEST_LIMIT}`;
  return rows.map((row) => ({ value: row.value, label: "" }));
}

/** Maintainers by e-mail prefix or by name ("base-system" finds base-system@gentoo.org, "Python" the project). */
async function maintainers(q: string): Promise<Suggestion[]> {
  const lower = q.toLowerCase();
  const rows = await db.$queryRaw<Array<{ value: string; label: string }>>`
    SELECT email AS value, max(name) AS label FROM "PackageMaintainer"
    WHERE email LIKE ${likePrefix(lower)} OR lower(name) LIKE ${`%${lower.replace(/[\\%_]/g, "\\$&")}%`}
    GROUP BY email ORDER BY (email LIKE ${likePrefix(lower)}) DESC, email LIMIT ${SUGGEST_LIMIT}`;
  return rows;
}

export function suggest(query: SuggestQuery): Promise<Suggestion[]> {
  if (query.field === "package") return packages(query.q);
  if (query.field === "category") return categories(query.q);
  return maintainers(query.q);
}
