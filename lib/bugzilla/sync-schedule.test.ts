import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { scheduleBugSync } from "./sync-schedule";
import type { SyncReport } from "./sync-status";

const quiet: SyncReport = {
  skipped: false,
  bugs: 40,
  updated: 3,
  failedBatches: 0,
  autoFixed: 0,
  errors: [],
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

test("logs only runs that auto-fixed or lost batches, and a run another process holds says nothing", async () => {
  const reports: SyncReport[] = [
    quiet,
    { ...quiet, autoFixed: 2 },
    { ...quiet, skipped: true, failedBatches: 1 },
    { ...quiet, failedBatches: 1 },
  ];
  const log: string[] = [];
  const stop = scheduleBugSync(
    { firstAfterMs: 100, everyMs: 1000 },
    async () => reports.shift() ?? quiet,
    (line) => log.push(line),
  );
  await vi.advanceTimersByTimeAsync(100 + 3 * 1000);
  expect(log).toEqual([
    "bug status sync: 3/40 bugs, 2 auto-fixed, 0 failed batches",
    "bug status sync: 3/40 bugs, 0 auto-fixed, 1 failed batches",
  ]);
  stop();
});

test("a failed sync is logged and retried at the next run", async () => {
  let runs = 0;
  const log: string[] = [];
  const stop = scheduleBugSync(
    { firstAfterMs: 100, everyMs: 1000 },
    async () => {
      runs++;
      if (runs === 1) throw new Error("bugs.gentoo.org timed out");
      return quiet;
    },
    (line) => log.push(line),
  );
  await vi.advanceTimersByTimeAsync(1100);
  expect(runs).toBe(2);
  expect(log).toEqual(["bug status sync failed (retried next run): bugs.gentoo.org timed out"]);
  stop();
});
