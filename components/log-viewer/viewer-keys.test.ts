import { expect, test } from "vitest";
import { matchRanges, splitByRanges } from "./match-ranges";
import { type KeyPlace, type KeyPress, keyAction, VIEWER_KEYS } from "./viewer-keys";

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

test("letters act anywhere but in text fields", () => {
  const letters: Array<[string, string]> = [
    ["n", "nextError"],
    ["p", "previousError"],
    ["/", "search"],
    ["g", "top"],
    ["G", "bottom"],
    ["w", "wrap"],
    ["?", "help"],
  ];
  for (const place of ["scroller", "viewer", "page", "elsewhere"] as KeyPlace[]) {
    for (const [key, action] of letters) expect(keyAction(press(key), place)).toBe(action);
  }
  for (const place of ["typing", "search"] as KeyPlace[]) {
    for (const [key] of letters) expect(keyAction(press(key), place)).toBeNull();
  }
  // Modified letters stay the browser's (Ctrl+N is a new window).
  expect(keyAction(press("n", { ctrlKey: true }), "page")).toBeNull();
  expect(keyAction(press("g", { altKey: true }), "page")).toBeNull();
});

test("Ctrl+F opens the viewer's search from the viewer or the page; again from the search box it is the browser's", () => {
  for (const mods of [{ ctrlKey: true }, { metaKey: true }]) {
    expect(keyAction(press("f", mods), "page")).toBe("search");
    expect(keyAction(press("f", mods), "scroller")).toBe("search");
    expect(keyAction(press("F", mods), "viewer")).toBe("search");
    expect(keyAction(press("f", mods), "search")).toBeNull();
    expect(keyAction(press("f", mods), "typing")).toBeNull();
    expect(keyAction(press("f", mods), "elsewhere")).toBeNull();
  }
  expect(keyAction(press("f", { ctrlKey: true, shiftKey: true }), "page")).toBeNull();
});

test("Enter walks matches from the lines or the page, never instead of a link or button", () => {
  expect(keyAction(press("Enter"), "scroller")).toBe("nextMatch");
  expect(keyAction(press("Enter", { shiftKey: true }), "page")).toBe("previousMatch");
  expect(keyAction(press("Enter"), "viewer")).toBeNull();
  expect(keyAction(press("Enter"), "elsewhere")).toBeNull();
  // In the search box Enter submits the form; Shift+Enter goes back; Esc leaves.
  expect(keyAction(press("Enter"), "search")).toBeNull();
  expect(keyAction(press("Enter", { shiftKey: true }), "search")).toBe("previousMatch");
  expect(keyAction(press("Escape"), "search")).toBe("leaveSearch");
});

test("the key list names every key the handler knows", () => {
  const listed = VIEWER_KEYS.flatMap((k) => k.keys);
  for (const key of ["n", "p", "/", "Ctrl+F", "Enter", "Shift+Enter", "g", "G", "w", "?"])
    expect(listed).toContain(key);
});

test("matches are found case-insensitively, without overlap, and cut across token spans", () => {
  expect(matchRanges("Error: error ERROR", "error")).toEqual([
    { from: 0, to: 5 },
    { from: 7, to: 12 },
    { from: 13, to: 18 },
  ]);
  expect(matchRanges("aaaa", "aa")).toEqual([
    { from: 0, to: 2 },
    { from: 2, to: 4 },
  ]);
  expect(matchRanges("İstanbul error", "error")).toEqual([]);
  expect(matchRanges("anything", "")).toEqual([]);
  // "poptconfig.c" + ":210: error" as two tokens, the query spanning both.
  const ranges = matchRanges("poptconfig.c:210: error", "c:210");
  expect(splitByRanges("poptconfig.c", 0, ranges)).toEqual([
    { text: "poptconfig.", matched: false },
    { text: "c", matched: true },
  ]);
  expect(splitByRanges(":210: error", 12, ranges)).toEqual([
    { text: ":210", matched: true },
    { text: ": error", matched: false },
  ]);
});
