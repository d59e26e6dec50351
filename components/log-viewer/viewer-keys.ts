// The viewer's keyboard shortcuts: which key does what, and where on the page
// it applies. Pure, so the rules are tested without a browser; use-viewer-keys.ts
// listens and classifies where the key was pressed.

export type ViewerAction =
  | "nextError"
  | "previousError"
  | "search"
  | "nextMatch"
  | "previousMatch"
  | "top"
  | "bottom"
  | "wrap"
  | "help"
  | "leaveSearch";

/**
 * Where focus was: the viewer's search box, another text field, the viewer's
 * scroll box, another control inside the viewer, nothing (the page body), or a
 * control elsewhere on the page.
 */
export type KeyPlace = "search" | "typing" | "scroller" | "viewer" | "page" | "elsewhere";

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Shown by "?" (keys-dialog.tsx) and in docs/log-viewer.md, in this order. */
export const VIEWER_KEYS: ReadonlyArray<{ keys: string[]; does: string }> = [
  { keys: ["n"], does: "next error" },
  { keys: ["p"], does: "previous error" },
  { keys: ["/"], does: "search the whole log" },
  { keys: ["Ctrl+F"], does: "search the whole log (again: the browser's own find)" },
  { keys: ["Enter"], does: "next match" },
  { keys: ["Shift+Enter"], does: "previous match" },
  { keys: ["Esc"], does: "leave the search box, back to the lines" },
  { keys: ["g"], does: "first line" },
  { keys: ["G"], does: "last line" },
  { keys: ["w"], does: "wrap long lines on/off" },
  { keys: ["?"], does: "this list" },
];

const LETTERS: Readonly<Record<string, ViewerAction>> = {
  n: "nextError",
  p: "previousError",
  "/": "search",
  g: "top",
  G: "bottom",
  w: "wrap",
  "?": "help",
};

/** The action for a key press at `place`, or null to leave it to the browser. */
export function keyAction(press: KeyPress, place: KeyPlace): ViewerAction | null {
  const command = press.ctrlKey || press.metaKey;
  if (command && !press.altKey && !press.shiftKey && press.key.toLowerCase() === "f") {
    // The browser's find only sees the ~70 rendered rows; a second Ctrl+F (from the
    // search box) and Ctrl+F in another form field stay the browser's.
    return place === "scroller" || place === "viewer" || place === "page" ? "search" : null;
  }
  if (command || press.altKey) return null;
  if (place === "search") {
    // Enter alone submits the search form (search, or the next match).
    if (press.key === "Enter" && press.shiftKey) return "previousMatch";
    return press.key === "Escape" ? "leaveSearch" : null;
  }
  if (place === "typing") return null;
  if (press.key === "Enter") {
    // On a link or button Enter activates it.
    if (place !== "scroller" && place !== "page") return null;
    return press.shiftKey ? "previousMatch" : "nextMatch";
  }
  return LETTERS[press.key] ?? null;
}
