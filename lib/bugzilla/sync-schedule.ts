// Runs the bug status sync (sync-status.ts) inside the server every
// BUGZILLA_SYNC_MINUTES, like the orphan chunk collection (lib/storage/gc-schedule.ts).
// Every server process schedules it; the advisory lock lets one run at a time.
import { type PeriodicTiming, schedulePeriodic } from "@/lib/jobs/periodic";
import type { SyncReport } from "./sync-status";

export type SyncSchedule = PeriodicTiming;

/** Starts the schedule; returns a function that stops it. Never throws into the server. */
export function scheduleBugSync(
  schedule: SyncSchedule,
  sync: () => Promise<SyncReport>,
  log: (message: string) => void = console.log,
): () => void {
  return schedulePeriodic(
    schedule,
    {
      name: "bug status sync",
      run: async () => {
        const report = await sync();
        if (!report.skipped && (report.failedBatches > 0 || report.autoFixed > 0))
          log(
            `bug status sync: ${report.updated}/${report.bugs} bugs, ${report.autoFixed} auto-fixed, ${report.failedBatches} failed batches`,
          );
      },
    },
    log,
  );
}
