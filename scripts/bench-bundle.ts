// Attachment bundle benchmark: for 1, 10, 50 and 100 MB build logs (stored
// through the real ingest, with an emerge-info.txt), the cold (first) and warm
// (kept members) time to the first byte and to the end of the tar, the members
// made, peak RSS of this process plus its xz children; then 12 requests that
// the client abandons, and how many xz processes are left 2 s later (must be 0).
// Usage: DATABASE_URL=... npm run bench:bundle [-- --sizes 1,10,50,100,100r]
// ("100r": 100 MB of one repeated line: gzip 1000:1, so xz reads all of it, the slowest path).
// Writes unique rows into DATABASE_URL; docs/bug-filing.md has numbers.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Readable } from "node:stream";
import { parseArgs } from "node:util";
import { type BundleBuild, openBundle } from "@/lib/bugs/bundle";
import { liveXzChildren, xzCounters } from "@/lib/bugs/bundle-xz";
import { bigBuildLog } from "@/lib/files/testing/big-log";
import { bundleFiles } from "@/lib/queries/builds";
import { runLogBench, storeBigLog } from "./bench/store-big-log";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "1,10,50,100,100r" } } });
const MiB = 1024 * 1024;

/** "Nr": N MB of one repeated line, which gzips ~1000:1, so xz reads the whole file (the slowest path). */
function* repetitive(bytes: number, tag: string, tail: Generator<Buffer>): Generator<Buffer> {
  yield Buffer.from(`# ${tag}\n`);
  const block = Buffer.from("make[2]: Nothing to be done for 'all'.\n".repeat(25_000));
  for (let made = 0; made < bytes; made += block.length) yield block;
  yield* tail;
}

async function storeFailure(size: string): Promise<BundleBuild> {
  const megabytes = Number.parseFloat(size);
  const tag = `bundle${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  const log = bigBuildLog(size.endsWith("r") ? 0 : megabytes * MiB, tag);
  if (size.endsWith("r")) log.pieces = repetitive(megabytes * MiB, tag, log.pieces);
  const info = `Portage 3.0.66 (python 3.13.1, default/linux/amd64/23.0, gcc-15)\n${log.atom}\n`;
  const buildId = await storeBigLog("kindling-bench-bundle", log, [
    { name: "emerge-info.txt", content: Buffer.from(info) },
  ]);
  const build = await bundleFiles(buildId);
  if (!build) throw new Error("the build vanished");
  return build;
}

/** Reads the whole tar: ms to the first byte and to the end, bytes. */
async function timeBundle(
  build: BundleBuild,
): Promise<{ firstByteMs: number; totalMs: number; bytes: number }> {
  const started = performance.now();
  const tar: Readable = await openBundle(build, new AbortController().signal);
  let firstByteMs = -1;
  let bytes = 0;
  for await (const chunk of tar) {
    if (firstByteMs < 0) firstByteMs = performance.now() - started;
    bytes += (chunk as Buffer).length;
  }
  return { firstByteMs, totalMs: performance.now() - started, bytes };
}

/** Peak RSS of this process plus its live xz children, sampled every 20 ms. */
function rssSampler() {
  let peak = 0;
  const read = (pid: number | "self") =>
    Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
  const sample = () => {
    let total = read("self");
    for (const pid of liveXzChildren()) {
      try {
        total += read(pid);
      } catch {
        // Exited between the listing and the read.
      }
    }
    peak = Math.max(peak, total);
  };
  const startMiB = read("self") / MiB;
  const timer = setInterval(sample, 20);
  return {
    startMiB,
    stop: () => {
      clearInterval(timer);
      sample();
      return peak / MiB;
    },
  };
}

async function abandonedRequests(builds: BundleBuild[]): Promise<Record<string, number | string>> {
  const clients = builds.map(() => new AbortController());
  const opened = await Promise.allSettled(builds.map((build, i) => openBundle(build, clients[i].signal)));
  const busy = opened.filter((outcome) => outcome.status === "rejected").length;
  await new Promise((resolve) => setTimeout(resolve, 100));
  const runningBeforeAbort = liveXzChildren().length;
  for (const client of clients) client.abort(new Error("client gone"));
  for (const outcome of opened) if (outcome.status === "fulfilled") outcome.value.destroy();
  await new Promise((resolve) => setTimeout(resolve, 2000));
  return {
    requests: builds.length,
    answered503: busy,
    xzRunningBeforeAbort: runningBeforeAbort,
    xzLeft2sAfter: liveXzChildren().length,
  };
}

async function main(): Promise<void> {
  const sizes = (values.sizes ?? "1,10,50,100,100r").split(",").filter((size) => Number.parseFloat(size) > 0);
  const rows: Array<Record<string, string | number>> = [];
  let peakMiB = 0;
  for (const size of sizes) {
    const ingestStarted = performance.now();
    const build = await storeFailure(size);
    const ingestS = ((performance.now() - ingestStarted) / 1000).toFixed(1);
    const sampler = rssSampler();
    const xzBefore = xzCounters.started;
    const cold = await timeBundle(build);
    const xzRuns = xzCounters.started - xzBefore;
    const warm = await timeBundle(build);
    const peakRun = sampler.stop();
    peakMiB = Math.max(peakMiB, peakRun);
    rows.push({
      log: `${size} MB`,
      rssBeforeMiB: sampler.startMiB.toFixed(0),
      rssPeakMiB: peakRun.toFixed(0),
      ingestS,
      coldFirstByteMs: cold.firstByteMs.toFixed(0),
      coldTotalMs: cold.totalMs.toFixed(0),
      xzRuns,
      warmFirstByteMs: warm.firstByteMs.toFixed(0),
      warmTotalMs: warm.totalMs.toFixed(0),
      tarKiB: (cold.bytes / 1024).toFixed(0),
    });
  }
  console.table(rows);
  console.log(`peak RSS (this process + its xz children) during the bundles: ${peakMiB.toFixed(0)} MiB`);
  const abandoned = await Promise.all(Array.from({ length: 12 }, () => storeFailure("10")));
  console.table([{ case: "12 builds, 10 MB logs each, abandoned", ...(await abandonedRequests(abandoned)) }]);
  const shared = await storeFailure("10");
  console.table([
    { case: "12 requests for one build, abandoned", ...(await abandonedRequests(Array(12).fill(shared))) },
  ]);
}

runLogBench(main);
