// Build-log analysis off the request thread. Analysing costs ~5 ms of CPU per MiB
// of log, a quarter of an upload's main-thread time (profiled), and the main
// thread was what capped bench:ingest; one analysis thread puts the second core to
// work. Bytes go over in 2 MiB batches, the last one with the "finish": each
// message wakes the other thread and is answered, which is not free (against 512
// KiB batches this saved ~0.6 ms of CPU per 1 MiB result, most of it on the
// analysis thread), and most logs are one message there and one (the result)
// back. The upload waits when the thread is more than MAX_UNACKED_BYTES behind on
// that log, so a log holds at most ~6 MiB here (4 MiB unanalysed plus the batch
// being filled), whatever its size or the thread's pace.
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { LogAnalysis } from "../analysis/types";
import type { DiagnosticExtract } from "../diagnostics/types";
import { env } from "../env";
import type { FromAnalysisThread, ToAnalysisThread } from "./analysis-messages";
import { BuildLogPass } from "./build-log-pass";

const BATCH_BYTES = 2 * 1024 * 1024;
const MAX_UNACKED_BYTES = 4 * 1024 * 1024;

/** The analysis thread died or the analyzer threw: a server fault, never the upload's. */
export class AnalysisThreadError extends Error {}

/** Where a build log's bytes go to be analysed while they are stored. */
export interface LogAnalysisSink {
  /** Takes the next bytes (not copied: do not change them); a promise means "wait before the next". */
  push(chunk: Uint8Array): Promise<void> | undefined;
  /** The analysis of everything pushed; rejects if the analysis failed. */
  finish(): Promise<LogAnalysis>;
  /** The upload failed: drop the log. */
  abort(): void;
  /** The log's diagnostics (lib/diagnostics), once finish() has resolved. */
  diagnostics(): DiagnosticExtract | undefined;
}

/** A sink on the shared analysis thread, or on this thread when KINDLING_ANALYSIS_THREAD is off. */
export function openLogAnalysis(): LogAnalysisSink {
  return env().KINDLING_ANALYSIS_THREAD ? sharedThread().open() : new InlineLog();
}

class InlineLog implements LogAnalysisSink {
  private readonly pass = new BuildLogPass();
  private extract: DiagnosticExtract | undefined;

  push(chunk: Uint8Array): undefined {
    this.pass.push(chunk);
  }

  finish(): Promise<LogAnalysis> {
    const { analysis, diagnostics } = this.pass.finish();
    this.extract = diagnostics;
    return Promise.resolve(analysis);
  }

  abort(): void {}

  diagnostics(): DiagnosticExtract | undefined {
    return this.extract;
  }
}

let shared: AnalysisThread | undefined;

function sharedThread(): AnalysisThread {
  shared ??= new AnalysisThread(spawnAnalysisWorker);
  return shared;
}

/** One analysis thread serving any number of logs; a new worker is spawned when the last one died. */
export class AnalysisThread {
  private worker: Worker | undefined;
  private readonly logs = new Map<number, RemoteLog>();
  private nextId = 1;

  constructor(private readonly spawn: () => Worker) {}

  get openLogs(): number {
    return this.logs.size;
  }

  /** Ends the worker (tests); open logs fail, and the next open() starts a new one. */
  stop(): void {
    const worker = this.worker;
    if (!worker) return;
    this.lose(worker, new AnalysisThreadError("the analysis thread was stopped"));
    void worker.terminate();
  }

  open(): RemoteLog {
    const worker = this.worker ?? this.start();
    const log = new RemoteLog(this.nextId++, this);
    this.logs.set(log.id, log);
    // Referenced only while a log is open: an idle thread must not keep a CLI alive.
    worker.ref();
    return log;
  }

  send(message: ToAnalysisThread, transfer?: ArrayBuffer[]): void {
    this.worker?.postMessage(message, transfer);
  }

  close(id: number): void {
    this.logs.delete(id);
    if (this.logs.size === 0) this.worker?.unref();
  }

  private start(): Worker {
    const worker = this.spawn();
    worker.on("message", (message: FromAnalysisThread) => this.logs.get(message.log)?.receive(message));
    worker.on("error", (error) =>
      this.lose(worker, new AnalysisThreadError(`the analysis thread failed: ${error.message}`)),
    );
    worker.on("exit", (code) =>
      this.lose(worker, new AnalysisThreadError(`the analysis thread exited (code ${code})`)),
    );
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** The thread died: every open log fails (their uploads answer 500), the next log starts a new one. */
  private lose(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    const open = [...this.logs.values()];
    this.logs.clear();
    for (const log of open) log.fail(error);
  }
}

// V8 sizes a thread's nursery for throughput (up to 48 MB); the analysis makes
// short-lived line strings only, and a small nursery kept the thread's heap at
// ~15 MB instead of ~45 MB during a 1 GiB upload at no measurable cost.
const WORKER_LIMITS = { resourceLimits: { maxYoungGenerationSizeMb: 12 } };

export function spawnAnalysisWorker(): Worker {
  // In Next's server (NEXT_RUNTIME is set) this literal form is what the bundler
  // recognises: it emits the worker as a chunk of its own. Everywhere else (tsx
  // scripts, vitest) this runs as TypeScript source, and so must the worker.
  if (process.env.NEXT_RUNTIME)
    return new Worker(new URL("./analysis-worker.ts", import.meta.url), WORKER_LIMITS);
  const source = path.join(__dirname, "analysis-worker.ts");
  return new Worker(`require("tsx/cjs"); require(${JSON.stringify(source)});`, {
    ...WORKER_LIMITS,
    eval: true,
  });
}

class RemoteLog implements LogAnalysisSink {
  private batch: Uint8Array[] = [];
  private batchBytes = 0;
  private unacked = 0;
  private resume: (() => void) | undefined;
  private failure: Error | undefined;
  private closed = false;
  private extract: DiagnosticExtract | undefined;
  private readonly outcome: Promise<LogAnalysis>;
  private settle!: { resolve(analysis: LogAnalysis): void; reject(error: Error): void };

  constructor(
    readonly id: number,
    private readonly thread: AnalysisThread,
  ) {
    this.outcome = new Promise<LogAnalysis>((resolve, reject) => {
      this.settle = { resolve, reject };
    });
    // finish() may never be called (the upload failed first): no unhandled rejection.
    this.outcome.catch(() => {});
  }

  push(chunk: Uint8Array): Promise<void> | undefined {
    if (this.failure) return Promise.reject(this.failure);
    if (chunk.byteLength === 0) return undefined;
    this.batch.push(chunk);
    this.batchBytes += chunk.byteLength;
    if (this.batchBytes >= BATCH_BYTES) this.flush();
    if (this.unacked <= MAX_UNACKED_BYTES) return undefined;
    return new Promise<void>((resolve) => {
      this.resume = resolve;
    });
  }

  finish(): Promise<LogAnalysis> {
    if (!this.closed && !this.failure) {
      const bytes = this.takeBatch();
      if (bytes) this.thread.send({ type: "finish", log: this.id, bytes }, [bytes.buffer]);
      else this.thread.send({ type: "finish", log: this.id });
    }
    return this.outcome;
  }

  abort(): void {
    if (this.closed) return;
    this.thread.send({ type: "abort", log: this.id });
    this.close();
    this.fail(new AnalysisThreadError("the upload was aborted"));
  }

  receive(message: FromAnalysisThread): void {
    if (message.type === "ack") {
      this.unacked -= message.bytes;
      if (this.unacked <= MAX_UNACKED_BYTES / 2) this.wake();
    } else if (message.type === "result") {
      this.close();
      this.extract = message.diagnostics;
      this.settle.resolve(message.analysis);
    } else {
      // Lets the thread forget the log once the bytes still on their way have arrived.
      this.thread.send({ type: "abort", log: this.id });
      this.close();
      this.fail(new AnalysisThreadError(`analysis failed: ${message.message}`));
    }
  }

  diagnostics(): DiagnosticExtract | undefined {
    return this.extract;
  }

  fail(error: Error): void {
    this.failure ??= error;
    this.closed = true;
    this.settle.reject(this.failure);
    this.wake();
  }

  private wake(): void {
    const resume = this.resume;
    this.resume = undefined;
    resume?.();
  }

  private close(): void {
    this.closed = true;
    this.thread.close(this.id);
  }

  private flush(): void {
    const bytes = this.takeBatch();
    if (!bytes) return;
    this.unacked += bytes.byteLength;
    this.thread.send({ type: "bytes", log: this.id, bytes }, [bytes.buffer]);
  }

  /** The batch in one fresh buffer: transferring it cannot detach memory anyone else holds. */
  private takeBatch(): Uint8Array<ArrayBuffer> | undefined {
    if (this.batchBytes === 0) return undefined;
    const bytes = new Uint8Array(this.batchBytes);
    let offset = 0;
    for (const piece of this.batch) {
      bytes.set(piece, offset);
      offset += piece.byteLength;
    }
    this.batch = [];
    this.batchBytes = 0;
    return bytes;
  }
}
