// A semaphore with a bounded queue for the bundle's compressions: xz is CPU
// and memory heavy, and anyone who may read (everyone, in public mode) can ask
// for a bundle, so at most `maxRunning` run per process and at most
// `maxQueued` wait; past that the caller is told to come back later.

export class BundleBusy extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("too many attachment compressions are running; try again shortly");
    this.name = "BundleBusy";
  }
}

export class CompressionGate {
  private running = 0;
  private readonly queue: Array<() => void> = [];

  constructor(
    readonly maxRunning: number,
    readonly maxQueued: number,
    readonly retryAfterSeconds = 10,
  ) {}

  /** Throws BundleBusy (synchronously) unless a slot or a queue place is free. */
  admit(): void {
    if (this.running >= this.maxRunning && this.queue.length >= this.maxQueued)
      throw new BundleBusy(this.retryAfterSeconds);
  }

  /** Runs `task` once a slot is free; leaves the queue if `signal` aborts first. */
  run<T>(task: () => Promise<T>, signal: AbortSignal): Promise<T> {
    this.admit();
    if (this.running < this.maxRunning) return this.start(task);
    return new Promise<T>((resolve, reject) => {
      const waiter = () => {
        signal.removeEventListener("abort", onAbort);
        this.start(task).then(resolve, reject);
      };
      const onAbort = () => {
        const at = this.queue.indexOf(waiter);
        if (at >= 0) this.queue.splice(at, 1);
        reject(signal.reason);
      };
      signal.addEventListener("abort", onAbort, { once: true });
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
