"use client";
// The scroller's position and size, and scrolling to a row once the row map
// that holds it has rendered (expanding a section changes the map first).
import { type RefObject, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { RowMap } from "./row-map";
import { type ScrollSpace, scrollTopForRow } from "./scroll-space";

/** Until the scroller is measured (and on the server): about 40 rows. */
export const DEFAULT_VIEWPORT_HEIGHT = 720;

export function useViewport(scroller: RefObject<HTMLElement | null>, rows: RowMap, space: ScrollSpace) {
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(DEFAULT_VIEWPORT_HEIGHT);
  const [pendingLine, setPendingLine] = useState<{ line: number } | null>(null);
  const frame = useRef(0);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const onScroll = () => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => setScrollTop(element.scrollTop));
    };
    const observer = new ResizeObserver(() =>
      setViewportHeight(element.clientHeight || DEFAULT_VIEWPORT_HEIGHT),
    );
    observer.observe(element);
    element.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener("scroll", onScroll);
      cancelAnimationFrame(frame.current);
    };
  }, [scroller]);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!pendingLine || !element) return;
    const top = scrollTopForRow(space, rows.rowOf(pendingLine.line), element.clientHeight || viewportHeight);
    element.scrollTop = top;
    setScrollTop(element.scrollTop);
    setPendingLine(null);
  }, [pendingLine, rows, space, scroller, viewportHeight]);

  // A fresh object each time, so asking twice for the same line scrolls twice.
  const scrollToLine = useCallback((line: number) => setPendingLine({ line }), []);
  return { scrollTop, viewportHeight, scrollToLine };
}
