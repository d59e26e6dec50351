// "At most N at a time": a semaphore with a bounded queue for work that costs a
// process real CPU or memory (highlighting, decompressing an archive member,
// whole-file search, bundle compression). Anyone who may read can start such
// work, so past `maxRunning` running and `maxQueued` waiting the caller is told
// to come back later (HTTP 503 + Retry-After), and a caller whose client has
// gone away leaves the queue instead of running for no one.

export class WorkBusy extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = "WorkBusy";
  }
}

export interface WorkLimitOptions {
  maxRunning: number;
  maxQueued: number;
  retryAfterSeconds?: number;
  /** What the busy answer says: "too many <what> are running". */
  what?: string;
}

export class WorkLimit {
  private running = 0;
  private readonly queue: Array<() => void> = [];
  readonly maxRunning: number;
  readonly maxQueued: number;
  readonly retryAfterSeconds: number;
  private readonly what: string;

  constructor(options: WorkLimitOptions) {
    this.maxRunning = options.maxRunning;
    this.maxQueued = options.maxQueued;
    this.retryAfterSeconds = options.retryAfterSeconds ?? 5;
    this.what = options.what ?? "requests like this";
  }

  /** The error thrown when saturated; a subclass may name its own. */
  protected busy(): Error {
    return new WorkBusy(`too many ${this.what} are running; try again shortly`, this.retryAfterSeconds);
  }

  /** Throws (synchronously) unless a slot or a queue place is free. */
  admit(): void {
    if (this.running >= this.maxRunning && this.queue.length >= this.maxQueued) throw this.busy();
  }

  /** Runs `task` once a slot is free; leaves the queue (rejecting) if `signal` aborts first. */
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    this.admit();
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.running < this.maxRunning) return this.start(task);
    return new Promise<T>((resolve, reject) => {
      const waiter = () => {
        signal?.removeEventListener("abort", onAbort);
        this.start(task).then(resolve, reject);
      };
      const onAbort = () => {
        const at = this.queue.indexOf(waiter);
        if (at >= 0) this.queue.splice(at, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.queue.push(waiter);
    });
  }

  get load(): { running: number; queued: number } {
    return { running: this.running, queued: this.queue.length };
  }

  private async start<T>(task: () => Promise<T>): Promise<T> {
    this.running += 1;
    try {
      return await task();
    } finally {
      this.running -= 1;
      this.queue.shift()?.();
    }
  }
}

/** The one 503 answer for saturated work: JSON error shape plus Retry-After. */
export function busyResponse(err: WorkBusy): Response {
  return Response.json(
    { error: { code: "busy", message: err.message } },
    {
      status: 503,
      headers: { "Retry-After": String(err.retryAfterSeconds), "Cache-Control": "no-store" },
    },
  );
}

/** The process-wide limit named `key` (on globalThis so dev-mode module reloads share one). */
export function sharedLimit(key: string, options: WorkLimitOptions): WorkLimit {
  const holder = globalThis as typeof globalThis & { kindlingWorkLimits?: Map<string, WorkLimit> };
  holder.kindlingWorkLimits ??= new Map();
  let limit = holder.kindlingWorkLimits.get(key);
  if (!limit) {
    limit = new WorkLimit(options);
    holder.kindlingWorkLimits.set(key, limit);
  }
  return limit;
}
