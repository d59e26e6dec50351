import { expect, test } from "vitest";
import { busyResponse, WorkBusy, WorkLimit } from "./work-limit";

function blocker() {
  let release = () => {};
  const done = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { task: () => done, release };
}

test("N run, M wait, the next caller is told to come back (503 + Retry-After)", async () => {
  const limit = new WorkLimit({ maxRunning: 1, maxQueued: 1, retryAfterSeconds: 7, what: "tests" });
  const first = blocker();
  const running = limit.run(first.task);
  const waiting = limit.run(async () => "second");
  expect(limit.load).toEqual({ running: 1, queued: 1 });
  let busy: unknown;
  try {
    await limit.run(async () => "third");
  } catch (err) {
    busy = err;
  }
  expect(busy).toBeInstanceOf(WorkBusy);
  const response = busyResponse(busy as WorkBusy);
  expect(response.status).toBe(503);
  expect(response.headers.get("retry-after")).toBe("7");
  expect(await response.json()).toEqual({
    error: { code: "busy", message: "too many tests are running; try again shortly" },
  });
  first.release();
  await running;
  expect(await waiting).toBe("second");
  expect(limit.load).toEqual({ running: 0, queued: 0 });
});

test("a waiter whose client leaves drops out of the queue and never runs", async () => {
  const limit = new WorkLimit({ maxRunning: 1, maxQueued: 1 });
  const first = blocker();
  const running = limit.run(first.task);
  const controller = new AbortController();
  let ran = false;
  const waiting = limit.run(async () => {
    ran = true;
  }, controller.signal);
  controller.abort(new Error("client gone"));
  await expect(waiting).rejects.toThrow("client gone");
  expect(limit.load.queued).toBe(0);
  first.release();
  await running;
  expect(ran).toBe(false);
});
