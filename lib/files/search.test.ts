import { expect, test } from "vitest";
import { MATCH_PAGE_SIZE, searchLines } from "./search";

test("counts every occurrence and line, case-insensitively, as the viewer shows lines", async () => {
  const lines = [
    "Error: one error",
    "fine",
    "\u001b[31merror\u001b[0m",
    "progress error\rdone",
    "ERRORERROR",
  ];
  const result = await searchLines([lines.slice(0, 2), lines.slice(2)], "error");
  expect(result).toMatchObject({ totalMatches: 5, totalLines: 3, linesBefore: 0, lines: [1, 3, 5] });
});

test("pages from a line on while the totals stay whole-file", async () => {
  const lines = Array.from({ length: 5000 }, (_, i) => (i % 2 === 0 ? "hit" : "miss"));
  const page = await searchLines([lines], "hit", 1001);
  expect(page.totalLines).toBe(2500);
  expect(page.linesBefore).toBe(500);
  expect(page.lines[0]).toBe(1001);
  expect(page.lines).toHaveLength(MATCH_PAGE_SIZE);
});
