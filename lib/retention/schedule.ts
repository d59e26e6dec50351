// Retention inside the server when KINDLING_RETENTION=1: daily, the first run 15
// minutes after start. Every instance schedules it; the job lock in runRetention
// lets one run at a time, and a run stopped midway is finished by the next.
import { type PeriodicTiming, schedulePeriodic } from "@/lib/jobs/periodic";
import { formatRetentionReport } from "./report";
import { type RetentionReport, runRetention } from "./run";

export const DEFAULT_RETENTION_TIMING: PeriodicTiming = {
  firstAfterMs: 15 * 60_000,
  everyMs: 24 * 60 * 60_000,
};

/** Starts the schedule; returns a function that stops it. Never throws into the server. */
export function scheduleRetention(
  timing: PeriodicTiming = DEFAULT_RETENTION_TIMING,
  run: (isStopped: () => boolean) => Promise<RetentionReport> = (isStopped) =>
    runRetention({ dryRun: false, isStopped }),
  log: (message: string) => void = console.log,
): () => void {
  return schedulePeriodic(
    timing,
    {
      name: "retention",
      run: async (isStopped) => {
        const report = await run(isStopped);
        if (!report.skipped && report.purgedFiles + report.purgedBlobs > 0)
          log(formatRetentionReport(report));
      },
    },
    log,
  );
}
