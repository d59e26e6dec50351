// Issue 14 items 6 and 7: an archive compressed twice is stored after one layer,
// and every member view decompressed all of it (a 4 GiB member in 944 bytes:
// 13.6 s per view, aborted views kept their xz). Missing member names were
// cached for ever at size 0 (62,000 names: 0.18 -> 3.67 GB).
import { expect, test } from "vitest";
import { HEALTH_BOUND_MS, type HostReport, runHost } from "./run-host";

// 64 MiB keeps the test quick; the default (256 MiB) is the same code path.
const CAP = { KINDLING_MEMBER_SCAN_BYTES: String(64 * 1024 * 1024) };

for (const [inner, outer] of [
  ["xz", "xz"],
  ["gzip", "xz"],
]) {
  test(`${outer} of ${inner} of a tar with a 1 GiB member: 422 at the cap, aborted views stop, bursts get 503`, async () => {
    const report = await runHost(["nested-archive", "1", inner, outer], CAP);
    const outcome = report.outcome as HostReport["outcome"] & {
      view: { status: number; ms: number; body: unknown };
    };
    expect(outcome.uploadedBytes).toBeLessThan(2_000_000);
    expect(outcome.view.status).toBe(422);
    expect(outcome.view.body).toMatchObject({
      error: { code: "member_out_of_reach", message: expect.stringMatching(/67108864-byte cap/) },
    });
    expect(outcome.view.ms).toBeLessThan(5000);
    // The inner layer is what a view decompresses: xz in a child process, gzip in-process (zlib).
    expect(outcome.runningBeforeAbort).toBe(inner === "xz" ? 1 : 0);
    expect(outcome.leftAfterAbort).toBe(0);
    expect(outcome.burst?.busy).toBeGreaterThan(0);
    expect(outcome.burst?.retryAfter).toMatch(/^\d+$/);
    expect(outcome.leftAtEnd).toBe(0);
    expect(report.peakRssMb).toBeLessThan(600);
    expect(report.health.maxMs).toBeLessThan(HEALTH_BOUND_MS);
  });
}

test("4,000 distinct missing member names: all 404, the member cache keeps at most 256 entries", async () => {
  const report = await runHost(["member-misses", "4000"]);
  expect(report.outcome.statuses).toEqual({ 404: 4000 });
  expect(report.outcome.cacheEntries).toBeLessThanOrEqual(256);
  expect(report.outcome.cacheBytes).toBeLessThanOrEqual(128 * 1024 * 1024);
  expect(report.peakRssMb).toBeLessThan(600);
  expect(report.health.maxMs).toBeLessThan(HEALTH_BOUND_MS);
});
