// Issue 14 item 2: compressed config.log / test-suite.log style attachments in
// one upload. They used to be kept as arrays of line strings until the upload
// ended: six gzip files of 32 MiB of empty lines (196 KB on the wire) peaked at
// 3.2 GB; twenty ended in "Reached heap limit".
import { expect, test } from "vitest";
import { HEALTH_BOUND_MS, runHost } from "./run-host";

test("six gzip attachments of 32 MiB of short lines: 201, the server stays under 700 MB", async () => {
  const report = await runHost(["upload-attachments", "6", "gzip"]);
  expect(report.outcome).toMatchObject({ status: 201, body: { created: true } });
  expect(report.outcome.wireBytes).toBeLessThan(300_000);
  expect(report.peakRssMb).toBeLessThan(700);
  expect(report.health.maxMs).toBeLessThan(HEALTH_BOUND_MS);
});

test("xz variant with other names (test-suite.log, meson-log.txt, CMakeError.log): 201, under 700 MB", async () => {
  const report = await runHost(["upload-attachments", "4", "xz"]);
  expect(report.outcome).toMatchObject({ status: 201 });
  expect(report.peakRssMb).toBeLessThan(700);
  expect(report.health.maxMs).toBeLessThan(HEALTH_BOUND_MS);
});
