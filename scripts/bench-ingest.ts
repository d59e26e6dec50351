// npm run bench:ingest -- [--results 200] [--log-size 1M] [--concurrency 8] [--retry] ...
// Uploads results through POST /api/v1/results of a production server on a fresh
// database and prints results/s, MB/s and the server's peak RSS (docs/benchmarks.md).
// Exits non-zero when an upload failed or the database does not hold every sent
// result exactly once with all its files.
import http from "node:http";
import { cpuSnapshot, cpuSplit } from "./bench/cpu-split";
import { type BenchOptions, parseBenchOptions, USAGE } from "./bench/options";
import { PayloadFactory, sentContent } from "./bench/payloads";
import { pgCounterRows, pgCounters } from "./bench/pg-counters";
import { formatSize, printSummary } from "./bench/report";
import { RssSampler } from "./bench/rss";
import { type BenchServer, startBenchServer } from "./bench/server";
import { type TargetChoice, type UploadOutcome, type UploadTarget, uploadResult } from "./bench/upload";
import { checkStored } from "./bench/verify";

const FILES_PER_RESULT = 6;

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseBenchOptions();
  } catch (err) {
    console.error(`bench:ingest: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const server = options.reuseServer
    ? undefined
    : await startBenchServer({
        rebuild: options.rebuild,
        appDir: options.appDir,
        nodeArgs: options.serverNodeArgs,
      });
  try {
    return await bench(options, server);
  } finally {
    await server?.stop({ keepDatabase: options.keep });
    if (server && options.keep) console.error(`bench: kept database ${server.databaseUrl}`);
  }
}

async function bench(options: BenchOptions, server: BenchServer | undefined): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const target: UploadTarget = {
    url: server?.url ?? (options.reuseServer as string),
    token: server?.token ?? (options.token as string),
    agent,
  };
  const runId = `${Date.now().toString(36)}-${process.pid}`;
  const policy = {
    timeoutMs: options.timeoutMs,
    attempts: options.retry ? options.attempts : 1,
    kill: false,
  };
  // One small upload first, untimed: the server loads the route and opens its pool.
  const warmup = await uploadResult(
    target,
    new PayloadFactory(`${runId}-warmup`, 1024 * 1024).result(0),
    policy,
  );
  if (!warmup.final.ok) {
    console.error(`bench: warm-up upload failed: ${JSON.stringify(warmup.final)}`);
    if (server) console.error(`bench: server log in ${server.logFile}`);
    return 1;
  }
  const pid = server?.pid ?? options.serverPid;
  const databaseUrl = server?.databaseUrl ?? (options.reuseServer ? process.env.DATABASE_URL : undefined);
  const sampler = pid ? new RssSampler(pid) : undefined;
  const cpuBefore = await cpuSnapshot(pid, databaseUrl);
  const pgBefore = await pgCounters(databaseUrl);
  sampler?.start();
  console.error(
    `bench: ${options.count} result(s), log ${formatSize(options.logBytes)}, concurrency ${options.concurrency} -> ${options.targets?.join(" + ") ?? target.url}`,
  );
  const payloads = new PayloadFactory(runId, options.logBytes);
  const started = performance.now();
  const outcomes = await runPool(options.count, options.concurrency, (index) =>
    uploadResult(targetFor(index, target, options.targets), payloads.result(index), {
      ...policy,
      kill: options.kill,
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const rss = sampler?.stop();
  const cpu = cpuSplit(
    cpuBefore,
    await cpuSnapshot(pid, databaseUrl),
    outcomes.filter((o) => o.final.ok).length,
  );
  agent.destroy();
  // Backends report their counters at most once a second, when idle.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const pg = pgCounterRows(
    pgBefore,
    await pgCounters(databaseUrl),
    outcomes.filter((o) => o.final.ok).length,
  );
  const stored = databaseUrl
    ? await checkStored(
        databaseUrl,
        outcomes.map((o) => o.idempotencyKey),
        FILES_PER_RESULT,
        sentContent(payloads, options.count),
      )
    : undefined;
  printSummary({
    outcomes,
    seconds,
    logBytes: options.logBytes,
    concurrency: options.concurrency,
    rss,
    stored,
    cpu,
    pg,
  });
  const failed = outcomes.some((o) => !o.final.ok);
  const inconsistent =
    stored &&
    stored.lost.length + stored.duplicated.length + stored.partial.length + stored.corrupt.length > 0;
  if ((failed || inconsistent) && server) console.error(`bench: server log in ${server.logFile}`);
  return failed || inconsistent ? 1 : 0;
}

/** With --targets, result `index` starts on instance index % n and each retry moves to the next. */
function targetFor(index: number, base: UploadTarget, targets: string[] | undefined): TargetChoice {
  if (!targets || targets.length < 2) return base;
  return (attempt) => ({ ...base, url: targets[(index + attempt - 1) % targets.length] });
}

/** Runs `task(0..count-1)` with at most `concurrency` in flight, results in index order. */
async function runPool(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<UploadOutcome>,
): Promise<UploadOutcome[]> {
  const outcomes: UploadOutcome[] = new Array(count);
  let next = 0;
  const progress = setInterval(() => console.error(`bench: ${next} of ${count} started`), 10_000);
  const worker = async () => {
    while (next < count) {
      const index = next++;
      outcomes[index] = await task(index);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  } finally {
    clearInterval(progress);
  }
  return outcomes;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`bench:ingest: ${(err as Error).stack ?? err}`);
    process.exit(1);
  },
);
