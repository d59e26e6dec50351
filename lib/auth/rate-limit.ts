// Sign-in throttle: at most MAX_FAILURES_PER_EMAIL attempts per e-mail and
// MAX_FAILURES_PER_IP per address in a window. An attempt is counted (a place
// reserved) BEFORE the ~100 ms password hash, in one atomic step: checking
// first and counting after the hash let 40 simultaneous wrong passwords all
// pass a limit of 5. A good password takes its place back and clears the
// e-mail's count. Counted in PostgreSQL (RateLimitHit), so every instance on the
// database shares the limit; old rows go by a periodic job (scheduleRateLimitPrune).
import type pg from "pg";
import { withJobLock } from "@/lib/jobs/job-lock";
import { schedulePeriodic } from "@/lib/jobs/periodic";
import { sqlPool } from "@/lib/sql/pool";
import {
  type AttemptStore,
  type KeyLimit,
  MemoryAttemptStore,
  PgAttemptStore,
  pruneAttempts,
} from "./attempt-store";

const WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 20;

const holder = globalThis as unknown as { kindlingSignInAttempts?: AttemptStore };

function defaultStore(): AttemptStore {
  holder.kindlingSignInAttempts ??= new PgAttemptStore(WINDOW_MS, sqlPool);
  return holder.kindlingSignInAttempts;
}

/** One process's store, for unit tests of the throttle's rules. */
export function newAttemptStore(maxKeys?: number): MemoryAttemptStore {
  return new MemoryAttemptStore(WINDOW_MS, maxKeys);
}

/** The shared store on another pool (tests that play two instances). */
export function newSharedAttemptStore(pool: () => pg.Pool): PgAttemptStore {
  return new PgAttemptStore(WINDOW_MS, pool);
}

/** Deletes attempt rows older than the window, on one instance at a time; null when another ran it. */
export function pruneRateLimitHits(now = Date.now()): Promise<number | null> {
  return withJobLock("rateLimitPrune", () => pruneAttempts(sqlPool(), WINDOW_MS, now));
}

/** Starts the pruning schedule (every window); returns a function that stops it. */
export function scheduleRateLimitPrune(): () => void {
  return schedulePeriodic(
    { firstAfterMs: 2 * 60_000, everyMs: WINDOW_MS },
    { name: "rate-limit pruning", run: async () => void (await pruneRateLimitHits()) },
  );
}

const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;
const ipKey = (ip: string) => `ip:${ip}`;

function limitsFor(email: string, ip: string): KeyLimit[] {
  return [
    { key: emailKey(email), max: MAX_FAILURES_PER_EMAIL },
    { key: ipKey(ip), max: MAX_FAILURES_PER_IP },
  ];
}

export type ThrottledResult<T> = { ok: true; value: T } | { ok: false; blockedMinutes: number };

/**
 * Runs `attempt` (the password check) only when a place is free, counting it
 * first. `attempt` says whether the password was good; a good one takes the
 * address's place back (one office, many users) and clears the e-mail's count.
 */
export async function throttledSignIn<T>(
  email: string,
  ip: string,
  attempt: () => Promise<{ good: boolean; value: T }>,
  options: { store?: AttemptStore; now?: number } = {},
): Promise<ThrottledResult<T>> {
  const store = options.store ?? defaultStore();
  const now = options.now ?? Date.now();
  const waitMs = await store.reserve(limitsFor(email, ip), now);
  if (waitMs > 0) return { ok: false, blockedMinutes: Math.ceil(waitMs / 60_000) };
  const outcome = await attempt();
  if (outcome.good) {
    await store.clear(emailKey(email));
    await store.release(ipKey(ip), now);
  }
  return { ok: true, value: outcome.value };
}

export function rateLimitMessage(minutes: number): string {
  return `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
