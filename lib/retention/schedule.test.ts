import { afterEach, beforeEach, expect, test, vi } from "vitest";
import type { RetentionReport } from "./run";
import { scheduleRetention } from "./schedule";

const timing = { firstAfterMs: 1000, everyMs: 10_000 };
const report = (over: Partial<RetentionReport>): RetentionReport => ({
  dryRun: false,
  skipped: false,
  rows: [],
  spaceReturned: { blobs: 0, storedBytes: 0 },
  purgedFiles: 0,
  purgedBlobs: 0,
  interrupted: false,
  ...over,
});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

test("runs on schedule; logs a purge, stays quiet when nothing went or another instance ran it", async () => {
  const answers = [
    report({ purgedFiles: 3, purgedBlobs: 2, spaceReturned: { blobs: 2, storedBytes: 4096 } }),
    report({ skipped: true }),
    report({}),
  ];
  const log: string[] = [];
  let runs = 0;
  const stop = scheduleRetention(
    timing,
    async () => {
      runs++;
      return answers.shift() ?? report({});
    },
    (line) => log.push(line),
  );
  await vi.advanceTimersByTimeAsync(1000);
  expect(runs).toBe(1);
  expect(log).toHaveLength(1);
  expect(log[0]).toContain("purged: 3 file(s), 2 blob(s)");
  expect(log[0]).toContain("returned: 4.0 KiB");
  await vi.advanceTimersByTimeAsync(20_000);
  expect(runs).toBe(3);
  expect(log).toHaveLength(1);
  stop();
});
