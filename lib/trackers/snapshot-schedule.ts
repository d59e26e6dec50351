// The daily tracker snapshot: every active tracker's numbers for today,
// written by one server process at a time (a PostgreSQL advisory lock; the
// others skip the run). Runs hourly so a restart never loses a day; each run
// overwrites today's row with the current numbers.

import { db } from "@/lib/db";
import { withJobLock } from "@/lib/jobs/job-lock";
import { type PeriodicTiming, schedulePeriodic } from "@/lib/jobs/periodic";
import { backfillSnapshots, snapshotToday } from "./burndown";

/** pg_advisory_lock key of this job ("TRAK"). */
export const SNAPSHOT_LOCK_KEY = 0x5452414b;

export const DEFAULT_SNAPSHOT_TIMING: PeriodicTiming = { firstAfterMs: 2 * 60_000, everyMs: 60 * 60_000 };

/** One run; returns how many trackers were written, or null when another process holds the lock. */
export async function snapshotTrackers(isStopped: () => boolean = () => false, now = new Date()) {
  return withJobLock(SNAPSHOT_LOCK_KEY, async () => {
    const trackers = await db.tracker.findMany({ where: { active: true }, orderBy: { id: "asc" } });
    let written = 0;
    for (const tracker of trackers) {
      if (isStopped()) break;
      try {
        const known = await db.trackerSnapshot.count({ where: { trackerId: tracker.id } });
        if (known === 0) await backfillSnapshots(tracker, now);
        else await snapshotToday(tracker, now);
        written += 1;
      } catch (err) {
        console.error(`tracker ${tracker.bugNumber}: snapshot failed: ${(err as Error).message}`);
      }
    }
    return written;
  });
}

export function scheduleTrackerSnapshots(timing: PeriodicTiming = DEFAULT_SNAPSHOT_TIMING): () => void {
  return schedulePeriodic(timing, {
    name: "tracker snapshots",
    run: async (isStopped) => {
      await snapshotTrackers(isStopped);
    },
  });
}
