"use client";
// Highlighted lines by aligned block, fetched from the lines route as the
// viewport needs them. Bounded: far-away blocks are dropped, so scrolling
// through a 100 MB log keeps memory flat.
import { useCallback, useRef, useState } from "react";
import type { ViewerLine } from "./types";
import { BLOCK_LINES, blockOf, blockRange, linesUrl, MAX_BLOCKS_PER_REQUEST } from "./window-blocks";

const MAX_CACHED_BLOCKS = 80;

export interface LineCache {
  htmlOf(line: number): string | undefined;
  /** Fetches the blocks covering from..to that are not cached or in flight. */
  ensure(from: number, to: number): void;
  /** Bumped whenever blocks arrive, to re-render. */
  version: number;
  failed: boolean;
}

export function useLineCache(
  fileId: number,
  member: string | undefined,
  lineCount: number,
  initialLines: ViewerLine[],
): LineCache {
  const blocks = useRef<Map<number, ViewerLine[]> | null>(null);
  blocks.current ??= seedBlocks(initialLines);
  const inFlight = useRef(new Set<number>());
  const [version, setVersion] = useState(0);
  const [failed, setFailed] = useState(false);

  const fetchRun = useCallback(
    async (firstBlock: number, lastBlock: number) => {
      const from = blockRange(firstBlock, lineCount).from;
      const to = blockRange(lastBlock, lineCount).to;
      for (let b = firstBlock; b <= lastBlock; b++) inFlight.current.add(b);
      try {
        const response = await fetch(linesUrl(fileId, member, from, to));
        if (!response.ok) throw new Error(`lines ${from}-${to}: HTTP ${response.status}`);
        const body = (await response.json()) as { lines: ViewerLine[] };
        const store = blocks.current ?? new Map();
        for (const [block, lines] of seedBlocks(body.lines)) store.set(block, lines);
        evictFarFrom(store, firstBlock);
        setFailed(false);
        setVersion((v) => v + 1);
      } catch {
        setFailed(true);
      } finally {
        for (let b = firstBlock; b <= lastBlock; b++) inFlight.current.delete(b);
      }
    },
    [fileId, member, lineCount],
  );

  const ensure = useCallback(
    (from: number, to: number) => {
      const store = blocks.current ?? new Map();
      const missing = (b: number) => !store.has(b) && !inFlight.current.has(b);
      const last = blockOf(Math.min(to, lineCount));
      for (let b = blockOf(Math.max(1, from)); b <= last; b++) {
        if (!missing(b)) continue;
        let end = b;
        while (end + 1 <= last && end + 1 - b < MAX_BLOCKS_PER_REQUEST && missing(end + 1)) end++;
        void fetchRun(b, end);
        b = end;
      }
    },
    [fetchRun, lineCount],
  );

  const htmlOf = useCallback(
    (line: number) => blocks.current?.get(blockOf(line))?.[(line - 1) % BLOCK_LINES]?.html,
    [],
  );
  return { htmlOf, ensure, version, failed };
}

function seedBlocks(lines: ViewerLine[]): Map<number, ViewerLine[]> {
  const map = new Map<number, ViewerLine[]>();
  for (const line of lines) {
    const block = blockOf(line.n);
    const slot = map.get(block) ?? [];
    map.set(block, slot);
    slot[(line.n - 1) % BLOCK_LINES] = line;
  }
  return map;
}

function evictFarFrom(store: Map<number, ViewerLine[]>, center: number): void {
  if (store.size <= MAX_CACHED_BLOCKS) return;
  const byDistance = [...store.keys()].sort((a, b) => Math.abs(b - center) - Math.abs(a - center));
  for (const block of byDistance.slice(0, store.size - MAX_CACHED_BLOCKS)) store.delete(block);
}
