"use client";
// Next/previous error relative to the line in focus (the last one jumped to).
// Continuation lines are marked but not stopped at: one stop per error.
import { useCallback, useMemo } from "react";
import type { ErrorLineMark } from "./types";

export function useErrorNavigation(
  errorLines: ErrorLineMark[],
  focusLine: number | null,
  goToLine: (line: number) => void,
) {
  const sorted = useMemo(
    () => [...new Set(errorLines.filter((e) => !e.continuation).map((e) => e.line))].sort((a, b) => a - b),
    [errorLines],
  );
  const errorSet = useMemo(() => new Set(errorLines.map((e) => e.line)), [errorLines]);
  const index = focusLine === null ? -1 : sorted.indexOf(focusLine);
  const step = useCallback(
    (direction: 1 | -1) => {
      if (sorted.length === 0) return;
      const from = focusLine ?? 0;
      const target =
        direction === 1
          ? (sorted.find((line) => line > from) ?? sorted[0])
          : (sorted.findLast((line) => line < from) ?? sorted[sorted.length - 1]);
      goToLine(target);
    },
    [sorted, focusLine, goToLine],
  );
  return { count: sorted.length, position: index >= 0 ? index + 1 : null, errorSet, step };
}
