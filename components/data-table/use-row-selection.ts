"use client";
// Which rows of a list page are selected for a bulk action: a click toggles one
// row, a shift-click sets the range from the last clicked row to this one, and
// "all matching" stands for every row the filter matches, on any page.
import { useRef, useState } from "react";

export interface RowSelection {
  selected: ReadonlySet<number>;
  /** Every match of the list's filter, not just this page. */
  allMatching: boolean;
  allOnPage: boolean;
  isSelected: (id: number) => boolean;
  toggle: (index: number, shift: boolean) => void;
  setPage: (selected: boolean) => void;
  selectAllMatching: () => void;
  clear: () => void;
}

export function useRowSelection(ids: readonly number[]): RowSelection {
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const anchor = useRef<number | null>(null);

  function toggle(index: number, shift: boolean): void {
    const id = ids[index];
    if (id === undefined) return;
    const from = shift && anchor.current !== null ? Math.min(anchor.current, index) : index;
    const to = shift && anchor.current !== null ? Math.max(anchor.current, index) : index;
    anchor.current = index;
    setAllMatching(false);
    setSelected((previous) => {
      const next = new Set(previous);
      // The range takes the state the clicked row is switched to.
      const select = !previous.has(id);
      for (const rowId of ids.slice(from, to + 1)) {
        if (select) next.add(rowId);
        else next.delete(rowId);
      }
      return next;
    });
  }

  return {
    selected,
    allMatching,
    allOnPage: ids.length > 0 && ids.every((id) => selected.has(id)),
    isSelected: (id) => allMatching || selected.has(id),
    toggle,
    setPage: (select) => {
      setAllMatching(false);
      setSelected(new Set(select ? ids : []));
    },
    selectAllMatching: () => {
      setSelected(new Set(ids));
      setAllMatching(true);
    },
    clear: () => {
      anchor.current = null;
      setAllMatching(false);
      setSelected(new Set());
    },
  };
}
