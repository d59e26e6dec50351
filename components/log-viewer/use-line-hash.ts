"use client";
// Keeps the selected range and the URL hash in step: "#L120" / "#L120-L140"
// on load and on every hashchange (any link on the page to #L<n> moves the
// viewer), and a click or shift-click on a line number writes the hash without
// adding history entries for each click.
import { type MouseEvent, useCallback, useEffect, useState } from "react";
import { lineHash, parseLineHash } from "./hash-range";
import type { LineRange } from "./types";

/** `onRange` hears the range on load (`byLink` false) and after every hashchange (true). */
export function useLineHash(lineCount: number, onRange: (range: LineRange | null, byLink: boolean) => void) {
  const [selection, setSelection] = useState<LineRange | null>(null);

  useEffect(() => {
    const apply = (byLink: boolean) => {
      const range = parseLineHash(window.location.hash, lineCount);
      setSelection(range);
      onRange(range, byLink);
    };
    const onHashChange = () => apply(true);
    apply(false);
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, [lineCount, onRange]);

  const onNumberClick = useCallback(
    (event: MouseEvent<HTMLAnchorElement>, line: number) => {
      event.preventDefault();
      // Shift-click extends from the first line of the current selection (the anchor).
      const anchor = event.shiftKey && selection ? selection.from : line;
      const range = { from: Math.min(anchor, line), to: Math.max(anchor, line) };
      window.history.replaceState(window.history.state, "", lineHash(range));
      setSelection(range);
    },
    [selection],
  );

  return { selection, onNumberClick };
}
