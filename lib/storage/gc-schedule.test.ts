import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { scheduleOrphanGc } from "./gc-schedule";

const schedule = { firstAfterMs: 1000, everyMs: 10_000, graceMs: 60_000, batch: 2 };

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2026-11-29T12:00:00Z"));
});
afterEach(() => {
  vi.useRealTimers();
});

test("waits before the first run, keeps going while batches come back full, then runs on schedule", async () => {
  const answers = [
    { found: 2, discarded: 2 },
    { found: 1, discarded: 1 },
    { found: 0, discarded: 0 },
  ];
  const calls: Date[] = [];
  const log: string[] = [];
  const stop = scheduleOrphanGc(
    schedule,
    async (olderThan) => {
      calls.push(olderThan);
      return answers.shift() ?? { found: 0, discarded: 0 };
    },
    (line) => log.push(line),
  );
  await vi.advanceTimersByTimeAsync(999);
  expect(calls).toHaveLength(0);
  await vi.advanceTimersByTimeAsync(1);
  expect(calls).toHaveLength(2);
  expect(calls[0].toISOString()).toBe("2026-11-29T11:59:01.000Z");
  expect(log).toEqual(["orphan chunk sets discarded: 3"]);
  await vi.advanceTimersByTimeAsync(10_000);
  expect(calls).toHaveLength(3);
  expect(log).toHaveLength(1);
  stop();
  await vi.advanceTimersByTimeAsync(100_000);
  expect(calls).toHaveLength(3);
});

test("a failed run is logged and the schedule goes on", async () => {
  let calls = 0;
  const log: string[] = [];
  const stop = scheduleOrphanGc(
    schedule,
    async () => {
      calls++;
      if (calls === 1) throw new Error("database is down");
      return { found: 0, discarded: 0 };
    },
    (line) => log.push(line),
  );
  await vi.advanceTimersByTimeAsync(1000);
  expect(log).toEqual(["orphan chunk-set collection failed (retried next run): database is down"]);
  await vi.advanceTimersByTimeAsync(10_000);
  expect(calls).toBe(2);
  stop();
});
