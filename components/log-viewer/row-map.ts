// Row <-> line mapping for the virtual list. Collapsed phase sections hide
// their lines except the first (which carries the toggle), so the list has
// fewer rows than the file has lines. Sections are few (a dozen phases), so a
// linear walk over the hidden ranges is cheap.
import type { LineRange, PhaseSection } from "./types";

export interface RowMap {
  rowCount: number;
  lineOf(row: number): number;
  rowOf(line: number): number;
}

/** Hidden line ranges of the collapsed sections, sorted and non-overlapping. */
export function hiddenRanges(
  sections: PhaseSection[],
  collapsed: ReadonlySet<number>,
  lineCount: number,
): LineRange[] {
  const ranges = sections
    .filter((_, index) => collapsed.has(index))
    .map((s) => ({ from: s.startLine + 1, to: Math.min(s.endLine, lineCount) }))
    .filter((r) => r.from <= r.to)
    .sort((a, b) => a.from - b.from);
  const merged: LineRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.from <= last.to + 1) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  return merged;
}

/** Rows are 0-based, lines 1-based. A hidden line maps to the row of its section's first line. */
export function rowMap(lineCount: number, hidden: LineRange[]): RowMap {
  const hiddenTotal = hidden.reduce((sum, r) => sum + (r.to - r.from + 1), 0);
  return {
    rowCount: lineCount - hiddenTotal,
    lineOf(row) {
      let line = row + 1;
      for (const range of hidden) {
        if (line < range.from) break;
        line += range.to - range.from + 1;
      }
      return line;
    },
    rowOf(line) {
      let row = line - 1;
      for (const range of hidden) {
        if (line < range.from) break;
        if (line <= range.to) return range.from - 2 - hiddenBefore(hidden, range);
        row -= range.to - range.from + 1;
      }
      return row;
    },
  };
}

function hiddenBefore(hidden: LineRange[], until: LineRange): number {
  let total = 0;
  for (const range of hidden) {
    if (range === until) break;
    total += range.to - range.from + 1;
  }
  return total;
}
