// The failure list's filters: one zod schema for the URL (pages, JSON API and
// Atom feed parse the same parameters) and one function that turns them into a
// SQL condition on `"Build" b`. Values only ever reach SQL as bind parameters.
import { z } from "zod";
import { Prisma } from "../db";
import { FailureKind, TriageState } from "../generated/prisma/enums";
import { analysisConditions, BUG_STATUSES, INFRA_CHOICES } from "./analysis-filters";
import { filterValues, isMultiValueFilter } from "./filter-values";
import { pagingSchema } from "./list-envelope";

export { filterValues, MULTI_VALUE_FILTERS } from "./filter-values";

import { type ResolvedSearch, searchCondition } from "./search";

export const MAINTAINER_NEEDED = "maintainer-needed@gentoo.org";

/** An empty string in a URL means "no filter", e.g. a form's "any" option. */
const optionalText = z
  .string()
  .trim()
  .max(200)
  .optional()
  .catch(undefined)
  .transform((value) => (value ? value : undefined));
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);
function optionalEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values).optional().catch(undefined);
}

const MAX_VALUES = 20;

/** A comma list kept as one string (short URLs, and every consumer sees one type); at most MAX_VALUES values. */
const multiText = z
  .string()
  .max(1000)
  .optional()
  .catch(undefined)
  .transform((value) => {
    const values = filterValues(value).slice(0, MAX_VALUES);
    return values.length > 0 ? values.join(",") : undefined;
  });

export const FAILURE_SORTS = ["when", "atom", "phase", "kind", "tinderbox", "triage", "relevance"] as const;
export type FailureSort = (typeof FAILURE_SORTS)[number];

export const failureFilterSchema = z.object({
  q: optionalText,
  category: multiText, // "dev-libs", globs "dev-*" / "*-libs", any case
  package: optionalText, // "dev-libs/libxml2"
  maintainer: optionalText, // an e-mail, a project's e-mail or "maintainer-needed"
  mine: optionalEnum(["1"]),
  tinderbox: multiText,
  profile: optionalText,
  toolchain: optionalText,
  phase: multiText,
  // Values outside the enums are kept, so the page can say they match nothing (filter-notices.ts).
  kind: multiText,
  triage: multiText,
  bug: optionalEnum(["with", "without"]),
  from: isoDay,
  to: isoDay,
  novelty: optionalEnum(["new", "known"]),
  regression: optionalEnum(["1"]),
  signature: z.coerce.number().int().positive().optional().catch(undefined),
  cause: optionalText, // a Cause id, or "type:name" such as "pkg-config:libpcre"
  infra: optionalEnum(INFRA_CHOICES),
  bugStatus: optionalEnum(BUG_STATUSES),
  status: z.enum(["failed", "succeeded", "all"]).catch("failed").default("failed"),
});

export const failureListQuerySchema = pagingSchema.extend(failureFilterSchema.shape).extend({
  sort: optionalEnum(FAILURE_SORTS),
  dir: optionalEnum(["asc", "desc"]),
});

export type FailureFilters = z.infer<typeof failureFilterSchema>;
export type FailureListQuery = z.infer<typeof failureListQuerySchema>;
/** Filters plus what the server knows about the caller ("my packages"). */
export type ResolvedFilters = FailureFilters & { myEmails?: readonly string[]; search?: ResolvedSearch };

/** The parameter names that are filters, in the order the UI and docs show them. */
export const FILTER_KEYS = Object.keys(failureFilterSchema.shape) as Array<keyof FailureFilters>;

const DAY_MS = 86_400_000;
/** "new"/"known" need a window start; without `from` it is the last 7 days. */
export function windowStart(filters: FailureFilters, now = new Date()): Date {
  return filters.from ? new Date(`${filters.from}T00:00:00Z`) : new Date(now.getTime() - 7 * DAY_MS);
}

/** What a typed category means: any case, a trailing "/" dropped ("dev-libs/" is dev-libs). */
export function normaliseCategory(value: string): string {
  return value.trim().toLowerCase().replace(/\/+$/, "");
}

/** A category value as a LIKE pattern when it has a `*` ("dev-*", "*-libs"), else null. */
export function categoryLikePattern(value: string): string | null {
  if (!value.includes("*")) return null;
  return value.replace(/[\\%_]/g, "\\$&").replaceAll("*", "%");
}

function categoryCondition(values: string[]): Prisma.Sql {
  const categories = values.map(normaliseCategory);
  const exact = categories.filter((value) => categoryLikePattern(value) === null);
  const matches = categories
    .map(categoryLikePattern)
    .filter((pattern): pattern is string => pattern !== null)
    .map((pattern) => Prisma.sql`category LIKE ${pattern}`);
  if (exact.length > 0) matches.push(Prisma.sql`category = ANY(${exact})`);
  return Prisma.sql`b."packageId" IN (SELECT id FROM "Package" WHERE ${Prisma.join(matches, " OR ")})`;
}

function packageCondition(atom: string): Prisma.Sql {
  const [category, name = ""] = atom.split("/", 2);
  return Prisma.sql`b."packageId" IN (SELECT id FROM "Package" WHERE category = ${category} AND name = ${name})`;
}

/**
 * A maintainer as typed: an e-mail, or a Gentoo project or developer by name
 * (`base-system`, `python`), which metadata.xml spells `<name>@gentoo.org`.
 */
export function maintainerEmail(value: string): string {
  const trimmed = value.trim().toLowerCase();
  if (trimmed === "maintainer-needed") return MAINTAINER_NEEDED;
  return trimmed.includes("@") ? trimmed : `${trimmed}@gentoo.org`;
}

function maintainerCondition(value: string): Prisma.Sql {
  const maintainer = maintainerEmail(value);
  if (maintainer === MAINTAINER_NEEDED)
    // metadata.xml names maintainer-needed explicitly; a package with no maintainer at all counts too.
    return Prisma.sql`(b."packageId" IN (SELECT "packageId" FROM "PackageMaintainer" WHERE email = ${MAINTAINER_NEEDED})
      OR NOT EXISTS (SELECT 1 FROM "PackageMaintainer" pm WHERE pm."packageId" = b."packageId"))`;
  return Prisma.sql`b."packageId" IN (SELECT "packageId" FROM "PackageMaintainer" WHERE email = ${maintainer})`;
}

function myPackagesCondition(emails: readonly string[] | undefined): Prisma.Sql {
  // Signed out: "my packages" matches nothing rather than everything.
  if (!emails || emails.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`b."packageId" IN (SELECT "packageId" FROM "PackageMaintainer" WHERE email IN (${Prisma.join(emails)}))`;
}

function dateConditions(filters: FailureFilters): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (filters.from) parts.push(Prisma.sql`b."finishedAt" >= ${new Date(`${filters.from}T00:00:00Z`)}`);
  if (filters.to)
    parts.push(Prisma.sql`b."finishedAt" < ${new Date(Date.parse(`${filters.to}T00:00:00Z`) + DAY_MS)}`);
  return parts;
}

function noveltyCondition(filters: FailureFilters): Prisma.Sql {
  const start = windowStart(filters);
  const seen =
    filters.novelty === "new" ? Prisma.sql`"firstSeenAt" >= ${start}` : Prisma.sql`"firstSeenAt" < ${start}`;
  return Prisma.sql`b."coarseSignatureId" IN (SELECT id FROM "Signature" WHERE level = 'coarse' AND ${seen})`;
}

// The same package built fine earlier on the same tinderbox (index Build_packageId_tinderboxId_finishedAt_idx).
const REGRESSION = Prisma.sql`EXISTS (SELECT 1 FROM "Build" good WHERE good."packageId" = b."packageId"
  AND good."tinderboxId" = b."tinderboxId" AND good.status = 'succeeded' AND good."finishedAt" < b."finishedAt")`;

function tinderboxConditions(filters: FailureFilters): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  const tinderboxes = filterValues(filters.tinderbox);
  if (tinderboxes.length > 0)
    parts.push(Prisma.sql`b."tinderboxId" IN (SELECT id FROM "Tinderbox" WHERE name = ANY(${tinderboxes}))`);
  if (filters.toolchain)
    parts.push(
      Prisma.sql`b."tinderboxId" IN (SELECT id FROM "Tinderbox" WHERE ${filters.toolchain} = ANY("toolchainTags"))`,
    );
  if (filters.profile) parts.push(Prisma.sql`b.profile = ${filters.profile}`);
  return parts;
}

export const KINDS: readonly string[] = Object.values(FailureKind);
export const TRIAGE_STATES: readonly string[] = Object.values(TriageState);

function enumValues(value: string, members: readonly string[]): string[] {
  return filterValues(value)
    .map((v) => v.toLowerCase())
    .filter((v) => members.includes(v));
}

// Literals, not bind parameters: the planner can then use the partial indexes
// `WHERE status = 'failed'` / `'succeeded'` (Build_failed_list_idx) under a generic plan too.
const STATUS_CONDITION = {
  failed: Prisma.sql`b.status = 'failed'`,
  succeeded: Prisma.sql`b.status = 'succeeded'`,
} as const;

function buildColumnConditions(filters: FailureFilters): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (filters.status !== "all") parts.push(STATUS_CONDITION[filters.status]);
  const phases = filterValues(filters.phase);
  if (phases.length > 0) parts.push(Prisma.sql`b.phase = ANY(${phases})`);
  // Only enum members reach the cast; an unknown value matches nothing (and the page says so).
  if (filters.kind) {
    const kinds = enumValues(filters.kind, KINDS);
    parts.push(kinds.length > 0 ? Prisma.sql`b.kind = ANY(${kinds}::"FailureKind"[])` : Prisma.sql`FALSE`);
  }
  if (filters.triage) {
    const states = enumValues(filters.triage, TRIAGE_STATES);
    parts.push(
      states.length > 0 ? Prisma.sql`b."triageState" = ANY(${states}::"TriageState"[])` : Prisma.sql`FALSE`,
    );
  }
  if (filters.signature) parts.push(Prisma.sql`b."coarseSignatureId" = ${filters.signature}`);
  if (filters.bug) {
    const exists = Prisma.sql`EXISTS (SELECT 1 FROM "BugLink" bl WHERE bl."buildId" = b.id)`;
    parts.push(filters.bug === "with" ? exists : Prisma.sql`NOT ${exists}`);
  }
  return parts;
}

/** Every active filter as one `AND`ed condition on `"Build" b` (TRUE when none is set). */
export function failureWhere(filters: ResolvedFilters): Prisma.Sql {
  const parts = [
    ...buildColumnConditions(filters),
    ...tinderboxConditions(filters),
    ...dateConditions(filters),
    ...analysisConditions(filters),
  ];
  if (filters.category) parts.push(categoryCondition(filterValues(filters.category)));
  if (filters.package) parts.push(packageCondition(filters.package));
  if (filters.maintainer) parts.push(maintainerCondition(filters.maintainer));
  if (filters.mine) parts.push(myPackagesCondition(filters.myEmails));
  if (filters.novelty) parts.push(noveltyCondition(filters));
  if (filters.regression) parts.push(REGRESSION);
  if (filters.q) parts.push(filters.search?.condition ?? searchCondition(filters.q));
  return parts.length === 0 ? Prisma.sql`TRUE` : Prisma.join(parts, " AND ");
}

/**
 * URL parameters as one record, the way the schema reads them: a repeated
 * multi-value filter (`kind=a&kind=b`, what a form's checkboxes send) joins into
 * `kind=a,b`; any other repeated parameter keeps its first value.
 */
export function paramsRecord(entries: Iterable<[string, string]>): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [key, value] of entries) {
    if (value === "") continue;
    if (key in record) {
      if (isMultiValueFilter(key)) record[key] = `${record[key]},${value}`;
    } else record[key] = value;
  }
  return record;
}

/** The active filters as URL parameters (for links, the feed and the JSON view of the same list). */
export function filterParams(filters: Partial<Record<string, string | number | undefined>>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters))
    if (value !== undefined && value !== "" && !(key === "status" && value === "failed"))
      params.set(key, String(value));
  return params;
}
