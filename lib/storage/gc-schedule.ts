// Runs the orphan chunk-set collection (gc.ts) inside the server: an upload
// killed after staging leaves chunk rows (and fs files) that no Blob points to.
// Every server process schedules it; each batch runs under the job's advisory
// lock (lib/jobs/job-lock.ts), so one instance collects at a time, and discard
// locks the rows it deletes in case the CLI runs it too.
import { withJobLock } from "@/lib/jobs/job-lock";
import { type PeriodicTiming, schedulePeriodic } from "@/lib/jobs/periodic";
import { collectOrphanChunkSets, type GcReport } from "./gc";

export interface OrphanGcSchedule extends PeriodicTiming {
  /** Chunk sets younger than this are left alone: they may belong to an upload still running. */
  graceMs: number;
  /** Sets per batch; a full batch is followed by another at once. */
  batch: number;
}

export const DEFAULT_ORPHAN_GC: OrphanGcSchedule = {
  firstAfterMs: 5 * 60_000,
  everyMs: 60 * 60_000,
  graceMs: 24 * 60 * 60_000,
  batch: 1000,
};

type Collect = (olderThan: Date, limit: number) => Promise<GcReport>;

/** One batch, or nothing (an empty report ends the run) while another instance holds the lock. */
async function collectOnOneInstance(olderThan: Date, limit: number): Promise<GcReport> {
  const report = await withJobLock("orphanChunkGc", () => collectOrphanChunkSets(olderThan, limit));
  return report ?? { found: 0, discarded: 0 };
}

/** Starts the schedule; returns a function that stops it. Never throws into the server. */
export function scheduleOrphanGc(
  schedule: OrphanGcSchedule = DEFAULT_ORPHAN_GC,
  collect: Collect = collectOnOneInstance,
  log: (message: string) => void = console.log,
): () => void {
  return schedulePeriodic(
    schedule,
    {
      name: "orphan chunk-set collection",
      run: async (isStopped) => {
        let discarded = 0;
        for (;;) {
          const report = await collect(new Date(Date.now() - schedule.graceMs), schedule.batch);
          discarded += report.discarded;
          if (isStopped() || report.found < schedule.batch) break;
        }
        if (discarded > 0) log(`orphan chunk sets discarded: ${discarded}`);
      },
    },
    log,
  );
}
