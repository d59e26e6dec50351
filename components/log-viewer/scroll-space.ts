// Browsers cap an element's height (Firefox near 17.9 M px, Chrome near 33 M
// px); 1.5 M lines of a 100 MB log at 18 px need 27 M px. Past MAX_SPACER_PX
// the scrollbar is scaled: scrollTop maps proportionally onto the content, and
// the rendered rows are placed where the viewport is, so scrolling stays smooth.
export const ROW_HEIGHT = 18;
export const MAX_SPACER_PX = 8_000_000;

export interface ScrollSpace {
  spacerHeight: number;
  /** Content pixels per scroll pixel (1 when unscaled). */
  ratio: number;
}

export function scrollSpace(rowCount: number, viewportHeight: number): ScrollSpace {
  const contentHeight = rowCount * ROW_HEIGHT;
  if (contentHeight <= MAX_SPACER_PX) return { spacerHeight: contentHeight, ratio: 1 };
  const ratio = (contentHeight - viewportHeight) / Math.max(1, MAX_SPACER_PX - viewportHeight);
  return { spacerHeight: MAX_SPACER_PX, ratio };
}

export interface VisibleRows {
  firstRow: number;
  lastRow: number;
  /** Where, in spacer pixels, row `firstRow` is drawn. */
  top: number;
}

export function visibleRows(
  space: ScrollSpace,
  scrollTop: number,
  viewportHeight: number,
  rowCount: number,
  overscan = 20,
): VisibleRows {
  const contentTop = scrollTop * space.ratio;
  const exactRow = Math.floor(contentTop / ROW_HEIGHT);
  const withinRow = contentTop - exactRow * ROW_HEIGHT;
  const firstRow = Math.max(0, exactRow - overscan);
  const lastRow = Math.min(rowCount - 1, exactRow + Math.ceil(viewportHeight / ROW_HEIGHT) + overscan);
  return { firstRow, lastRow, top: scrollTop - withinRow - (exactRow - firstRow) * ROW_HEIGHT };
}

/** The scrollTop that shows `row` a third of the way down the viewport. */
export function scrollTopForRow(space: ScrollSpace, row: number, viewportHeight: number): number {
  const contentTop = Math.max(0, row * ROW_HEIGHT - viewportHeight / 3);
  return contentTop / space.ratio;
}
