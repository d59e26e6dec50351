// The failure list's filters: one zod schema for the URL (pages, JSON API and
// Atom feed parse the same parameters) and one function that turns them into a
// SQL condition on `"Build" b`. Values only ever reach SQL as bind parameters.
import { z } from "zod";
import { Prisma } from "../db";
import { FailureKind, TriageState } from "../generated/prisma/enums";
import { analysisConditions, BUG_STATUSES, INFRA_CHOICES } from "./analysis-filters";
import { pagingSchema } from "./list-envelope";
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

export const FAILURE_SORTS = ["when", "atom", "phase", "kind", "tinderbox", "triage", "relevance"] as const;
export type FailureSort = (typeof FAILURE_SORTS)[number];

export const failureFilterSchema = z.object({
  q: optionalText,
  category: optionalText, // "dev-libs" or a prefix "dev-*"
  package: optionalText, // "dev-libs/libxml2"
  maintainer: optionalText, // an e-mail, a project's e-mail or "maintainer-needed"
  mine: optionalEnum(["1"]),
  tinderbox: optionalText,
  profile: optionalText,
  toolchain: optionalText,
  phase: optionalText,
  kind: optionalEnum(Object.values(FailureKind) as [FailureKind, ...FailureKind[]]),
  triage: optionalEnum(Object.values(TriageState) as [TriageState, ...TriageState[]]),
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

function categoryCondition(category: string): Prisma.Sql {
  const prefix = category.endsWith("*") ? category.slice(0, -1) : null;
  const match =
    prefix === null
      ? Prisma.sql`category = ${category}`
      : Prisma.sql`category LIKE ${`${prefix.replace(/[\\%_]/g, "\\$&")}%`}`;
  return Prisma.sql`b."packageId" IN (SELECT id FROM "Package" WHERE ${match})`;
}

function packageCondition(atom: string): Prisma.Sql {
  const [category, name = ""] = atom.split("/", 2);
  return Prisma.sql`b."packageId" IN (SELECT id FROM "Package" WHERE category = ${category} AND name = ${name})`;
}

function maintainerCondition(maintainer: string): Prisma.Sql {
  if (maintainer === "maintainer-needed" || maintainer === MAINTAINER_NEEDED)
    // metadata.xml names maintainer-needed explicitly; a package with no maintainer at all counts too.
    return Prisma.sql`(b."packageId" IN (SELECT "packageId" FROM "PackageMaintainer" WHERE email = ${MAINTAINER_NEEDED})
      OR NOT EXISTS (SELECT 1 FROM "PackageMaintainer" pm WHERE pm."packageId" = b."packageId"))`;
  return Prisma.sql`b."packageId" IN (SELECT "packageId" FROM "PackageMaintainer" WHERE email = ${maintainer.toLowerCase()})`;
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
  if (filters.tinderbox)
    parts.push(Prisma.sql`b."tinderboxId" IN (SELECT id FROM "Tinderbox" WHERE name = ${filters.tinderbox})`);
  if (filters.toolchain)
    parts.push(
      Prisma.sql`b."tinderboxId" IN (SELECT id FROM "Tinderbox" WHERE ${filters.toolchain} = ANY("toolchainTags"))`,
    );
  if (filters.profile) parts.push(Prisma.sql`b.profile = ${filters.profile}`);
  return parts;
}

function buildColumnConditions(filters: FailureFilters): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (filters.status !== "all") parts.push(Prisma.sql`b.status = ${filters.status}::"BuildStatus"`);
  if (filters.phase) parts.push(Prisma.sql`b.phase = ${filters.phase}`);
  if (filters.kind) parts.push(Prisma.sql`b.kind = ${filters.kind}::"FailureKind"`);
  if (filters.triage) parts.push(Prisma.sql`b."triageState" = ${filters.triage}::"TriageState"`);
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
  if (filters.category) parts.push(categoryCondition(filters.category));
  if (filters.package) parts.push(packageCondition(filters.package));
  if (filters.maintainer) parts.push(maintainerCondition(filters.maintainer));
  if (filters.mine) parts.push(myPackagesCondition(filters.myEmails));
  if (filters.novelty) parts.push(noveltyCondition(filters));
  if (filters.regression) parts.push(REGRESSION);
  if (filters.q) parts.push(filters.search?.condition ?? searchCondition(filters.q));
  return parts.length === 0 ? Prisma.sql`TRUE` : Prisma.join(parts, " AND ");
}

/** The active filters as URL parameters (for links, the feed and the JSON view of the same list). */
export function filterParams(filters: Partial<Record<string, string | number | undefined>>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters))
    if (value !== undefined && value !== "" && !(key === "status" && value === "failed"))
      params.set(key, String(value));
  return params;
}
