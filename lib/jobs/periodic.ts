// One in-server periodic job loop, shared by the orphan chunk collection
// (lib/storage/gc-schedule.ts), the bug status sync (lib/bugzilla/sync-schedule.ts),
// retention (lib/retention/schedule.ts) and the rate-limit pruning (lib/auth/rate-limit.ts).
// A job that must run on one instance at a time takes its lock inside (lib/jobs/job-lock.ts).
// Timers are unref'd so a pending run never keeps the process alive, and the next run
// is planned only after the previous one settled, so runs never overlap in one process.

export interface PeriodicTiming {
  /** Delay before the first run, so start-up is not slowed. */
  firstAfterMs: number;
  everyMs: number;
}

export interface PeriodicJob {
  /** Names the job in the failure log line: "<name> failed (retried next run): …". */
  name: string;
  /** One run; `isStopped` lets a long run (several batches) end early after stop. */
  run: (isStopped: () => boolean) => Promise<void>;
}

/** Starts the schedule; returns a function that stops it. Never throws into the server. */
export function schedulePeriodic(
  timing: PeriodicTiming,
  job: PeriodicJob,
  log: (message: string) => void = console.log,
): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const isStopped = () => stopped;
  const plan = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(runOnce, delay);
    timer.unref();
  };
  const runOnce = async () => {
    try {
      await job.run(isStopped);
    } catch (err) {
      log(`${job.name} failed (retried next run): ${(err as Error).message}`);
    }
    plan(timing.everyMs);
  };
  plan(timing.firstAfterMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
