// An in-process LRU cache bounded twice: by entry count and by an estimate of
// the memory its values really hold (the caller says what a value costs). Every
// entry, a cached miss included, costs at least MIN_ENTRY_BYTES, so many small
// or empty entries cannot grow the process without bound either. A named cache
// is listed on globalThis.kindlingCaches, where bench:soak's memory probe
// (scripts/bench/mem-probe.cjs) reads every cache's load beside the heap's.

/** Map entry, key, and the bookkeeping around a value: a floor, not a measurement. */
export const MIN_ENTRY_BYTES = 1024;

export interface CacheBounds {
  maxEntries: number;
  maxBytes: number;
}

interface Slot<V> {
  value: V;
  bytes: number;
}

export class BoundedCache<V> {
  private readonly slots = new Map<string, Slot<V>>();
  private total = 0;

  constructor(
    private readonly bounds: CacheBounds,
    name?: string,
  ) {
    if (name) {
      const holder = globalThis as typeof globalThis & {
        kindlingCaches?: Map<string, BoundedCache<unknown>>;
      };
      holder.kindlingCaches ??= new Map();
      holder.kindlingCaches.set(name, this);
    }
  }

  /** The value, marked most recently used. */
  get(key: string): V | undefined {
    const slot = this.slots.get(key);
    if (!slot) return undefined;
    this.slots.delete(key);
    this.slots.set(key, slot);
    return slot.value;
  }

  /** Stores (or re-sizes) `key`; evicts least recently used entries past either bound. */
  set(key: string, value: V, estimatedBytes: number): void {
    this.delete(key);
    const bytes = Math.max(MIN_ENTRY_BYTES, estimatedBytes + key.length * 2);
    this.slots.set(key, { value, bytes });
    this.total += bytes;
    for (const [oldest, slot] of this.slots) {
      if (this.slots.size <= this.bounds.maxEntries && this.total <= this.bounds.maxBytes) break;
      this.slots.delete(oldest);
      this.total -= slot.bytes;
    }
  }

  delete(key: string): void {
    const slot = this.slots.get(key);
    if (!slot) return;
    this.slots.delete(key);
    this.total -= slot.bytes;
  }

  get size(): number {
    return this.slots.size;
  }

  /** The estimated memory held, in bytes. */
  get bytes(): number {
    return this.total;
  }
}

/** What an array of strings costs V8: per-line header and slot, plus two bytes a character at worst. */
export function estimateLinesBytes(lines: readonly string[]): number {
  let chars = 0;
  for (const line of lines) chars += line.length;
  return lines.length * 48 + chars * 2;
}

/** A rough size for a JSON-like value (aggregates): its serialised length, twice. */
export function estimateJsonBytes(value: unknown): number {
  try {
    const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
    return (text?.length ?? 0) * 2;
  } catch {
    return MIN_ENTRY_BYTES;
  }
}
