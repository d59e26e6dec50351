import { expect, test } from "vitest";
import { BoundedCache, estimateLinesBytes, MIN_ENTRY_BYTES } from "./bounded-cache";

test("past maxEntries the least recently used entry goes", () => {
  const cache = new BoundedCache<number>({ maxEntries: 2, maxBytes: 1e9 });
  cache.set("a", 1, 10);
  cache.set("b", 2, 10);
  cache.get("a");
  cache.set("c", 3, 10);
  expect([cache.get("a"), cache.get("b"), cache.get("c")]).toEqual([1, undefined, 3]);
});

test("past maxBytes entries go until the estimate fits", () => {
  const cache = new BoundedCache<string>({ maxEntries: 100, maxBytes: 10_000 });
  for (let i = 0; i < 10; i++) cache.set(`k${i}`, "v", 3000);
  expect(cache.bytes).toBeLessThanOrEqual(10_000);
  expect(cache.size).toBe(3);
  expect(cache.get("k9")).toBe("v");
});

test("a cached miss is not free: every entry costs at least MIN_ENTRY_BYTES", () => {
  const cache = new BoundedCache<null>({ maxEntries: 1_000_000, maxBytes: 100 * MIN_ENTRY_BYTES });
  for (let i = 0; i < 62_000; i++) cache.set(`missing/${i}`, null, 0);
  expect(cache.size).toBeLessThanOrEqual(100);
});

test("line arrays are estimated by count and characters, not bytes read", () => {
  const empty = Array.from({ length: 1000 }, () => "");
  expect(estimateLinesBytes(empty)).toBeGreaterThanOrEqual(1000 * 40);
  expect(estimateLinesBytes(["abcd"])).toBeGreaterThanOrEqual(8);
});

test("a named cache is listed on globalThis.kindlingCaches with its load (bench:soak reads it there)", () => {
  const cache = new BoundedCache<string>({ maxEntries: 10, maxBytes: 1e6 }, "test: named");
  cache.set("a", "v", 5000);
  const listed = (
    globalThis as { kindlingCaches?: Map<string, { size: number; bytes: number }> }
  ).kindlingCaches?.get("test: named");
  expect([listed?.size, listed?.bytes]).toEqual([1, cache.bytes]);
});
