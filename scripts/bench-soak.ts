// npm run bench:soak -- [--minutes 10] [--readers 6] [--uploaders 2] [--log-size 256K]
//   [--hostile-every 25] [--rebuild] [--app-dir DIR]
// Mixed traffic against `next start` on a fresh database for a while: readers on
// lists, failure pages, log windows, searches, bundles and feeds; uploaders that
// are killed mid-request and retry; now and then a hostile request from the abuse
// suite's list. Prints throughput, p50/p95 per route, error counts, the server's
// RSS minute by minute beside its V8 heap, live heap, Buffers and caches (a probe
// preloaded into the server), and checks that every sent result is stored exactly
// once and whole. Exits non-zero on a lost, duplicated or partial result, a 500 on
// a read, or RSS that keeps growing after the first minute (docs/benchmarks.md).
import { rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseByteSize } from "./bench/options";
import { PayloadFactory, sentContent } from "./bench/payloads";
import { treeRssMiB } from "./bench/rss";
import { startBenchServer } from "./bench/server";
import { type MinuteMemory, memoryByMinute, memoryProbeEnv } from "./bench/server-memory";
import {
  hostileRequest,
  loadTargets,
  percentileOf,
  type ReadTargets,
  RouteTimes,
  readerRequest,
  timedGet,
} from "./bench/soak-readers";
import { type UploadOutcome, uploadResult } from "./bench/upload";
import { checkStored } from "./bench/verify";

const FILES_PER_RESULT = 6;
/**
 * RSS may rise this much from minute 2's peak to the last minute's before the run
 * fails. Minute 1 is start-up (code compiled, pools opened, the heap sized to the
 * work); from minute 2 on, a server whose memory is bounded stays within a few
 * per cent (10-minute runs: docs/benchmarks.md, "Soak").
 */
const RSS_GROWTH_LIMIT = 1.1;

function options() {
  const { values } = parseArgs({
    options: {
      minutes: { type: "string", default: "10" },
      readers: { type: "string", default: "6" },
      uploaders: { type: "string", default: "2" },
      "log-size": { type: "string", default: "256K" },
      "hostile-every": { type: "string", default: "25" },
      rebuild: { type: "boolean", default: false },
      "app-dir": { type: "string", default: process.cwd() },
    },
  });
  const number = (name: keyof typeof values) => {
    const value = Number(values[name]);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
    return value;
  };
  return {
    minutes: number("minutes"),
    readers: Math.round(number("readers")),
    uploaders: Math.round(number("uploaders")),
    logBytes: parseByteSize(values["log-size"] as string),
    hostileEvery: Math.round(number("hostile-every")),
    rebuild: values.rebuild as boolean,
    appDir: path.resolve(values["app-dir"] as string),
  };
}

async function main(): Promise<number> {
  let opts: ReturnType<typeof options>;
  try {
    opts = options();
  } catch (err) {
    console.error(`bench:soak: ${(err as Error).message}`);
    return 2;
  }
  const probeFile = path.join(os.tmpdir(), `kindling-soak-memory-${process.pid}.jsonl`);
  const server = await startBenchServer({
    rebuild: opts.rebuild,
    appDir: opts.appDir,
    serverEnv: memoryProbeEnv(probeFile),
  });
  try {
    return await soak(opts, server, probeFile);
  } finally {
    await server.stop({ keepDatabase: false });
    rmSync(probeFile, { force: true });
  }
}

async function soak(
  opts: ReturnType<typeof options>,
  server: Awaited<ReturnType<typeof startBenchServer>>,
  probeFile: string,
) {
  const endAt = Date.now() + opts.minutes * 60_000;
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.readers + opts.uploaders + 2 });
  const times = new RouteTimes();
  const runId = `soak-${Date.now().toString(36)}`;
  const payloads = new PayloadFactory(runId, opts.logBytes);
  const outcomes: UploadOutcome[] = [];
  let targets: ReadTargets = { buildIds: [], fileIds: [] };
  let nextIndex = 0;
  let reads = 0;

  // RSS once a second, kept per whole minute of traffic.
  const rssByMinute: number[] = [];
  const started = Date.now();
  const rssTimer = setInterval(() => {
    const now = Date.now();
    if (now >= endAt) return;
    const minute = Math.floor((now - started) / 60_000);
    rssByMinute[minute] = Math.max(rssByMinute[minute] ?? 0, treeRssMiB(server.pid));
  }, 1000);
  const refresh = setInterval(async () => {
    targets = await loadTargets(server.databaseUrl).catch(() => targets);
  }, 5000);
  const progress = setInterval(() => {
    const left = Math.max(0, Math.round((endAt - Date.now()) / 1000));
    console.error(`soak: ${reads} reads, ${outcomes.length} uploads, ${left}s left`);
  }, 30_000);

  const uploader = async () => {
    while (Date.now() < endAt) {
      const index = nextIndex++;
      const t0 = performance.now();
      const outcome = await uploadResult(
        { url: server.url, token: server.token, agent },
        payloads.result(index),
        { timeoutMs: 120_000, attempts: 5, kill: true },
      );
      times.record(
        "POST /api/v1/results (with kills and retries)",
        performance.now() - t0,
        outcome.final.ok ? 201 : undefined,
      );
      outcomes.push(outcome);
    }
  };
  const reader = async () => {
    while (Date.now() < endAt) {
      reads++;
      const request = reads % opts.hostileEvery === 0 ? hostileRequest(targets) : readerRequest(targets);
      if (!request) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        continue;
      }
      const { ms, status } = await timedGet(server.url, request.path, agent, 60_000);
      times.record(request.route, ms, status);
    }
  };
  await Promise.all([
    ...Array.from({ length: opts.uploaders }, uploader),
    ...Array.from({ length: opts.readers }, reader),
  ]);
  clearInterval(rssTimer);
  clearInterval(refresh);
  clearInterval(progress);
  agent.destroy();
  const seconds = (Date.now() - started) / 1000;

  const stored = await checkStored(
    server.databaseUrl,
    outcomes.map((o) => o.idempotencyKey),
    FILES_PER_RESULT,
    sentContent(payloads, outcomes.length),
  );
  return report(times, seconds, rssByMinute, memoryByMinute(probeFile, started, endAt), outcomes, stored);
}

function report(
  times: RouteTimes,
  seconds: number,
  rssByMinute: number[],
  memory: MinuteMemory[],
  outcomes: UploadOutcome[],
  stored: Awaited<ReturnType<typeof checkStored>>,
): number {
  let requests = 0;
  let serverErrors = 0;
  console.log(`\n| route | requests | p50 ms | p95 ms | network errors | 503 busy | other 5xx |`);
  console.log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: |`);
  for (const [route, stats] of [...times.routes].sort((a, b) => a[0].localeCompare(b[0]))) {
    requests += stats.count;
    if (!route.startsWith("POST")) serverErrors += stats.serverErrors;
    console.log(
      `| ${route} | ${stats.count} | ${percentileOf(stats.times, 50).toFixed(0)} | ${percentileOf(stats.times, 95).toFixed(0)} | ${stats.errors} | ${stats.busy} | ${stats.serverErrors} |`,
    );
  }
  const failedUploads = outcomes.filter((o) => !o.final.ok).length;
  const retried = outcomes.filter((o) => o.attempts.length > 1).length;
  const peak = Math.max(...rssByMinute.filter(Number.isFinite));
  // Judged from minute 2 to the last, so a run needs three minutes for a verdict.
  const judged = rssByMinute.length >= 3;
  const growth = judged ? (rssByMinute[rssByMinute.length - 1] ?? 0) / rssByMinute[1] : 1;
  const liveGrowth =
    memory.length >= 3 ? (memory[memory.length - 1]?.liveMiB ?? 0) / (memory[1]?.liveMiB || 1) : 1;
  console.log(
    `\nthroughput        ${(requests / seconds).toFixed(1)} requests/s over ${seconds.toFixed(0)} s`,
  );
  console.log(
    `uploads           ${outcomes.length} results (${retried} retried, ${failedUploads} failed after retries)`,
  );
  console.log(
    `stored            ${stored.sent} sent: ${stored.lost.length} lost, ${stored.duplicated.length} duplicated, ${stored.partial.length} partial, ${stored.corrupt.length} corrupt`,
  );
  console.log(`read 5xx          ${serverErrors} (503 with Retry-After is a limit saying so, counted apart)`);
  console.log(
    `server RSS (MiB)  per minute: ${rssByMinute.map((m) => m.toFixed(0)).join(" ")}; peak ${peak.toFixed(0)}`,
  );
  console.log(
    judged
      ? `RSS growth        last minute / minute 2 = ${growth.toFixed(2)} (limit ${RSS_GROWTH_LIMIT}); live heap ${liveGrowth.toFixed(2)}`
      : `RSS growth        not judged: fewer than 3 minutes (minute 1 is start-up)`,
  );
  printMemory(rssByMinute, memory);
  const whole =
    stored.lost.length + stored.duplicated.length + stored.partial.length + stored.corrupt.length === 0;
  const flat = growth <= RSS_GROWTH_LIMIT;
  const ok = whole && serverErrors === 0 && failedUploads === 0 && flat;
  console.log(ok ? "\nsoak: OK" : "\nsoak: FAILED (see above)");
  return ok ? 0 : 1;
}

/** Where the memory is, minute by minute: a rise in RSS shows here as heap, Buffers, caches, or none of them (native). */
function printMemory(rssByMinute: number[], memory: MinuteMemory[]): void {
  if (memory.length === 0) {
    console.log("server memory     the probe wrote nothing (see scripts/bench/mem-probe.cjs)");
    return;
  }
  console.log(
    `\n| minute | tree RSS | server RSS | V8 heap | live heap after GC | external | worker heaps | caches (entries) | major GCs | GC s | CPU s |`,
  );
  console.log(`| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`);
  const mib = (value: number | undefined) => (value ?? 0).toFixed(0);
  memory.forEach((row, minute) => {
    console.log(
      `| ${minute + 1} | ${mib(rssByMinute[minute])} | ${mib(row.rssMiB)} | ${mib(row.heapTotalMiB)} | ${mib(row.liveMiB)} | ${mib(row.externalMiB)} | ${mib(row.workerHeapMiB)} | ${row.cacheMiB.toFixed(1)} (${row.cacheEntries}) | ${row.majorGcs} | ${row.gcSeconds.toFixed(1)} | ${row.cpuSeconds.toFixed(1)} |`,
    );
  });
  console.log(
    "(MiB; V8 heap is the request thread's reserved heap, external its Buffers and other off-heap memory)",
  );
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`bench:soak: ${(err as Error).stack ?? err}`);
    process.exit(1);
  },
);
