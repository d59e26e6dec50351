// Issue 14: a member view kept a string per line, so a member of 32 MiB of
// empty lines (MEMBER_READ_CAP, 5 KB as tar.xz) held 33.5 M of them: three
// views at once peaked at 1185-1234 MiB RSS. Its lines are now kept packed (the
// 32 MiB read plus a line start per 64 lines, 2 MiB): 321-362 MiB measured.
import { expect, test } from "vitest";
import { HEALTH_BOUND_MS, runHost } from "./run-host";

test("3 views at once of a 32 MiB member of empty lines: 200 with every line counted, bounded memory", async () => {
  const report = await runHost(["member-empty-lines", "3"]);
  const outcome = report.outcome as { uploadedBytes: number; views: Array<Record<string, unknown>> };
  expect(outcome.uploadedBytes).toBeLessThan(1_000_000);
  for (const view of outcome.views) expect(view).toMatchObject({ status: 200, totalLines: 32 * 1024 * 1024 });
  expect(outcome.views.map((v) => v.lines)).toEqual([200, 200, 200, 10]);
  // Baseline ~80 MiB + the read's chunks and their joined copy (64 MiB) + V8 slack: 600 leaves room
  // for a loaded machine, and a string per line (1185-1234 MiB) still fails it.
  expect(report.peakRssMb).toBeLessThan(600);
  expect(report.health.maxMs).toBeLessThan(HEALTH_BOUND_MS);
});
