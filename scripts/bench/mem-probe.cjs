// Preloaded into the bench's `next start` (NODE_OPTIONS=--require) when
// KINDLING_MEM_PROBE_FILE is set: every second, each thread of each process in
// the tree appends one JSON line with its process.memoryUsage() and, when the
// app has registered them (lib/bounded-cache.ts), the load of its in-process
// caches. RSS is per process; heap numbers are per isolate (a worker thread's
// heap is counted in RSS but not in the main thread's heapUsed).
const file = process.env.KINDLING_MEM_PROBE_FILE;
if (file) {
  const { appendFileSync } = require("node:fs");
  const { threadId } = require("node:worker_threads");
  const { PerformanceObserver, constants } = require("node:perf_hooks");
  // heapUsed just after the latest mark-compact: the live heap, give or take the
  // few allocations between the collection and this callback.
  let liveAfterGc = 0;
  let majorGcs = 0;
  let gcMs = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gcMs += entry.duration;
      if (entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) {
        majorGcs++;
        liveAfterGc = process.memoryUsage().heapUsed;
      }
    }
  }).observe({ entryTypes: ["gc"] });
  const timer = setInterval(() => {
    const usage = process.memoryUsage();
    const cpu = process.cpuUsage(); // the process's, in every thread
    const registry = globalThis.kindlingCaches;
    const caches = {};
    if (registry)
      for (const [name, cache] of registry) caches[name] = { entries: cache.size, bytes: cache.bytes };
    const line = {
      t: Date.now(),
      pid: process.pid,
      threadId,
      rss: usage.rss,
      heapTotal: usage.heapTotal,
      heapUsed: usage.heapUsed,
      external: usage.external,
      arrayBuffers: usage.arrayBuffers,
      liveAfterGc,
      majorGcs,
      gcMs: Math.round(gcMs),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      caches,
    };
    try {
      appendFileSync(file, `${JSON.stringify(line)}\n`);
    } catch {
      // a probe that cannot write (disk full) must not take the server down with it
    }
  }, 1000);
  timer.unref();
}
