// A small in-process cache for aggregates that are too slow to compute on every
// request (facet counts, home-page charts). Entries live `ttlMs`; the UI says
// how old they may be. One process per server, so no invalidation protocol.
// Bounded by entries and by estimated memory (lib/bounded-cache.ts).
import { BoundedCache, estimateJsonBytes } from "@/lib/bounded-cache";

export interface Cached<T> {
  value: T;
  computedAt: Date;
}

const MAX_ENTRIES = 500;
const MAX_BYTES = 64 * 1024 * 1024;
const entries = new BoundedCache<{ expires: number; cached: Cached<unknown> }>(
  { maxEntries: MAX_ENTRIES, maxBytes: MAX_BYTES },
  "aggregates",
);
const pending = new Map<string, Promise<Cached<unknown>>>();

/** The cached value for `key`, computing it (once, even under concurrent requests) when missing or stale. */
export async function cached<T>(key: string, ttlMs: number, compute: () => Promise<T>): Promise<Cached<T>> {
  const hit = entries.get(key);
  if (hit && hit.expires > Date.now()) return hit.cached as Cached<T>;
  const running = pending.get(key);
  if (running) return running as Promise<Cached<T>>;
  const promise = compute().then((value) => {
    const fresh: Cached<T> = { value, computedAt: new Date() };
    entries.set(key, { expires: Date.now() + ttlMs, cached: fresh }, estimateJsonBytes(value));
    return fresh;
  });
  pending.set(key, promise);
  try {
    return await promise;
  } finally {
    pending.delete(key);
  }
}

/** Entries and estimated bytes held (for tests and the abuse suite). */
export function ttlCacheLoad(): { entries: number; bytes: number } {
  return { entries: entries.size, bytes: entries.bytes };
}
