// Where sign-in attempts are counted. The throttle (rate-limit.ts) only talks to
// this interface: the server uses PgAttemptStore, shared by every instance on the
// database (RateLimitHit); MemoryAttemptStore is one process's, for unit tests.
import type pg from "pg";
import { type Sql, transaction } from "@/lib/sql/executor";

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

/** Attempts are counted in buckets of a minute: the window slides by minutes. */
export const BUCKET_MS = 60_000;

const bucketOf = (at: number) => new Date(Math.floor(at / BUCKET_MS) * BUCKET_MS);
// Timestamp columns have no time zone: bind UTC as text (PostgreSQL ignores the "Z").
const utc = (at: Date | number) => new Date(at).toISOString();

/**
 * Attempts in RateLimitHit (key, windowStart = the minute, count), shared by every
 * instance. reserve is one transaction: the keys' advisory transaction locks (in
 * one order, so two reserves never deadlock) make check-and-count atomic across
 * processes, the INSERT ... ON CONFLICT DO UPDATE count + 1 counts, and a key
 * over its limit rolls the whole attempt back. Old rows are deleted by
 * pruneRateLimitHits (a periodic job, rate-limit.ts).
 */
export class PgAttemptStore implements AttemptStore {
  constructor(
    private readonly windowMs: number,
    private readonly pool: () => pg.Pool,
  ) {}

  async reserve(limits: readonly KeyLimit[], now: number): Promise<number> {
    const sorted = [...limits].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const keys = sorted.map((limit) => limit.key);
    const blocked = new OverLimit();
    try {
      await transaction(this.pool(), async (sql) => {
        for (const key of keys)
          await sql.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [key]);
        await sql.query(COUNT_ATTEMPT, [keys, utc(bucketOf(now))]);
        const buckets = await this.buckets(sql, keys, now);
        for (const { key, max } of sorted)
          blocked.waitMs = Math.max(blocked.waitMs, this.waitFor(buckets.get(key) ?? [], max, now));
        if (blocked.waitMs > 0) throw blocked;
      });
    } catch (err) {
      if (err === blocked) return blocked.waitMs;
      throw err;
    }
    return 0;
  }

  async release(key: string, at: number): Promise<void> {
    await this.pool().query(
      `UPDATE "RateLimitHit" SET "count" = "count" - 1 WHERE "key" = $1 AND "windowStart" = $2::timestamp AND "count" > 0`,
      [key, utc(bucketOf(at))],
    );
  }

  async clear(key: string): Promise<void> {
    await this.pool().query(`DELETE FROM "RateLimitHit" WHERE "key" = $1`, [key]);
  }

  /** Each key's counted minutes inside the window, oldest first. */
  private async buckets(sql: Sql, keys: string[], now: number): Promise<Map<string, Bucket[]>> {
    const rows = await sql.query<{ key: string; startMs: number; count: number }>(
      `SELECT "key", extract(epoch FROM "windowStart")::float8 * 1000 AS "startMs", "count" FROM "RateLimitHit"
        WHERE "key" = ANY($1::text[]) AND "windowStart" > $2::timestamp AND "count" > 0
        ORDER BY "windowStart"`,
      [keys, utc(now - this.windowMs)],
    );
    const byKey = new Map<string, Bucket[]>();
    for (const row of rows) {
      const list = byKey.get(row.key) ?? [];
      list.push({ startMs: row.startMs, count: row.count });
      byKey.set(row.key, list);
    }
    return byKey;
  }

  /** 0 when this attempt (already counted) keeps the key within `max`; else when enough old minutes leave the window. */
  private waitFor(buckets: Bucket[], max: number, now: number): number {
    let total = buckets.reduce((sum, bucket) => sum + bucket.count, 0);
    if (total <= max) return 0;
    // This attempt must not be counted: it needs total - 1 < max once older minutes expire.
    for (const bucket of buckets) {
      total -= bucket.count;
      if (total - 1 < max) return Math.max(1, bucket.startMs + this.windowMs - now);
    }
    return this.windowMs;
  }
}

interface Bucket {
  startMs: number;
  count: number;
}

class OverLimit {
  waitMs = 0;
}

const COUNT_ATTEMPT = `
  INSERT INTO "RateLimitHit" ("key", "windowStart", "count")
  SELECT unnest($1::text[]), $2::timestamp, 1
  ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitHit"."count" + 1`;

/** Deletes rows whose minute has left every window; returns how many. */
export async function pruneAttempts(pool: pg.Pool, windowMs: number, now = Date.now()): Promise<number> {
  const result = await pool.query(`DELETE FROM "RateLimitHit" WHERE "windowStart" <= $1::timestamp`, [
    utc(now - windowMs),
  ]);
  return result.rowCount ?? 0;
}
