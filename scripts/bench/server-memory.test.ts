import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { memoryByMinute, memoryProbeEnv } from "./server-memory";

const MiB = 1024 * 1024;
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});
function tempFile(): string {
  dir = mkdtempSync(path.join(os.tmpdir(), "server-memory-"));
  return path.join(dir, "probe.jsonl");
}

test("the probe preloaded into a process reports its memory, its live heap after a mark-compact and its named caches", () => {
  const file = tempFile();
  const startedAt = Date.now();
  // A named BoundedCache registers itself on globalThis.kindlingCaches; this stands in for one.
  const script = `
    globalThis.kindlingCaches = new Map([["lines", { size: 3, bytes: 5 * 1024 * 1024 }]]);
    const kept = Array.from({ length: 200000 }, (_, i) => ({ i }));
    setTimeout(() => { global.gc(); setTimeout(() => console.log(kept.length), 1500); }, 100);`;
  const run = spawnSync(process.execPath, ["--expose-gc", "-e", script], {
    env: { ...process.env, ...memoryProbeEnv(file, "") },
    encoding: "utf8",
  });
  expect(run.status).toBe(0);
  expect(readFileSync(file, "utf8").split("\n").filter(Boolean).length).toBeGreaterThanOrEqual(1);
  const [minute] = memoryByMinute(file, startedAt, Date.now());
  expect(minute.rssMiB).toBeGreaterThan(10);
  expect(minute.heapTotalMiB).toBeGreaterThan(minute.liveMiB);
  expect(minute.liveMiB).toBeGreaterThan(2); // the 200,000 kept objects
  expect(minute.majorGcs).toBeGreaterThanOrEqual(1);
  expect([minute.cacheMiB, minute.cacheEntries]).toEqual([5, 3]);
});

test("minutes are the serving process's (the tree's largest), counted from the start, counters per minute", () => {
  const file = tempFile();
  const t0 = 1_000_000;
  const line = (pid: number, threadId: number, second: number, rss: number, counters: number) =>
    JSON.stringify({
      t: t0 + second * 1000,
      pid,
      threadId,
      rss: rss * MiB,
      heapTotal: 100 * MiB,
      heapUsed: 50 * MiB,
      external: 10 * MiB,
      arrayBuffers: 5 * MiB,
      liveAfterGc: (40 + second / 60) * MiB,
      majorGcs: counters,
      gcMs: counters * 100,
      cpuMs: counters * 1000,
      caches: {},
    });
  writeFileSync(
    file,
    [
      line(1, 0, 30, 50, 0), // the launcher: small, ignored
      line(2, 0, -5, 300, 2), // start-up, before the traffic: a baseline, not a minute
      line(2, 0, 10, 400, 5),
      line(2, 1, 10, 400, 0),
      line(2, 0, 70, 420, 9),
      line(2, 0, 130, 999, 20), // after the end: not counted
    ].join("\n"),
  );
  const minutes = memoryByMinute(file, t0, t0 + 120_000);
  expect(minutes.map((m) => [Math.round(m.rssMiB), m.majorGcs, m.cpuSeconds])).toEqual([
    [400, 3, 3],
    [420, 4, 4],
  ]);
  expect(minutes[0].workerHeapMiB).toBe(100);
});
