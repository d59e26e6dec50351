import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { schedulePeriodic } from "./periodic";

const timing = { firstAfterMs: 1000, everyMs: 10_000 };

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

test("waits before the first run, then runs every interval until stopped", async () => {
  let runs = 0;
  const stop = schedulePeriodic(timing, {
    name: "job",
    run: async () => {
      runs++;
    },
  });
  await vi.advanceTimersByTimeAsync(999);
  expect(runs).toBe(0);
  await vi.advanceTimersByTimeAsync(1);
  expect(runs).toBe(1);
  await vi.advanceTimersByTimeAsync(9_999);
  expect(runs).toBe(1);
  await vi.advanceTimersByTimeAsync(1);
  expect(runs).toBe(2);
  stop();
  await vi.advanceTimersByTimeAsync(100_000);
  expect(runs).toBe(2);
});

test("the next run is planned only after a slow run settles, so runs never overlap", async () => {
  let running = 0;
  let mostAtOnce = 0;
  const stop = schedulePeriodic(timing, {
    name: "job",
    run: async () => {
      running++;
      mostAtOnce = Math.max(mostAtOnce, running);
      await new Promise((done) => setTimeout(done, 25_000));
      running--;
    },
  });
  await vi.advanceTimersByTimeAsync(1000 + 25_000 + 9_999);
  expect(mostAtOnce).toBe(1);
  expect(running).toBe(0);
  await vi.advanceTimersByTimeAsync(1);
  expect(running).toBe(1);
  stop();
});

test("a failed run is logged with the job's name and the schedule goes on", async () => {
  let runs = 0;
  const log: string[] = [];
  const stop = schedulePeriodic(
    timing,
    {
      name: "widget sweep",
      run: async () => {
        runs++;
        if (runs === 1) throw new Error("database is down");
      },
    },
    (line) => log.push(line),
  );
  await vi.advanceTimersByTimeAsync(1000);
  expect(log).toEqual(["widget sweep failed (retried next run): database is down"]);
  await vi.advanceTimersByTimeAsync(10_000);
  expect(runs).toBe(2);
  expect(log).toHaveLength(1);
  stop();
});

test("a run in progress sees the stop, and nothing is planned after it", async () => {
  const seen: boolean[] = [];
  let stop = () => {};
  stop = schedulePeriodic(timing, {
    name: "job",
    run: async (isStopped) => {
      seen.push(isStopped());
      stop();
      seen.push(isStopped());
    },
  });
  await vi.advanceTimersByTimeAsync(1000);
  expect(seen).toEqual([false, true]);
  expect(vi.getTimerCount()).toBe(0);
});

test("its timers do not keep the process alive", () => {
  const setTimeoutSpy = vi.spyOn(globalThis, "setTimeout");
  const stop = schedulePeriodic(timing, { name: "job", run: async () => {} });
  const timer = setTimeoutSpy.mock.results[0]?.value as NodeJS.Timeout;
  expect(timer.hasRef()).toBe(false);
  stop();
  setTimeoutSpy.mockRestore();
});
