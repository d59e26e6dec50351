// Tracker bugs and their rules, for the /trackers editor, the bug form and the
// tracker pages (lib/trackers). A rule is one of four kinds: "substring" and
// "regex" on the failure's title and primary error line (as the bug form
// matches them), "search" (a saved failure-list query string) and
// "diagnostics" (a diagnostics query string: builds that printed a matching
// diagnostic); ruleCondition turns any of them into SQL on `"Build" b`.
import { compileRule, type TrackerRule } from "../bugs/trackers";
import { db, Prisma } from "../db";
import {
  diagnosticBuildWhere,
  diagnosticFilterSchema,
  diagnosticsBuildCondition,
} from "./diagnostics-filters";
import { failureListQuerySchema, failureWhere, paramsRecord } from "./failure-filters";

export async function listTrackers() {
  return db.tracker.findMany({
    orderBy: [{ active: "desc" }, { bugNumber: "asc" }],
    include: { updatedBy: { select: { email: true } } },
  });
}

export type TrackerRow = Awaited<ReturnType<typeof listTrackers>>[number];

/**
 * The active rules as the bug form tests them against a failure's text. A
 * search or diagnostics rule is not about text: it is decided here, in SQL,
 * for the build the form is for, and a rule that picks it is handed on as one
 * that matches any text (RE2 "^"), so it lands in "blocks" like the others.
 */
export async function activeTrackerRules(buildId?: number): Promise<TrackerRule[]> {
  const rows = await db.tracker.findMany({
    where: { active: true },
    select: { id: true, bugNumber: true, title: true, matchType: true, pattern: true, active: true },
  });
  const picked = buildId === undefined ? new Set<number>() : await trackersPickingBuild(rows, buildId);
  return rows.flatMap(({ id, ...row }): TrackerRule[] => {
    if (isTextRule(row.matchType)) return [{ ...row, matchType: row.matchType }];
    return picked.has(id) ? [{ ...row, matchType: "regex", pattern: "^" }] : [];
  });
}

async function trackersPickingBuild(
  rows: ReadonlyArray<{ id: number; matchType: string; pattern: string }>,
  buildId: number,
): Promise<Set<number>> {
  const picked = new Set<number>();
  for (const row of rows.filter((r) => !isTextRule(r.matchType))) {
    const hits = await db.$queryRaw<Array<{ id: number }>>`
      SELECT b.id FROM "Build" b WHERE b.id = ${buildId} AND ${ruleCondition(row)}`;
    if (hits.length > 0) picked.add(row.id);
  }
  return picked;
}

export const TRACKER_KINDS = ["regex", "substring", "search", "diagnostics"] as const;
export type TrackerKind = (typeof TRACKER_KINDS)[number];

export interface TrackerRuleFields {
  matchType: string;
  pattern: string;
}

/** True for the kinds matched against a failure's text (the bug form's "blocks" test). */
export function isTextRule(matchType: string): matchType is "regex" | "substring" {
  return matchType === "regex" || matchType === "substring";
}

function queryRecord(pattern: string): Record<string, string> {
  return paramsRecord(new URLSearchParams(pattern.replace(/^\?/, "")).entries());
}

/** Why a rule cannot be saved, or null. */
export function ruleProblem(rule: TrackerRuleFields): string | null {
  if (rule.matchType === "regex") {
    const compiled = compileRule(rule.pattern);
    return compiled.ok ? null : compiled.message;
  }
  if (rule.matchType === "diagnostics") {
    const parsed = diagnosticFilterSchema.safeParse(queryRecord(rule.pattern));
    if (!parsed.success) return `not a diagnostics query: ${parsed.error.issues[0]?.message ?? "invalid"}`;
    const { q, flag, kind } = parsed.data;
    return q || flag || kind ? null : "a diagnostics rule needs q, flag or kind (e.g. flag=-Wimplicit-int)";
  }
  if (rule.matchType === "search") {
    const params = queryRecord(rule.pattern);
    return Object.keys(params).length > 0
      ? null
      : "a search rule is a failure-list query string, e.g. category=dev-libs&q=undeclared";
  }
  return null;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

/**
 * The builds the rule picks. A regex runs as PostgreSQL's case-insensitive
 * `~*` here (RE2 validated it at save; the common syntax is shared), under the
 * caller's statement timeout.
 */
export function ruleCondition(rule: TrackerRuleFields): Prisma.Sql {
  switch (rule.matchType) {
    case "substring": {
      const like = `%${escapeLike(rule.pattern)}%`;
      return Prisma.sql`(b.title ILIKE ${like} OR b."primaryText" ILIKE ${like})`;
    }
    case "regex":
      return Prisma.sql`(b.title ~* ${rule.pattern} OR b."primaryText" ~* ${rule.pattern})`;
    case "search": {
      const query = failureListQuerySchema.parse({
        ...queryRecord(rule.pattern),
        status: "all",
        mine: undefined,
      });
      return failureWhere(query);
    }
    case "diagnostics": {
      const filters = diagnosticFilterSchema.parse({ ...queryRecord(rule.pattern), mine: undefined });
      return Prisma.sql`${diagnosticsBuildCondition(filters)} AND ${diagnosticBuildWhere({ ...filters, status: "all" })}`;
    }
    default:
      return Prisma.sql`FALSE`;
  }
}
