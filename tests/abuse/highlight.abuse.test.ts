// Issue 14 item 5: a log with an escape sequence per character. One 200-line
// window used to be a 127 MB answer and seconds of main-thread work.
import { expect, test } from "vitest";
import { HEALTH_BOUND_MS, runHost } from "./run-host";

test("three colour-heavy windows at once: each a few MB, the rest plain text and said so; a burst gets 503", async () => {
  const report = await runHost(["colour-window", "3", "20"]);
  const outcome = report.outcome;
  expect(outcome.statuses).toEqual([200, 200, 200]);
  expect(outcome.maxBytes).toBeLessThan(4 * 1024 * 1024);
  expect(outcome.plainFromLine).toBeGreaterThan(1);
  expect(outcome.notice).toMatch(/colouring stopped at line \d+/);
  expect(outcome.burst?.busy).toBeGreaterThan(0);
  expect(outcome.burst?.retryAfter).toMatch(/^\d+$/);
  expect(outcome.burst?.busyBody).toMatchObject({
    error: { code: "busy", message: expect.stringMatching(/try again/) },
  });
  expect(report.peakRssMb).toBeLessThan(900);
  expect(report.health.maxMs).toBeLessThan(HEALTH_BOUND_MS);
});
