// Where sign-in attempts are counted. The throttle (rate-limit.ts) only talks to
// this interface, so a store shared by several processes (a PostgreSQL table,
// reserve = one INSERT ... SELECT guarded by a count in a transaction) can
// replace the in-memory one without touching the sign-in code.

export interface KeyLimit {
  key: string;
  max: number;
}

export interface AttemptStore {
  /**
   * Atomically: when every key has fewer than its `max` attempts in the window,
   * count one attempt at `now` for each key and return 0; otherwise count
   * nothing and return the milliseconds until the earliest key frees up.
   */
  reserve(limits: readonly KeyLimit[], now: number): Promise<number>;
  /** Take back one attempt counted at `at` (it turned out to be a good sign-in). */
  release(key: string, at: number): Promise<void>;
  /** Forget every attempt of a key. */
  clear(key: string): Promise<void>;
}

/**
 * One process's attempts in a Map: reserve runs without an await, so two
 * concurrent sign-ins can never both see the last free place. Bounded: expired
 * attempts are swept at most once a minute, and past `maxKeys` the key idle
 * longest is dropped (Map order is kept as last-attempt order).
 */
export class MemoryAttemptStore implements AttemptStore {
  private readonly attempts = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    private readonly windowMs: number,
    private readonly maxKeys = 50_000,
  ) {}

  get size(): number {
    return this.attempts.size;
  }

  async reserve(limits: readonly KeyLimit[], now: number): Promise<number> {
    this.sweep(now);
    let waitMs = 0;
    for (const { key, max } of limits) {
      const times = this.recent(key, now);
      if (times.length >= max) waitMs = Math.max(waitMs, times[times.length - max] + this.windowMs - now);
    }
    if (waitMs > 0) return waitMs;
    for (const { key } of limits) this.store(key, [...this.recent(key, now), now]);
    return 0;
  }

  async release(key: string, at: number): Promise<void> {
    const times = this.attempts.get(key);
    const index = times?.indexOf(at) ?? -1;
    if (!times || index < 0) return;
    times.splice(index, 1);
    if (times.length === 0) this.attempts.delete(key);
  }

  async clear(key: string): Promise<void> {
    this.attempts.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.attempts.get(key) ?? []).filter((at) => now - at < this.windowMs);
  }

  private store(key: string, times: number[]): void {
    this.attempts.delete(key);
    this.attempts.set(key, times);
    while (this.attempts.size > this.maxKeys)
      this.attempts.delete(this.attempts.keys().next().value as string);
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, times] of this.attempts)
      if (times.every((at) => now - at >= this.windowMs)) this.attempts.delete(key);
  }
}
