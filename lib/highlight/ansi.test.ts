import { expect, test } from "vitest";
import { applySgr, parseAnsi } from "./ansi";

test("SGR colours become styles and the escapes disappear", () => {
  const segments = parseAnsi("\u001b[32;01m * \u001b[0mPackage: x");
  expect(segments).toEqual([
    { text: " * ", style: { color: "#1e7b34", bold: true } },
    { text: "Package: x", style: {} },
  ]);
});

test("the caret form left by pagers is rendered too", () => {
  expect(parseAnsi("^[[31mred^[[0m ok").map((s) => s.text)).toEqual(["red", " ok"]);
});

test("non-SGR sequences, OSC titles and stray control bytes are dropped, never shown", () => {
  const text = parseAnsi("\u001b[2K\u001b]0;title\u0007a\u0008b\u001b[Kc")
    .map((s) => s.text)
    .join("");
  expect(text).toBe("abc");
});

test("256-colour and truecolour", () => {
  expect(applySgr({}, "38;5;196").color).toBe("#ff0000");
  expect(applySgr({}, "38;2;1;2;3").color).toBe("#010203");
  expect(applySgr({ color: "#000000", bold: true }, "39")).toEqual({ color: undefined, bold: true });
});
