// Issue 14 (search limit of item 11): whole-file searches had no concurrency
// limit and ran on after their client left.
import { expect, test } from "vitest";
import { HEALTH_BOUND_MS, type HostReport, runHost } from "./run-host";

test("thirty searches of a 32 MiB log at once: a few run, the rest get 503 + Retry-After; aborted ones stop", async () => {
  const report = await runHost(["search", "32"]);
  const outcome = report.outcome as HostReport["outcome"] & {
    single: { status: number; totalLines: number };
    afterAbort: { status: number };
  };
  expect(outcome.single).toMatchObject({ status: 200, totalLines: 524288 });
  expect(outcome.burst?.busy).toBeGreaterThan(0);
  expect(outcome.burst?.ok).toBeGreaterThan(0);
  expect(outcome.burst?.retryAfter).toMatch(/^\d+$/);
  expect(outcome.burst?.busyBody).toMatchObject({ error: { code: "busy" } });
  expect(outcome.afterAbort.status).toBe(200);
  expect(report.peakRssMb).toBeLessThan(600);
  expect(report.health.maxMs).toBeLessThan(HEALTH_BOUND_MS);
});
