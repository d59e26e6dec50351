// Bug status comes back: every bug number linked in Kindling is fetched from
// Bugzilla in batches into BugzillaBug, then failures whose bug is RESOLVED
// FIXED and whose package has since built on the same tinderbox become
// "fixed" (auto-fixed.ts). Runs under a PostgreSQL advisory lock so several
// server processes (or the CLI next to a server) never sync at once.

import { withJobLock } from "@/lib/jobs/job-lock";
import { db, Prisma } from "../db";
import { markAutoFixed } from "./auto-fixed";
import type { BugzillaClient } from "./client";
import { defaultBugzillaClient } from "./config";
import type { BugzillaBugFields } from "./schemas";

/** Bugzilla answers ?id= lists of this size comfortably; a URL stays under 1 KB. */
export const SYNC_BATCH = 100;
/** The advisory lock of this job (lib/jobs/job-lock.ts). */
const SYNC_LOCK_KEY = "bugStatusSync" as const;
export const SYNC_JOB = "bugzilla-status-sync";

export interface SyncReport {
  skipped: boolean;
  bugs: number;
  updated: number;
  failedBatches: number;
  autoFixed: number;
  errors: string[];
}

/** Every linked bug, or only `bugNumbers` (the failure page's "Refresh bug status"). */
export async function syncBugStatus(
  client: BugzillaClient = defaultBugzillaClient(),
  bugNumbers?: readonly number[],
): Promise<SyncReport> {
  const report = await withJobLock(SYNC_LOCK_KEY, async () => {
    const fetched = await fetchIntoTable(client, bugNumbers);
    fetched.autoFixed = await db.$transaction((tx) => markAutoFixed(tx), { timeout: 60_000 });
    const details = { ...fetched, at: new Date().toISOString() };
    if (!bugNumbers)
      await db.jobState.upsert({
        where: { name: SYNC_JOB },
        create: { name: SYNC_JOB, details },
        update: { details },
      });
    return fetched;
  });
  return report ?? { skipped: true, bugs: 0, updated: 0, failedBatches: 0, autoFixed: 0, errors: [] };
}

/** Each batch is written as it comes: a Bugzilla that stops answering keeps what it answered. */
async function fetchIntoTable(client: BugzillaClient, only?: readonly number[]): Promise<SyncReport> {
  const linked = await db.bugLink.findMany({
    where: only ? { bugNumber: { in: [...only] } } : {},
    distinct: ["bugNumber"],
    select: { bugNumber: true },
  });
  const numbers = linked.map((row) => row.bugNumber).sort((a, b) => a - b);
  const report: SyncReport = {
    skipped: false,
    bugs: numbers.length,
    updated: 0,
    failedBatches: 0,
    autoFixed: 0,
    errors: [],
  };
  for (let start = 0; start < numbers.length; start += SYNC_BATCH) {
    const result = await client.getBugs(numbers.slice(start, start + SYNC_BATCH));
    if (!result.ok) {
      report.failedBatches++;
      report.errors.push(result.message);
      // Bugzilla down: the next batches would wait out the same timeout.
      if (result.code === "timeout" || result.code === "unreachable") break;
      continue;
    }
    await storeBugs(result.value);
    report.updated += result.value.length;
  }
  return report;
}

/**
 * One statement per batch (unnest + ON CONFLICT): per-row upserts took ~2.8 ms a
 * bug (5.5 s for 2,000). Times go in as UTC text, as Prisma stores DateTime.
 */
async function storeBugs(bugs: readonly BugzillaBugFields[]): Promise<void> {
  if (bugs.length === 0) return;
  const utc = (iso: string | undefined) => (iso ? new Date(iso).toISOString() : null);
  const column = <T>(pick: (bug: BugzillaBugFields) => T) => bugs.map(pick);
  await db.$executeRaw(Prisma.sql`
    INSERT INTO "BugzillaBug" ("bugNumber", status, resolution, summary, product, component, assignee,
                               "createdAt", "lastChangeAt", "checkedAt")
    SELECT n, s, r, su, p, c, a, ca::timestamp, lc::timestamp, ${new Date().toISOString()}::timestamp
    FROM unnest(${column((b) => b.id)}::int[], ${column((b) => b.status)}::text[],
                ${column((b) => b.resolution)}::text[], ${column((b) => b.summary.slice(0, 1000))}::text[],
                ${column((b) => b.product)}::text[], ${column((b) => b.component)}::text[],
                ${column((b) => b.assigned_to)}::text[], ${column((b) => utc(b.creation_time))}::text[],
                ${column((b) => utc(b.last_change_time))}::text[]) AS t(n, s, r, su, p, c, a, ca, lc)
    ON CONFLICT ("bugNumber") DO UPDATE SET status = EXCLUDED.status, resolution = EXCLUDED.resolution,
      summary = EXCLUDED.summary, product = EXCLUDED.product, component = EXCLUDED.component,
      assignee = EXCLUDED.assignee, "createdAt" = EXCLUDED."createdAt",
      "lastChangeAt" = EXCLUDED."lastChangeAt", "checkedAt" = EXCLUDED."checkedAt"`);
}
