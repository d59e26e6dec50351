// The diagnostics search's parameters: its own (q = substring of the normalised
// text, flag, kind, phase the line was printed in) plus every failure-list
// filter on the build (failure-filters.ts), with status "all" by default since
// successful builds print warnings too. Unlike the failure list, whose links
// must survive a stale value, a bad value here is a 400: this schema is strict.
import { z } from "zod";
import { Prisma } from "../db";
import { DIAGNOSTIC_KINDS, type DiagnosticKind } from "../diagnostics/types";
import { failureFilterSchema, failureWhere, type ResolvedFilters } from "./failure-filters";
import { PAGE_SIZES } from "./list-envelope";

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a day as YYYY-MM-DD")
  // Date.parse rolls 2026-02-31 over to March: a real day reads back as itself.
  .refine((day) => {
    const time = Date.parse(`${day}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === day;
  }, "not a calendar day")
  .optional();
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : undefined));

/** The diagnostic's own filters: q, flag, kind and the phase it was printed in. */
export const diagnosticOwnSchema = z.object({
  q: optionalText(200).refine((q) => q === undefined || q.length >= 3, "q needs at least 3 characters"),
  flag: optionalText(100).refine(
    (flag) => flag === undefined || /^[\w#+=.:-]+$/.test(flag),
    "a flag such as -Wimplicit-function-declaration",
  ),
  kind: z.enum(DIAGNOSTIC_KINDS as [DiagnosticKind, ...DiagnosticKind[]]).optional(),
  phase: optionalText(40).refine((phase) => phase === undefined || /^[a-z_]+$/.test(phase), "a phase name"),
});

/** Build filters from the failure list; `q`, `kind` and `phase` there mean other things and are left out. */
const buildFilterSchema = failureFilterSchema
  .omit({ q: true, kind: true, phase: true, signature: true })
  .extend({
    status: z.enum(["failed", "succeeded", "all"]).default("all"),
    from: isoDay,
    to: isoDay,
  });

export const diagnosticFilterSchema = buildFilterSchema.extend(diagnosticOwnSchema.shape);

export const diagnosticQuerySchema = diagnosticFilterSchema.extend({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n), `one of ${PAGE_SIZES.join(", ")}`)
    .default(50),
});

export type DiagnosticFilters = z.infer<typeof diagnosticFilterSchema>;
export type DiagnosticQuery = z.infer<typeof diagnosticQuerySchema>;

/** The parameter names of the search, in the order the page's form shows them. */
export const DIAGNOSTIC_FILTER_KEYS = Object.keys(diagnosticFilterSchema.shape) as Array<
  keyof DiagnosticFilters
>;

/** Conditions on `"Diagnostic" d` (TRUE when none is set). The substring goes through the trigram index. */
export function diagnosticWhere(filters: Pick<DiagnosticFilters, "q" | "flag" | "kind">): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filters.q) {
    const pattern = `%${filters.q.replace(/[\\%_]/g, "\\$&")}%`;
    parts.push(Prisma.sql`d.text ILIKE ${pattern}`);
  }
  if (filters.flag) parts.push(Prisma.sql`d.flag = ${filters.flag}`);
  if (filters.kind) parts.push(Prisma.sql`d.kind = ${filters.kind}::"DiagnosticKind"`);
  return parts.length === 0 ? Prisma.sql`TRUE` : Prisma.join(parts, " AND ");
}

/** True when the search names the diagnostic at all (else every diagnostic matches). */
export function narrowsDiagnostics(filters: Pick<DiagnosticFilters, "q" | "flag" | "kind">): boolean {
  return Boolean(filters.q || filters.flag || filters.kind);
}

/** Conditions on `"DiagnosticOccurrence" o` (the phase the line was printed in). */
export function occurrenceWhere(filters: Pick<DiagnosticFilters, "phase">): Prisma.Sql {
  return filters.phase ? Prisma.sql`o.phase = ${filters.phase}` : Prisma.sql`TRUE`;
}

/** The build filters as a condition on `"Build" b`, through the failure list's own function. */
export function diagnosticBuildWhere(
  filters: DiagnosticFilters,
  myEmails: readonly string[] = [],
): Prisma.Sql {
  const resolved: ResolvedFilters = {
    ...filters,
    q: undefined,
    kind: undefined,
    phase: undefined,
    signature: undefined,
    myEmails,
  };
  return failureWhere(resolved);
}

/**
 * "This build printed a matching diagnostic", as a condition on `"Build" b`
 * (trackers and grep jobs compose it into their own queries).
 */
export function diagnosticsBuildCondition(
  filters: Pick<DiagnosticFilters, "q" | "flag" | "kind" | "phase">,
): Prisma.Sql {
  // The rollup has a row per (diagnostic, build), fewer than the lines; only a phase needs the lines.
  if (!filters.phase)
    return Prisma.sql`EXISTS (SELECT 1 FROM "DiagnosticBuild" r JOIN "Diagnostic" d ON d.id = r."diagnosticId"
      WHERE r."buildId" = b.id AND ${diagnosticWhere(filters)})`;
  return Prisma.sql`EXISTS (SELECT 1 FROM "DiagnosticOccurrence" o JOIN "Diagnostic" d ON d.id = o."diagnosticId"
    WHERE o."buildId" = b.id AND ${diagnosticWhere(filters)} AND ${occurrenceWhere(filters)})`;
}
