// What the tracker page lists: the packages still to fix (each with its newest
// open failure, to file a blocker from, and its bug), the packages fixed since,
// and open failures by category and by maintainer.
import { db, Prisma } from "@/lib/db";
import { MAINTAINER_NEEDED } from "@/lib/queries/failure-filters";
import type { TrackerRuleFields } from "@/lib/queries/trackers";
import { matchesWithFix, withBudget } from "./burndown";

export interface OpenPackage {
  packageId: number;
  atom: string;
  openFailures: number;
  newestBuildId: number;
  newestAt: string;
  /** A bug linked to one of its open failures, newest first. */
  bugNumber: number | null;
  bugUrl: string | null;
  maintainers: string[];
}

export interface FixedPackage {
  atom: string;
  lastFailureId: number;
  fixedAt: string;
}

export interface CountBy {
  key: string;
  openFailures: number;
  packages: number;
}

export interface TrackerDetail {
  open: OpenPackage[];
  fixed: FixedPackage[];
  byCategory: CountBy[];
  byMaintainer: CountBy[];
}

/** Lists are capped; the counts above them are exact. */
export const LIST_CAP = 500;

export async function trackerDetail(
  rule: TrackerRuleFields,
  onlyEmails?: readonly string[],
): Promise<TrackerDetail> {
  const mine =
    onlyEmails === undefined
      ? Prisma.sql`TRUE`
      : Prisma.sql`m."packageId" IN (SELECT "packageId" FROM "PackageMaintainer" WHERE email IN (${Prisma.join(
          onlyEmails.length > 0 ? [...onlyEmails] : [""],
        )}))`;
  return withBudget(async (tx) => {
    await tx.$executeRawUnsafe(
      'CREATE TEMP TABLE tracker_matches (id int, "packageId" int, "finishedAt" timestamp, "fixedAt" timestamp) ON COMMIT DROP',
    );
    await tx.$executeRaw`INSERT INTO tracker_matches SELECT * FROM (${matchesWithFix(rule)}) m WHERE ${mine}`;
    const [open, fixed, byCategory, byMaintainer] = [
      await openPackages(tx),
      await fixedPackages(tx),
      await countBy(tx, Prisma.sql`p.category`),
      await countBy(
        tx,
        Prisma.sql`coalesce(pm.email, ${MAINTAINER_NEEDED})`,
        Prisma.sql`LEFT JOIN "PackageMaintainer" pm ON pm."packageId" = m."packageId"`,
      ),
    ];
    return { open, fixed, byCategory, byMaintainer };
  });
}

type Tx = Prisma.TransactionClient;

async function openPackages(tx: Tx): Promise<OpenPackage[]> {
  const rows = await tx.$queryRaw<Array<Omit<OpenPackage, "newestAt"> & { newestAt: Date }>>`
    SELECT m."packageId", p.category || '/' || p.name AS atom, count(*)::int AS "openFailures",
      (array_agg(m.id ORDER BY m."finishedAt" DESC, m.id DESC))[1] AS "newestBuildId",
      max(m."finishedAt") AS "newestAt",
      bug."bugNumber", bug.url AS "bugUrl",
      coalesce((SELECT array_agg(pm.email ORDER BY pm.position) FROM "PackageMaintainer" pm
                WHERE pm."packageId" = m."packageId"), '{}') AS maintainers
    FROM tracker_matches m JOIN "Package" p ON p.id = m."packageId"
    LEFT JOIN LATERAL (SELECT bl."bugNumber", bl.url FROM "BugLink" bl JOIN tracker_matches o ON o.id = bl."buildId"
                       WHERE o."packageId" = m."packageId" AND o."fixedAt" IS NULL
                       ORDER BY bl."createdAt" DESC LIMIT 1) bug ON TRUE
    WHERE m."fixedAt" IS NULL
    GROUP BY m."packageId", p.category, p.name, bug."bugNumber", bug.url
    ORDER BY count(*) DESC, atom LIMIT ${LIST_CAP}`;
  return rows.map((row) => ({ ...row, newestAt: row.newestAt.toISOString() }));
}

async function fixedPackages(tx: Tx): Promise<FixedPackage[]> {
  const rows = await tx.$queryRaw<Array<{ atom: string; lastFailureId: number; fixedAt: Date }>>`
    SELECT p.category || '/' || p.name AS atom,
      (array_agg(m.id ORDER BY m."finishedAt" DESC))[1] AS "lastFailureId", max(m."fixedAt") AS "fixedAt"
    FROM tracker_matches m JOIN "Package" p ON p.id = m."packageId"
    GROUP BY m."packageId", p.category, p.name
    HAVING bool_and(m."fixedAt" IS NOT NULL)
    ORDER BY max(m."fixedAt") DESC LIMIT ${LIST_CAP}`;
  return rows.map((row) => ({ ...row, fixedAt: row.fixedAt.toISOString() }));
}

async function countBy(tx: Tx, key: Prisma.Sql, join: Prisma.Sql = Prisma.empty): Promise<CountBy[]> {
  return tx.$queryRaw<CountBy[]>`
    SELECT ${key} AS key, count(DISTINCT m.id)::int AS "openFailures", count(DISTINCT m."packageId")::int AS packages
    FROM tracker_matches m JOIN "Package" p ON p.id = m."packageId" ${join}
    WHERE m."fixedAt" IS NULL
    GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 100`;
}

export async function getTracker(id: number) {
  return db.tracker.findUnique({ where: { id } });
}
