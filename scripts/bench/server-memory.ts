// bench:soak's view of the server's memory: mem-probe.cjs, preloaded into `next
// start`, appends a line per thread per second (process.memoryUsage(), the live
// heap after the latest mark-compact, GC and CPU time, the named caches' load);
// this turns those lines into one row per minute for the serving process.
import { readFileSync } from "node:fs";
import path from "node:path";

interface ProbeLine {
  t: number;
  pid: number;
  threadId: number;
  rss: number;
  heapTotal: number;
  external: number;
  liveAfterGc: number;
  majorGcs: number;
  gcMs: number;
  cpuMs: number;
  caches: Record<string, { entries: number; bytes: number }>;
}

export interface MinuteMemory {
  /** The serving process (the largest in the tree), MiB: peak of the minute. */
  rssMiB: number;
  /** The request thread's V8 heap (reserved), MiB: peak. */
  heapTotalMiB: number;
  /** heapUsed right after the minute's last mark-compact: what the heap really keeps, MiB. */
  liveMiB: number;
  /** Buffers and other memory V8 objects hold outside the heap, MiB: peak. */
  externalMiB: number;
  /** Worker threads' heaps (the analysis thread, grep workers), MiB: peak of their sum. */
  workerHeapMiB: number;
  /** The named caches' estimated bytes at the minute's end, MiB, and their entries. */
  cacheMiB: number;
  cacheEntries: number;
  majorGcs: number;
  gcSeconds: number;
  cpuSeconds: number;
}

const MiB = 1024 * 1024;

/** The server's environment additions that turn the probe on. */
export function memoryProbeEnv(
  file: string,
  nodeOptions = process.env.NODE_OPTIONS ?? "",
): Record<string, string> {
  const probe = path.join(__dirname, "mem-probe.cjs");
  return { KINDLING_MEM_PROBE_FILE: file, NODE_OPTIONS: `${nodeOptions} --require ${probe}`.trim() };
}

/** One row per whole minute from `startedAt` until `endAt`; empty when the probe wrote nothing. */
export function memoryByMinute(file: string, startedAt: number, endAt: number): MinuteMemory[] {
  let lines: ProbeLine[];
  try {
    lines = readFileSync(file, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as ProbeLine);
  } catch {
    return [];
  }
  // `next start` is a launcher: the serving process is the tree's largest.
  const peakByPid = new Map<number, number>();
  for (const line of lines) peakByPid.set(line.pid, Math.max(peakByPid.get(line.pid) ?? 0, line.rss));
  const server = [...peakByPid].sort((a, b) => b[1] - a[1])[0]?.[0];
  const minutes: MinuteMemory[] = [];
  // The counters are cumulative: a minute's share is its last value minus the previous minute's.
  let before = { majorGcs: 0, gcMs: 0, cpuMs: 0 };
  const byMinute = new Map<number, ProbeLine[]>();
  for (const line of lines) {
    if (line.pid !== server || line.t >= endAt) continue;
    if (line.t < startedAt) {
      if (line.threadId === 0) before = line; // start-up's share is nobody's minute
      continue;
    }
    const minute = Math.floor((line.t - startedAt) / 60_000);
    const rows = byMinute.get(minute);
    if (rows) rows.push(line);
    else byMinute.set(minute, [line]);
  }
  for (const [minute, rows] of [...byMinute].sort((a, b) => a[0] - b[0])) {
    const main = rows.filter((row) => row.threadId === 0);
    const last = main[main.length - 1];
    if (!last) continue;
    const workers = new Map<number, number>(); // second -> sum of the worker heaps
    for (const row of rows)
      if (row.threadId !== 0) {
        const second = Math.floor(row.t / 1000);
        workers.set(second, (workers.get(second) ?? 0) + row.heapTotal);
      }
    const caches = Object.values(last.caches);
    minutes[minute] = {
      rssMiB: Math.max(...main.map((row) => row.rss)) / MiB,
      heapTotalMiB: Math.max(...main.map((row) => row.heapTotal)) / MiB,
      liveMiB: last.liveAfterGc / MiB,
      externalMiB: Math.max(...main.map((row) => row.external)) / MiB,
      workerHeapMiB: Math.max(0, ...workers.values()) / MiB,
      cacheMiB: caches.reduce((sum, cache) => sum + cache.bytes, 0) / MiB,
      cacheEntries: caches.reduce((sum, cache) => sum + cache.entries, 0),
      majorGcs: last.majorGcs - before.majorGcs,
      gcSeconds: (last.gcMs - before.gcMs) / 1000,
      cpuSeconds: (last.cpuMs - before.cpuMs) / 1000,
    };
    before = last;
  }
  return minutes;
}
