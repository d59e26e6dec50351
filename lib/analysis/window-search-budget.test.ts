// The window search's budget on bench:analysis' two blocks, as gate-budget.test.ts is for the line gate: how often
// per MiB the search (needle-scan.ts WindowTable) stops at a cell, in the quiet-line skip over the bytes and in the
// rule table's scan of the lines past the gate (lineTags). A stop costs ~40-60 ns, and most stops are at text that
// shares a window's runs of 3 without holding its needle: session 20 counted 20.8k stops per MiB of the mixed block
// in the skip, 16.9k of them false, and choosing each needle's window by how often its cells pass in build output
// (common-windows.ts) took them to 8.1k (docs/benchmarks.md, "Analysis throughput, session 20 (helper perf22)").
// Counts, not timings: the same on every machine. A new needle whose every window is common text fails here: give
// it a rarer part, or regenerate common-windows.ts (scripts/bench/window-counts.ts) and show the numbers.
import { afterEach, describe, expect, test } from "vitest";
import { NeedleScanner } from "./needle-scan";
import { StreamingLog } from "./streaming-log";
import { benchBlock, compileBlockLines, mixedBlockLines } from "./testing/bench-blocks";

/** WindowTable's prototype, reached through a scanner's quiet-line skipper (the class is not exported). */
function windowTablePrototype(): Record<string, (...args: unknown[]) => unknown> {
  const scanner = new NeedleScanner(["window"]);
  scanner.skipToLoudLine(Buffer.from("quiet\n"), 0, 6, 1000, 0);
  const skipper = (scanner as unknown as { skipper: { windows: object } }).skipper;
  return Object.getPrototypeOf(skipper.windows);
}

const restore: (() => void)[] = [];
afterEach(() => {
  for (const undo of restore.splice(0)) undo();
});

/** The block streamed twice through one StreamingLog (64 KiB chunks); the second time's stops per MiB. */
function stops(lines: readonly string[]): { skip: number; lineTags: number } {
  const bytes = benchBlock(lines);
  const log = new StreamingLog();
  const feed = () => {
    for (let at = 0; at < bytes.length; at += 65536) log.push(bytes.subarray(at, at + 65536));
  };
  feed();
  const table = windowTablePrototype();
  const counts = { cellBits: 0, cellTags: 0 };
  for (const name of ["cellBits", "cellTags"] as const) {
    const original = table[name];
    table[name] = function (this: unknown, ...args: unknown[]) {
      counts[name]++;
      return original.apply(this, args);
    };
    restore.push(() => {
      table[name] = original;
    });
  }
  feed();
  for (const undo of restore.splice(0)) undo();
  log.finish();
  const mib = bytes.length / (1024 * 1024);
  return { skip: counts.cellBits / mib, lineTags: counts.cellTags / mib };
}

describe("the window search's stops on the bench blocks", () => {
  // 2026-12-07 (session 20, perf22): 8,078 in the skip and 3,771 in lineTags per MiB (main before: 20,774 and 5,548);
  // 8,863 and 3,848 once the counts no longer weighed the bench blocks themselves (scripts/bench/window-counts.ts).
  test("mixed block: at most 10,000 stops per MiB in the skip, 4,600 in lineTags", () => {
    const { skip, lineTags } = stops(mixedBlockLines());
    expect(skip).toBeGreaterThan(0);
    expect(skip).toBeLessThanOrEqual(10_000);
    expect(lineTags).toBeGreaterThan(0);
    expect(lineTags).toBeLessThanOrEqual(4_600);
  });

  // 2026-12-07: 3,804 and 1,310 (main before: 12,773 and 2,378); 4,799 and 1,342 without the bench blocks' counts.
  test("compile block: at most 5,300 stops per MiB in the skip, 1,650 in lineTags", () => {
    const { skip, lineTags } = stops(compileBlockLines());
    expect(skip).toBeGreaterThan(0);
    expect(skip).toBeLessThanOrEqual(5_300);
    expect(lineTags).toBeLessThanOrEqual(1_650);
  });
});
