// Storage benchmark: write speed, window-read latency and peak RSS for one big
// synthetic build log, and ingest throughput for results of a 1 MB log + 5 small
// files. Usage: tsx scripts/bench-storage.ts [--mb 100] [--store db|fs|s3] [--level 6] [--results 200]
// --store s3 uses the bucket of KINDLING_S3_* (docs/storage.md, "Object storage").
// Writes real rows (unique content) into DATABASE_URL; docs/storage.md records the numbers.
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { db } from "@/lib/db";
import { openTextStream } from "@/lib/storage/blob-reader";
import type { BlobStoreKind } from "@/lib/storage/blob-store";
import { type StagedBlob, stageBlob } from "@/lib/storage/blob-writer";
import { closeChunkPool } from "@/lib/storage/chunk-pool";
import { commitBlobs } from "@/lib/storage/commit";
import { discardChunkSet } from "@/lib/storage/discard";
import { readLineWindow } from "@/lib/storage/line-window";
import { storeFor } from "@/lib/storage/stores";

const { values } = parseArgs({
  options: {
    mb: { type: "string", default: "100" },
    store: { type: "string", default: "db" },
    level: { type: "string", default: "1" },
    results: { type: "string", default: "200" },
  },
});
const STORES: BlobStoreKind[] = ["db", "fs", "s3"];
const store = storeFor(STORES.find((kind) => kind === values.store) ?? "db");
const gzipLevel = Number(values.level);

/** A build-log-like byte stream of `bytes` bytes, generated piece by piece (never held whole). */
async function* syntheticLog(bytes: number, seed = 1): AsyncGenerator<Buffer> {
  let state = seed;
  const rand = (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
  yield Buffer.from(`>>> Emerging dev-libs/bench-${randomUUID()}\n`);
  let produced = 0;
  while (produced < bytes) {
    const lines: string[] = [];
    for (let i = 0; i < 500; i++) {
      const file = `src/module${rand(400)}/file_${rand(9000)}.c`;
      const kind = rand(10);
      if (kind < 7) {
        lines.push(
          `x86_64-pc-linux-gnu-gcc -DHAVE_CONFIG_H -I. -I../include -O2 -pipe -march=native -c ${file} -o ${file}.o`,
        );
      } else if (kind < 9)
        lines.push(
          `libtool: compile: ${file}:${rand(3000)}:${rand(80)}: warning: unused variable 'v${rand(99)}'`,
        );
      else
        lines.push(
          `checking for ${["stdint.h", "pthread_create", "dlopen", "iconv"][rand(4)]}... ${rand(2) ? "yes" : "no"}`,
        );
    }
    const piece = Buffer.from(`${lines.join("\n")}\n`);
    produced += piece.length;
    yield piece;
  }
}

function rssMiB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

async function commit(staged: StagedBlob[]): Promise<void> {
  const results = await db.$transaction((tx) => commitBlobs(tx, staged));
  await Promise.all(staged.filter((_, i) => !results[i].created).map((s) => discardChunkSet(s.chunkSetId)));
}

async function benchBigLog(megabytes: number): Promise<void> {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const staged = await stageBlob(syntheticLog(megabytes * 1024 * 1024), { store, gzipLevel });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  await commit([staged]);
  console.log(
    `write ${(staged.size / 2 ** 20).toFixed(0)} MiB, ${staged.lineCount} lines, ${staged.chunkCount} chunks: ` +
      `${(staged.size / 2 ** 20 / seconds).toFixed(1)} MiB/s, gzip ratio ${(staged.size / staged.gzSize).toFixed(1)}x ` +
      `(store ${store.kind}, level ${gzipLevel}), ${(staged.size / 2 ** 20 / cpuSeconds).toFixed(1)} MiB per CPU-second ` +
      `of this process (includes generating the log), peak RSS ${rssMiB()} MiB`,
  );
  const latencies: number[] = [];
  for (let i = 0; i < 30; i++) {
    const from = 1 + Math.floor((staged.lineCount - 200) * (i / 30));
    const t = performance.now();
    const window = await readLineWindow(staged.sha256, from, from + 199);
    latencies.push(performance.now() - t);
    if (window?.lines.length !== 200)
      throw new Error(`window at ${from} returned ${window?.lines.length} lines`);
  }
  latencies.sort((a, b) => a - b);
  const ms = (q: number) => latencies[Math.floor(q * (latencies.length - 1))].toFixed(1);
  console.log(`read window of 200 lines: median ${ms(0.5)} ms, p95 ${ms(0.95)} ms, max ${ms(1)} ms`);
  const readStart = performance.now();
  let readBytes = 0;
  for await (const part of (await openTextStream(staged.sha256)) ?? []) readBytes += (part as Buffer).length;
  const readSeconds = (performance.now() - readStart) / 1000;
  console.log(`full read: ${(readBytes / 2 ** 20 / readSeconds).toFixed(1)} MiB/s, peak RSS ${rssMiB()} MiB`);
}

/** Pre-generated bodies, so the ingest numbers measure storage and not the log generator. */
async function bodies(count: number, bytes: number): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const parts: Buffer[] = [];
    for await (const part of syntheticLog(bytes, i + 1)) parts.push(part);
    out.push(Buffer.concat(parts));
  }
  return out;
}

/** One result: a unique first line makes every blob new, as real uploads mostly are. */
async function ingestOne(logs: Buffer[], smalls: Buffer[], index: number): Promise<void> {
  const unique = (body: Buffer) => [Buffer.from(`result ${index} ${randomUUID()}\n`), body];
  const files = [logs[index % logs.length], ...smalls];
  const staged = await Promise.all(files.map((body) => stageBlob(unique(body), { store, gzipLevel })));
  await commit(staged);
}

async function benchIngest(results: number, parallel = 8): Promise<void> {
  const logs = await bodies(8, 1024 * 1024);
  const smalls = (await bodies(5, 4096)).map((body, k) => body.subarray(0, 2048 * (k + 1)));
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let next = 0;
  const worker = async () => {
    while (next < results) await ingestOne(logs, smalls, next++);
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000 / results;
  console.log(
    `ingest ${results} results (1 MiB log + 5 small files each, ${parallel} in parallel): ` +
      `${(results / seconds).toFixed(1)} results/s, ${cpuMs.toFixed(1)} ms CPU of this process per result, ` +
      `peak RSS ${rssMiB()} MiB`,
  );
}

async function main(): Promise<void> {
  await benchBigLog(Number(values.mb));
  if (Number(values.results) > 0) await benchIngest(Number(values.results));
  await closeChunkPool();
  await db.$disconnect();
}

void main();
