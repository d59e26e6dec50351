// Runs the bug status sync (sync-status.ts) inside the server every
// BUGZILLA_SYNC_MINUTES, like the orphan chunk collection (lib/storage/gc-schedule.ts).
// Every server process schedules it; the advisory lock lets one run at a time.
import type { SyncReport } from "./sync-status";

export interface SyncSchedule {
  firstAfterMs: number;
  everyMs: number;
}

/** Starts the schedule; returns a function that stops it. Never throws into the server. */
export function scheduleBugSync(
  schedule: SyncSchedule,
  sync: () => Promise<SyncReport>,
  log: (message: string) => void = console.log,
): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const plan = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(run, delay);
    timer.unref();
  };
  const run = async () => {
    try {
      const report = await sync();
      if (!report.skipped && (report.failedBatches > 0 || report.autoFixed > 0))
        log(
          `bug status sync: ${report.updated}/${report.bugs} bugs, ${report.autoFixed} auto-fixed, ${report.failedBatches} failed batches`,
        );
    } catch (err) {
      log(`bug status sync failed (retried next run): ${(err as Error).message}`);
    }
    plan(schedule.everyMs);
  };
  plan(schedule.firstAfterMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
