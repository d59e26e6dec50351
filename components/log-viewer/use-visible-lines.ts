"use client";
// Which lines the virtual list draws for the current scroll position, and
// fetching their blocks once scrolling pauses (40 ms), so dragging the
// scrollbar across a 100 MB log does not request every block on the way.
import { useEffect, useMemo } from "react";
import type { RowMap } from "./row-map";
import { type ScrollSpace, visibleRows } from "./scroll-space";

export function useVisibleLines(
  space: ScrollSpace,
  viewport: { scrollTop: number; viewportHeight: number },
  rows: RowMap,
  ensure: (from: number, to: number) => void,
  paused: boolean,
) {
  const visible = visibleRows(space, viewport.scrollTop, viewport.viewportHeight, rows.rowCount);
  const lines = useMemo(() => {
    const shown: number[] = [];
    for (let row = visible.firstRow; row <= visible.lastRow; row++) shown.push(rows.lineOf(row));
    return shown;
  }, [visible.firstRow, visible.lastRow, rows]);
  useEffect(() => {
    if (paused || lines.length === 0) return;
    const timer = setTimeout(() => ensureRuns(lines, ensure), 40);
    return () => clearTimeout(timer);
  }, [lines, ensure, paused]);
  return { lines, top: visible.top, firstLine: lines[0] ?? 1 };
}

/** Fetches the visible lines as contiguous runs (folded sections leave gaps that must not be fetched). */
function ensureRuns(lines: number[], ensure: (from: number, to: number) => void): void {
  let runStart = lines[0];
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && lines[i] === lines[i - 1] + 1) continue;
    ensure(runStart, lines[i - 1]);
    runStart = lines[i];
  }
}
