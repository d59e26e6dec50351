// The analysis thread against the same analysis run inline: same bytes, same
// result, whatever the batching, the interleaving of logs or the byte soup.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { afterEach, expect, test } from "vitest";
import { StreamingLog } from "../analysis/streaming-log";
import { CORPUS_DIR, generatedCases } from "../analysis/testing/corpus";
import type { LogAnalysis } from "../analysis/types";
import {
  AnalysisThread,
  AnalysisThreadError,
  type LogAnalysisSink,
  spawnAnalysisWorker,
} from "./analysis-thread";

const threads: AnalysisThread[] = [];
afterEach(() => {
  for (const thread of threads.splice(0)) thread.stop();
});

function newThread(spawn: () => Worker = spawnAnalysisWorker): AnalysisThread {
  const thread = new AnalysisThread(spawn);
  threads.push(thread);
  return thread;
}

function caseBytes(name: string): Buffer {
  return readFileSync(path.join(CORPUS_DIR, "generated", name, "build.log"));
}

function inline(bytes: Uint8Array): LogAnalysis {
  const log = new StreamingLog();
  log.push(bytes);
  return log.finish();
}

/** Pushes `bytes` in pieces of `size`, honouring the sink's "wait" answers. */
async function feed(sink: LogAnalysisSink, bytes: Uint8Array, size: number): Promise<void> {
  for (let at = 0; at < bytes.length; at += size) {
    const behind = sink.push(bytes.subarray(at, at + size));
    if (behind) await behind;
  }
}

test("every corpus log: the thread's analysis equals the inline one, in odd-sized pieces", async () => {
  const thread = newThread();
  for (const { name } of generatedCases()) {
    const bytes = caseBytes(name);
    const sink = thread.open();
    // 7919 bytes: batches end mid-line and, somewhere, mid-character.
    await feed(sink, bytes, 7919);
    expect(await sink.finish(), name).toEqual(inline(bytes));
  }
  expect(thread.openLogs).toBe(0);
});

test("logs analysed at the same time do not mix", async () => {
  const thread = newThread();
  const logs = generatedCases()
    .slice(0, 6)
    .map(({ name }) => ({ bytes: caseBytes(name), sink: thread.open() }));
  const longest = Math.max(...logs.map((log) => log.bytes.length));
  for (let at = 0; at < longest; at += 4096) {
    for (const log of logs) {
      const behind = log.sink.push(log.bytes.subarray(at, at + 4096));
      if (behind) await behind;
    }
  }
  const results = await Promise.all(logs.map((log) => log.sink.finish()));
  results.forEach((result, i) => {
    expect(result).toEqual(inline(logs[i].bytes));
  });
});

test("non-UTF-8 bytes and characters cut between batches come out as inline", async () => {
  const thread = newThread();
  const tail = Buffer.from("ok line\nfoo.c:1:2: error: caf\u00e9 \u2603 unterminated\n", "utf8");
  const bytes = Buffer.concat([
    caseBytes("link-undefined-reference-pow-hello"),
    Buffer.from([0xff, 0xfe, 0x0a]),
    tail,
  ]);
  const expected = inline(bytes);
  // A cut at every byte of the tail, the multi-byte characters' insides included.
  for (let cut = bytes.length - tail.length - 3; cut < bytes.length; cut++) {
    const sink = thread.open();
    sink.push(bytes.subarray(0, cut));
    sink.push(bytes.subarray(cut));
    expect(await sink.finish(), `cut at ${cut}`).toEqual(expected);
  }
});

test("a log far ahead of the thread is told to wait, and nothing is lost", async () => {
  const thread = newThread();
  const piece = caseBytes("compile-cxx-ninja-tinyxml2");
  const sink = thread.open();
  let waits = 0;
  const log: Buffer[] = [];
  for (let sent = 0; sent < 24 * 1024 * 1024; sent += piece.length) {
    log.push(piece);
    const behind = sink.push(piece);
    if (behind) {
      waits++;
      await behind;
    }
  }
  expect(waits).toBeGreaterThan(0);
  const result = await sink.finish();
  expect(result.lineCount).toBe(inline(Buffer.concat(log)).lineCount);
  // 24 MiB analysed twice (thread and inline, diagnostics included): ~2.5 s alone, more beside other test files.
}, 30_000);

test("a thread that dies fails its open logs as a server fault, and the next log gets a new thread", async () => {
  let spawned = 0;
  const thread = newThread(() => {
    spawned++;
    if (spawned > 1) return spawnAnalysisWorker();
    return new Worker("require('node:worker_threads').parentPort.once('message', () => process.exit(3));", {
      eval: true,
    });
  });
  const doomed = [thread.open(), thread.open()];
  doomed[0].push(new Uint8Array(300 * 1024).fill(0x61));
  for (const sink of doomed) {
    await expect(sink.finish()).rejects.toThrow(AnalysisThreadError);
    await expect(sink.finish()).rejects.toThrow(/exited \(code 3\)/);
  }
  const bytes = caseBytes("oom-killed-cc1plus-tinyxml2");
  const next = thread.open();
  await feed(next, bytes, 65536);
  expect(await next.finish()).toEqual(inline(bytes));
  expect(spawned).toBe(2);
});

test("an aborted log is dropped: it never answers and holds nothing open", async () => {
  const thread = newThread();
  const sink = thread.open();
  sink.push(caseBytes("configure-meson-unknown-options-fribidi"));
  sink.abort();
  expect(thread.openLogs).toBe(0);
  await expect(sink.finish()).rejects.toThrow(/aborted/);
});

test("an analysis that fails fails its own upload only, and the thread is told to forget it", async () => {
  // A stand-in thread speaking the protocol: log 1's analysis throws, others succeed.
  const fake = new Worker(
    `const { parentPort } = require("node:worker_threads");
     parentPort.on("message", (m) => {
       if (m.type === "abort") return parentPort.postMessage({ type: "ack", log: -m.log, bytes: 0 });
       if (m.log === 1) return parentPort.postMessage({ type: "error", log: 1, message: "boom" });
       if (m.type === "bytes") return parentPort.postMessage({ type: "ack", log: m.log, bytes: m.bytes.byteLength });
       if (m.type === "finish") parentPort.postMessage({ type: "result", log: m.log, analysis: { lineCount: 7 } });
     });`,
    { eval: true },
  );
  const forgotten = new Promise((resolve) => fake.on("message", (m) => m.log === -1 && resolve(m.log)));
  const thread = newThread(() => fake);
  const [failing, healthy] = [thread.open(), thread.open()];
  failing.push(new Uint8Array(600 * 1024));
  healthy.push(new Uint8Array(600 * 1024));
  await expect(failing.finish()).rejects.toThrow(new AnalysisThreadError("analysis failed: boom"));
  expect(await forgotten).toBe(-1);
  await expect(healthy.finish()).resolves.toEqual({ lineCount: 7 });
  expect(thread.openLogs).toBe(0);
});

test("a log smaller than a batch goes over in one message, with the finish, and comes back in one", async () => {
  const sent: string[] = [];
  const received: string[] = [];
  const thread = newThread(() => {
    const worker = spawnAnalysisWorker();
    const post = worker.postMessage.bind(worker);
    worker.postMessage = (message, transfer) => {
      sent.push(message.type);
      post(message, transfer);
    };
    worker.on("message", (message) => received.push(message.type));
    return worker;
  });
  const bytes = caseBytes("compile-cxx-ninja-tinyxml2");
  const log = Buffer.concat(Array.from({ length: Math.ceil((1024 * 1024) / bytes.length) }, () => bytes));
  const sink = thread.open();
  await feed(sink, log, 65536);
  expect(await sink.finish()).toEqual(inline(log));
  expect({ sent, received }).toEqual({ sent: ["finish"], received: ["result"] });
});
