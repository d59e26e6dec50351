import { expect, test } from "vitest";
import { highlightLines, highlightWithin } from "./highlighter";

test("log text is escaped by shiki, never injected", async () => {
  const [html] = await highlightLines(["<img src=x onerror=alert(1)> & </span>"], "buildlog");
  expect(html).not.toContain("<img");
  expect(html).not.toContain("</span>");
  expect(html).toContain("&#x3C;img");
});

test("compiler diagnostics, phases and Portage messages are coloured, light and dark", async () => {
  const [diagnostic, phase, error] = await highlightLines(
    [
      "poptconfig.c:210:28: error: 'FNM_PATHNAME' undeclared",
      ">>> Compiling source in /x ...",
      " * ERROR: dev-libs/popt-1.19::gentoo failed",
    ],
    "buildlog",
  );
  expect(diagnostic).toMatch(
    /<span style="color:light-dark\(#B3261E,#ff9a90\);font-weight:bold">error<\/span>/i,
  );
  expect(diagnostic).toMatch(/<span style="color:light-dark\(#005A80,#72cdf0\)">poptconfig\.c<\/span>/i);
  expect(phase).toMatch(/^<span style="color:light-dark\(#6B2F96,#d2b0f5\);font-weight:bold">>>> Compiling/i);
  expect(error).toMatch(/color:light-dark\(#B3261E,#ff9a90\)/i);
});

test("a bare \\r shows what the terminal showed last; ANSI renders as colour", async () => {
  const [progress, coloured] = await highlightLines(
    ["10%\r55%\r100% done", "\u001b[31mred\u001b[0m"],
    "buildlog",
  );
  expect(progress).toBe("100% done");
  expect(coloured).toBe('<span style="color:light-dark(#b3261e,#ff9a90)">red</span>');
});

test("overlong lines are cut with a note", async () => {
  const [html] = await highlightLines(["x".repeat(12_000)], "buildlog");
  expect(html).toContain("2,000 more characters");
});

test("every line of a window gets exactly one html string", async () => {
  const lines = Array.from({ length: 2000 }, (_, i) => `src/a${i}.c:${i}:1: warning: unused`);
  const html = await highlightLines(lines, "buildlog");
  expect(html).toHaveLength(2000);
  expect(html[1999]).toContain("a1999.c");
});

test("same-style runs become one span: an escape per character is not a span per character", async () => {
  const line = Array.from({ length: 50 }, () => "\u001b[31mx").join("");
  const [html] = await highlightLines([line], "buildlog");
  expect(html).toBe(`<span style="color:light-dark(#b3261e,#ff9a90)">${"x".repeat(50)}</span>`);
});

test("past the byte budget the rest of the window is plain escaped text, and where it starts is returned", async () => {
  const line = Array.from({ length: 1000 }, (_, i) => `\u001b[${31 + (i % 2)}m<`).join("");
  const lines = Array.from({ length: 50 }, () => line);
  const result = await highlightWithin(lines, "buildlog", { maxBytes: 100_000, maxMs: 60_000 });
  expect(result.html).toHaveLength(50);
  expect(result.plainFrom).toBeGreaterThan(0);
  expect(result.plainFrom).toBeLessThan(10);
  const plain = result.html[result.plainFrom ?? 0];
  expect(plain).toBe("&#x3C;".repeat(1000));
  expect(result.html.reduce((sum, h) => sum + h.length, 0)).toBeLessThan(150_000 + 50 * 6_000);
});
