import { expect, test } from "vitest";
import { lineHash, parseLineHash } from "./hash-range";
import { hiddenRanges, rowMap } from "./row-map";
import { MAX_SPACER_PX, ROW_HEIGHT, scrollSpace, scrollTopForRow, visibleRows } from "./scroll-space";
import { initialWindowRange } from "./window-blocks";

test("hashes: single line, range, reversed range, clamped, junk", () => {
  expect(parseLineHash("#L120", 500)).toEqual({ from: 120, to: 120 });
  expect(parseLineHash("#L120-L140", 500)).toEqual({ from: 120, to: 140 });
  expect(parseLineHash("#L140-120", 500)).toEqual({ from: 120, to: 140 });
  expect(parseLineHash("#L999", 500)).toEqual({ from: 500, to: 500 });
  expect(parseLineHash("#L1x", 500)).toBeNull();
  expect(parseLineHash("#section", 500)).toBeNull();
  expect(lineHash({ from: 3, to: 9 })).toBe("#L3-L9");
});

test("folded sections hide all but their first line", () => {
  const sections = [
    { phase: "configure", startLine: 10, endLine: 20 },
    { phase: "compile", startLine: 21, endLine: 100 },
  ];
  const hidden = hiddenRanges(sections, new Set([0]), 100);
  expect(hidden).toEqual([{ from: 11, to: 20 }]);
  const map = rowMap(100, hidden);
  expect(map.rowCount).toBe(90);
  expect(map.lineOf(9)).toBe(10);
  expect(map.lineOf(10)).toBe(21);
  expect(map.rowOf(21)).toBe(10);
  expect(map.rowOf(15)).toBe(9); // a hidden line maps to its section's first row
  for (let row = 0; row < map.rowCount; row++) expect(map.rowOf(map.lineOf(row))).toBe(row);
});

test("a 1.5 M line log fits the browser's height cap and still reaches its last row", () => {
  const rows = 1_500_000;
  const space = scrollSpace(rows, 700);
  expect(space.spacerHeight).toBe(MAX_SPACER_PX);
  const bottom = visibleRows(space, MAX_SPACER_PX - 700, 700, rows, 0);
  expect(bottom.lastRow).toBe(rows - 1);
  const middle = visibleRows(space, scrollTopForRow(space, 750_000, 700), 700, rows, 0);
  expect(middle.firstRow).toBeLessThanOrEqual(750_000);
  expect(middle.lastRow).toBeGreaterThanOrEqual(750_000);
  expect(scrollSpace(1000, 700)).toEqual({ spacerHeight: 1000 * ROW_HEIGHT, ratio: 1 });
});

test("the server's first window is block-aligned around the line", () => {
  expect(initialWindowRange(170, 197)).toEqual({ from: 1, to: 197 });
  expect(initialWindowRange(1_000_450, 2_000_000)).toEqual({ from: 1_000_201, to: 1_000_800 });
});
