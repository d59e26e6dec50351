// The grep workers of this server process: a poll loop claims jobs (queued
// ones, or running ones whose instance stopped beating) while fewer than
// MAX_ACTIVE run here, and every running job scans in turns of one shared
// limit of `workers` slots (one per core by default), first come first
// served, so jobs share the machine round-robin. Expired jobs are deleted by
// the same loop. Started from instrumentation.ts; kicked by a new job.
import { hostname } from "node:os";
import { WorkLimit } from "@/lib/http/work-limit";
import { grepConfig, STALE_AFTER_MS } from "./config";
import { claimJob, deleteExpired } from "./job-store";
import { runJob } from "./run-job";

const POLL_MS = 2000;
const EXPIRE_EVERY_MS = 10 * 60_000;
/** Jobs one process holds at once; beyond the scanning slots they wait for turns, not in the queue. */
const MAX_ACTIVE = 8;

export class GrepWorkers {
  readonly workerId = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  private readonly active = new Map<string, AbortController>();
  private readonly turns: WorkLimit;
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | null = null;
  private lastExpiry = 0;
  private stopped = false;

  constructor(private readonly config = grepConfig()) {
    this.turns = new WorkLimit({ maxRunning: config.workers, maxQueued: Number.POSITIVE_INFINITY });
  }

  start(): void {
    this.stopped = false;
    this.plan(POLL_MS);
  }

  /** Claims jobs now (a new job was queued). */
  kick(): Promise<void> {
    this.polling ??= this.poll().finally(() => {
      this.polling = null;
    });
    return this.polling;
  }

  /** Stops a job running in this process at once (its row already says cancelled). */
  abort(jobId: string): boolean {
    const controller = this.active.get(jobId);
    controller?.abort(new Error("cancelled"));
    return controller !== undefined;
  }

  /** Stops claiming and aborts running jobs, as a dying instance would (tests: takeover). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    for (const controller of this.active.values()) controller.abort(new Error("stopping"));
    await this.polling;
  }

  get running(): number {
    return this.active.size;
  }

  /** Resolves once no job runs in this process (tests). */
  async idle(): Promise<void> {
    while (this.active.size > 0 || this.polling) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  private plan(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.kick()
        .catch((err: Error) => console.error(`grep workers: poll failed (retried): ${err.message}`))
        .finally(() => this.plan(POLL_MS));
    }, delay);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    if (Date.now() - this.lastExpiry > EXPIRE_EVERY_MS) {
      this.lastExpiry = Date.now();
      await deleteExpired();
    }
    while (!this.stopped && this.active.size < MAX_ACTIVE) {
      const job = await claimJob(this.workerId, STALE_AFTER_MS);
      if (!job) return;
      const controller = new AbortController();
      this.active.set(job.id, controller);
      const context = {
        workerId: this.workerId,
        turns: this.turns,
        signal: controller.signal,
        config: this.config,
      };
      runJob(job, context)
        .catch((err: Error) => console.error(`grep job ${job.id}: ${err.message}`))
        .finally(() => this.active.delete(job.id));
    }
  }
}

/** This process's workers (on globalThis so dev-mode module reloads share one). */
export function grepWorkers(): GrepWorkers {
  const holder = globalThis as typeof globalThis & { kindlingGrepWorkers?: GrepWorkers };
  if (!holder.kindlingGrepWorkers) {
    holder.kindlingGrepWorkers = new GrepWorkers();
    holder.kindlingGrepWorkers.start();
  }
  return holder.kindlingGrepWorkers;
}
