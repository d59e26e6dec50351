"use client";
// Wrap mode: wrapped lines have no fixed height, so instead of the virtual list
// a page of PAGE_BLOCKS blocks around the focused line is rendered in normal
// flow, with buttons to move a page up or down. Same rows, same permalinks.
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { formatCount } from "../format-count";
import { LogRows, type LogRowsProps } from "./log-rows";
import type { LineCache } from "./use-line-cache";
import { BLOCK_LINES, blockOf, blockRange } from "./window-blocks";

const PAGE_BLOCKS = 3;

export function WrappedLines(props: {
  lineCount: number;
  aroundLine: number;
  cache: LineCache;
  rowProps: Omit<LogRowsProps, "lines">;
  label: string;
}) {
  const { lineCount, aroundLine, cache } = props;
  const [firstBlock, setFirstBlock] = useState(() => Math.max(0, blockOf(aroundLine) - 1));
  const lastBlock = Math.min(blockOf(lineCount), firstBlock + PAGE_BLOCKS - 1);
  const from = blockRange(firstBlock, lineCount).from;
  const to = blockRange(lastBlock, lineCount).to;
  const container = useRef<HTMLElement>(null);
  const { ensure } = cache;

  useEffect(() => setFirstBlock(Math.max(0, blockOf(aroundLine) - 1)), [aroundLine]);
  useEffect(() => ensure(from, to), [ensure, from, to]);
  useLayoutEffect(() => {
    // Scrolls the box only: scrollIntoView would scroll the page too, past the summary above the viewer.
    const box = container.current;
    const row = box?.querySelector<HTMLElement>(`[data-line="${aroundLine}"]`);
    if (box && row) box.scrollTop = row.offsetTop - (box.clientHeight - row.offsetHeight) / 2;
  }, [aroundLine]);

  const lines: number[] = [];
  for (let line = from; line <= to; line++) lines.push(line);
  return (
    <section
      className="lv-scroller lv-wrap"
      ref={container}
      data-testid="log-scroller"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll box must take focus to scroll by keyboard (WCAG 2.1.1).
      tabIndex={0}
      aria-label={props.label}
    >
      <button
        type="button"
        disabled={firstBlock === 0}
        onClick={() => setFirstBlock((b) => Math.max(0, b - PAGE_BLOCKS))}
      >
        ↑ {formatCount(BLOCK_LINES * PAGE_BLOCKS, "earlier line")}
      </button>
      <LogRows lines={lines} {...props.rowProps} />
      <button type="button" disabled={to >= lineCount} onClick={() => setFirstBlock((b) => b + PAGE_BLOCKS)}>
        ↓ later lines
      </button>
    </section>
  );
}
