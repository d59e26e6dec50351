"use client";
// Folded phase sections and the row map they imply.
import { useCallback, useMemo, useState } from "react";
import { hiddenRanges, rowMap } from "./row-map";
import type { PhaseSection } from "./types";

export function useSections(sections: PhaseSection[], lineCount: number) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const rows = useMemo(
    () => rowMap(lineCount, hiddenRanges(sections, collapsed, lineCount)),
    [sections, collapsed, lineCount],
  );
  const sectionStarts = useMemo(
    () => new Map(sections.map((section, index) => [section.startLine, { index, section }])),
    [sections],
  );
  const toggle = useCallback(
    (index: number) =>
      setCollapsed((prev) => {
        const next = new Set(prev);
        if (!next.delete(index)) next.add(index);
        return next;
      }),
    [],
  );
  const setAll = useCallback(
    (collapse: boolean) => setCollapsed(collapse ? new Set(sections.map((_, i) => i)) : new Set()),
    [sections],
  );
  /** Unfolds any section hiding `line`, so a jump to it lands on the line itself. */
  const reveal = useCallback(
    (line: number) =>
      setCollapsed((prev) => {
        const hiding = [...prev].filter((i) => line > sections[i].startLine && line <= sections[i].endLine);
        if (hiding.length === 0) return prev;
        const next = new Set(prev);
        for (const i of hiding) next.delete(i);
        return next;
      }),
    [sections],
  );
  return { collapsed, rows, sectionStarts, toggle, setAll, reveal };
}
