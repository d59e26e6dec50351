// Grep benchmark: N synthetic build logs (the popt log with compile noise,
// stored through the real ingest in the db blob store), then
//   1. the matcher alone over the decompressed bytes (literal, regex): MB/s on one core;
//   2. a whole grep job (read chunks from PostgreSQL, gunzip, match, write hits)
//      for a literal and a regex: MB/s per core used (process CPU time, thread pool included)
//      and wall time;
//   3. time to first hit for a literal present in the newest logs.
// Usage: DATABASE_URL=... npm run bench:grep [-- --logs 20 --mb 10]
// Writes unique rows into DATABASE_URL; docs/benchmarks.md has numbers.
import { parseArgs } from "node:util";
import { db } from "@/lib/db";
import { bigBuildLog } from "@/lib/files/testing/big-log";
import { getGrepJob } from "@/lib/grep/job-view";
import { startGrepJob } from "@/lib/grep/jobs";
import { LineGrep } from "@/lib/grep/line-grep";
import { compilePattern, type GrepMode } from "@/lib/grep/matcher";
import { blobPieces } from "@/lib/grep/sources";
import { grepWorkers } from "@/lib/grep/workers";
import { runLogBench, storeBigLog } from "./bench/store-big-log";

const { values } = parseArgs({
  options: {
    logs: { type: "string", default: "20" },
    mb: { type: "string", default: "10" },
  },
});
const LOGS = Number(values.logs);
const MB = Number(values.mb);

const LITERAL = "implicit-function-declaration";
// The log's warnings carry ANSI colour codes between "warning:" and the message, as gcc prints them.
const REGEX = "unused variable 'v9[0-9]' \\[-W[a-z-]+\\]";

async function storeLogs(tinderbox: string): Promise<string[]> {
  const shas: string[] = [];
  for (let i = 0; i < LOGS; i++) {
    const buildId = await storeBigLog(
      tinderbox,
      bigBuildLog(MB * 1024 * 1024, `g${Date.now().toString(36)}n${i}`),
    );
    const file = await db.file.findFirstOrThrow({ where: { buildId, role: "build-log" } });
    shas.push(file.blobSha256);
  }
  return shas;
}

async function matcherOnly(shas: string[], mode: GrepMode, pattern: string) {
  const pieces: Buffer[] = [];
  for (const sha of shas.slice(0, 3)) for await (const piece of blobPieces(sha)) pieces.push(piece);
  const compiled = compilePattern(pattern, mode);
  if (!compiled.ok) throw new Error(compiled.message);
  const bytes = pieces.reduce((sum, piece) => sum + piece.length, 0);
  const started = performance.now();
  let hits = 0;
  const grep = new LineGrep(compiled.matcher);
  for (const piece of pieces) {
    for (let at = 0; at < piece.length; at += 64 * 1024) grep.push(piece.subarray(at, at + 64 * 1024));
    hits += grep.hits.splice(0).length;
  }
  grep.end();
  const seconds = (performance.now() - started) / 1000;
  return { mbPerSecond: bytes / 1e6 / seconds, hits };
}

/** Reading and gunzipping alone (no matching): what the store and zlib cost per core. */
async function readOnly(shas: string[]) {
  const cpuBefore = process.cpuUsage();
  let bytes = 0;
  for (const sha of shas) for await (const piece of blobPieces(sha)) bytes += piece.length;
  const cpu = process.cpuUsage(cpuBefore);
  return bytes / 1e6 / ((cpu.user + cpu.system) / 1e6);
}

/** `pollMs`: how often the bench asks for progress (its own queries cost CPU in this process too). */
async function wholeJob(tinderbox: string, mode: GrepMode, pattern: string, pollMs: number) {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const job = await startGrepJob({ pattern, mode, filters: `tinderbox=${tinderbox}&status=all` }, null);
  if (!job.ok) throw new Error(job.message);
  let firstHitMs: number | null = null;
  for (;;) {
    const view = await getGrepJob(job.id);
    if (firstHitMs === null && view && view.hitCount > 0) firstHitMs = performance.now() - started;
    if (view && !["queued", "running"].includes(view.status)) {
      const cpu = process.cpuUsage(cpuBefore);
      const cpuSeconds = (cpu.user + cpu.system) / 1e6;
      const wall = (performance.now() - started) / 1000;
      const mb = view.bytesDone / 1e6;
      return {
        status: view.status,
        mb,
        wall,
        cpuSeconds,
        perCore: mb / cpuSeconds,
        hits: view.hitCount,
        firstHitMs,
      };
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

runLogBench(async () => {
  const tinderbox = `kindling-bench-grep-${Date.now().toString(36)}`;
  console.log(`storing ${LOGS} logs of ~${MB} MB ...`);
  const shas = await storeLogs(tinderbox);
  for (const [mode, pattern] of [
    ["literal", LITERAL],
    ["regex", REGEX],
  ] as const) {
    const only = await matcherOnly(shas, mode, pattern);
    console.log(`matcher only, ${mode}: ${only.mbPerSecond.toFixed(0)} MB/s on one core (${only.hits} hits)`);
  }
  console.log(`read + gunzip only: ${(await readOnly(shas)).toFixed(0)} MB/s per core`);
  const first = await wholeJob(tinderbox, "literal", LITERAL, 5);
  console.log(
    `time to first hit (literal, newest log, polled every 5 ms): ${first.firstHitMs?.toFixed(0) ?? "-"} ms`,
  );
  for (const [mode, pattern] of [
    ["literal", LITERAL],
    ["regex", REGEX],
  ] as const) {
    const run = await wholeJob(tinderbox, mode, pattern, 250);
    console.log(
      `grep job, ${mode}: ${run.mb.toFixed(0)} MB in ${run.wall.toFixed(2)} s wall, ${run.cpuSeconds.toFixed(2)} s CPU = ` +
        `${run.perCore.toFixed(0)} MB/s per core; ${run.hits} hits, first after ${run.firstHitMs?.toFixed(0) ?? "-"} ms (${run.status})`,
    );
  }
  await grepWorkers().stop();
});
