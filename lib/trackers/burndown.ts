// A tracker's open failures over time. A matching failure is open until its
// package builds clean after it (any tinderbox); a package is fixed once all
// its matching failures are. Day D's numbers are the state at the end of D,
// computed from build history in one query for a whole range of days, so the
// first view of a tracker backfills its chart and the daily job adds a day.
import { db, Prisma } from "@/lib/db";
import { ruleCondition, type TrackerRuleFields } from "@/lib/queries/trackers";
import { isStatementTimeout, sqlState } from "@/lib/sql/errors";

export interface BurndownDay {
  day: string;
  openFailures: number;
  packages: number;
  fixedPackages: number;
}

const DAY_MS = 86_400_000;
/** A backfill reaches back at most this far. */
export const BACKFILL_DAYS = 180;
/** Rules run in these queries; a regex or a broad search must not hold a connection for long. */
const BUDGET_MS = 10_000;

export function dayKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The matching failures with when their package first built clean after each
 * (null: still open). A build without finishedAt counts from its upload.
 */
export function matchesWithFix(rule: TrackerRuleFields): Prisma.Sql {
  return Prisma.sql`
    SELECT b.id, b."packageId", coalesce(b."finishedAt", b."createdAt") AS "finishedAt",
      (SELECT min(coalesce(s."finishedAt", s."createdAt")) FROM "Build" s WHERE s."packageId" = b."packageId"
         AND s.status = 'succeeded'
         AND coalesce(s."finishedAt", s."createdAt") > coalesce(b."finishedAt", b."createdAt")) AS "fixedAt"
    FROM "Build" b WHERE b.status = 'failed' AND ${ruleCondition(rule)}`;
}

/** A rule PostgreSQL could not evaluate in time (or a regex its engine refuses): an expected failure. */
export function isRuleFailure(err: unknown): boolean {
  // 2201B: invalid_regular_expression. SQLSTATEs, not message text (which follows lc_messages).
  return isStatementTimeout(err) || sqlState(err) === "2201B";
}

export async function withBudget<T>(work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = ${BUDGET_MS}`);
    return work(tx);
  });
}

/** One row per day from `from` to `to` (inclusive, UTC days). */
export async function burndownDays(
  rule: TrackerRuleFields,
  from: string,
  to: string,
): Promise<BurndownDay[]> {
  const rows = await withBudget(
    (tx) => tx.$queryRaw<Array<{ day: Date; open: number; packages: number; seen: number }>>`
    WITH m AS (${matchesWithFix(rule)}),
    days AS (SELECT generate_series(${from}::date, ${to}::date, interval '1 day')::date AS day)
    SELECT d.day,
      count(m.id) FILTER (WHERE m."fixedAt" IS NULL OR m."fixedAt" >= d.day + 1)::int AS open,
      count(DISTINCT m."packageId") FILTER (WHERE m."fixedAt" IS NULL OR m."fixedAt" >= d.day + 1)::int AS packages,
      count(DISTINCT m."packageId")::int AS seen
    FROM days d LEFT JOIN m ON m."finishedAt" < d.day + 1
    GROUP BY d.day ORDER BY d.day`,
  );
  return rows.map((row) => ({
    day: dayKey(row.day),
    openFailures: row.open,
    packages: row.packages,
    fixedPackages: row.seen - row.packages,
  }));
}

async function firstMatchDay(rule: TrackerRuleFields): Promise<string | null> {
  const [row] = await withBudget(
    (tx) => tx.$queryRaw<Array<{ first: Date | null }>>`
    SELECT min(coalesce(b."finishedAt", b."createdAt")) AS first FROM "Build" b
    WHERE b.status = 'failed' AND ${ruleCondition(rule)}`,
  );
  return row?.first ? dayKey(row.first) : null;
}

async function storeDays(trackerId: number, days: BurndownDay[]): Promise<void> {
  for (const day of days)
    await db.trackerSnapshot.upsert({
      where: { trackerId_day: { trackerId, day: new Date(`${day.day}T00:00:00Z`) } },
      create: { trackerId, ...day, day: new Date(`${day.day}T00:00:00Z`) },
      update: { openFailures: day.openFailures, packages: day.packages, fixedPackages: day.fixedPackages },
    });
}

/** Today's snapshot (the daily job; also written on each view, so the chart's last day is current). */
export async function snapshotToday(tracker: { id: number } & TrackerRuleFields, now = new Date()) {
  const today = dayKey(now);
  await storeDays(tracker.id, await burndownDays(tracker, today, today));
}

/** First view: the chart's history from build history, from the first matching failure (at most BACKFILL_DAYS back). */
export async function backfillSnapshots(tracker: { id: number } & TrackerRuleFields, now = new Date()) {
  const first = await firstMatchDay(tracker);
  const earliest = dayKey(new Date(now.getTime() - BACKFILL_DAYS * DAY_MS));
  const from = first === null || first < earliest ? earliest : first;
  const to = dayKey(now);
  const days = await burndownDays(tracker, first === null ? to : from, to);
  await db.trackerSnapshot.createMany({
    data: days.map((day) => ({ trackerId: tracker.id, ...day, day: new Date(`${day.day}T00:00:00Z`) })),
    skipDuplicates: true,
  });
}

export async function trackerSnapshots(trackerId: number): Promise<BurndownDay[]> {
  const rows = await db.trackerSnapshot.findMany({ where: { trackerId }, orderBy: { day: "asc" } });
  return rows.map((row) => ({
    day: dayKey(row.day),
    openFailures: row.openFailures,
    packages: row.packages,
    fixedPackages: row.fixedPackages,
  }));
}
