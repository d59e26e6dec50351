// ANSI SGR colour sequences turned into styled text segments. Build logs carry
// real ESC sequences (Portage colours its " * " lines, gcc its diagnostics) and
// sometimes the caret text form "^[[31;01m" left by a pager or a mirror; both
// are rendered as colour and never shown as escapes.

export interface AnsiStyle {
  color?: string;
  background?: string;
  bold?: boolean;
  underline?: boolean;
}

export interface AnsiSegment {
  text: string;
  style: AnsiStyle;
}

// [light, dark] per colour index. The light column is tuned for a white page
// ("yellow" and "white" as a terminal draws them are unreadable on it), the dark
// one for the dark surface; "black" and "white" swap roles there.
export const ANSI_PALETTE: readonly (readonly [string, string])[] = [
  ["#1d1f21", "#b4b9bf"],
  ["#b3261e", "#ff9a90"],
  ["#1e7b34", "#80d89b"],
  ["#8a5300", "#f0c05a"],
  ["#0b5cad", "#86bdf5"],
  ["#8e2d9e", "#e6a2f2"],
  ["#00727a", "#5fd3dc"],
  ["#61666c", "#d0d4d8"],
  ["#5a5f65", "#b2b8be"],
  ["#bd2b23", "#ffaba3"],
  ["#237a3a", "#9ae4af"],
  ["#845800", "#ffd27a"],
  ["#2460bb", "#a3cbff"],
  ["#9833aa", "#f0b4fa"],
  ["#00737c", "#80e6ee"],
  ["#4a4f55", "#eef0f2"],
];
const PALETTE = ANSI_PALETTE.map(([lightColour]) => lightColour);

// CSI (ESC [ params intermediates final), OSC (ESC ] ... BEL or ESC \), other
// two-byte escapes, and the caret form of CSI.
const ESCAPE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences are what this matches.
  /\u001b\[([0-9;:?]*)[ -/]*([@-~])|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-Z\\-_]?|\^\[\[([0-9;]*)([A-Za-z])/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: other control bytes (backspace, bell) are dropped from display.
const CONTROL = /[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f]/g;

export function hasAnsi(text: string): boolean {
  return text.includes("\u001b") || text.includes("^[[");
}

/** The text without escape sequences or control bytes (the uncoloured fallback). */
export function stripAnsi(line: string): string {
  return line.replace(ESCAPE, "").replace(CONTROL, "");
}

/** Splits a line into styled segments; escape sequences are consumed, never returned as text. */
export function parseAnsi(line: string): AnsiSegment[] {
  const segments: AnsiSegment[] = [];
  let style: AnsiStyle = {};
  let last = 0;
  const push = (text: string) => {
    const clean = text.replace(CONTROL, "");
    if (clean) segments.push({ text: clean, style });
  };
  for (const match of line.matchAll(ESCAPE)) {
    push(line.slice(last, match.index));
    last = match.index + match[0].length;
    const params = match[1] ?? match[3];
    const final = match[2] ?? match[4];
    if (final === "m" && params !== undefined) style = applySgr(style, params);
  }
  push(line.slice(last));
  return segments;
}

/** The style after one SGR sequence ("1;31", "38;5;196", "0"). */
export function applySgr(current: AnsiStyle, params: string): AnsiStyle {
  const codes = params === "" ? [0] : params.split(/[;:]/).map((p) => Number(p) || 0);
  let style = { ...current };
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code === 0) style = {};
    else if (code === 1) style.bold = true;
    else if (code === 22) style.bold = undefined;
    else if (code === 4) style.underline = true;
    else if (code === 24) style.underline = undefined;
    else if (code >= 30 && code <= 37) style.color = PALETTE[code - 30];
    else if (code >= 90 && code <= 97) style.color = PALETTE[code - 90 + 8];
    else if (code === 39) style.color = undefined;
    else if (code >= 40 && code <= 47) style.background = PALETTE[code - 40];
    else if (code >= 100 && code <= 107) style.background = PALETTE[code - 100 + 8];
    else if (code === 49) style.background = undefined;
    else if (code === 38 || code === 48) {
      const { color, used } = extendedColor(codes, i + 1);
      if (code === 38) style.color = color;
      else style.background = color;
      i += used;
    }
  }
  return style;
}

/** "5;n" (256 colours) or "2;r;g;b" after a 38/48; returns how many codes it consumed. */
function extendedColor(codes: number[], at: number): { color: string | undefined; used: number } {
  if (codes[at] === 5) return { color: xterm256(codes[at + 1] ?? 0), used: 2 };
  if (codes[at] === 2) {
    const [r, g, b] = [codes[at + 1] ?? 0, codes[at + 2] ?? 0, codes[at + 3] ?? 0].map(clampByte);
    return { color: `#${hex(r)}${hex(g)}${hex(b)}`, used: 4 };
  }
  return { color: undefined, used: 0 };
}

function xterm256(index: number): string {
  const n = clampByte(index);
  if (n < 16) return PALETTE[n];
  if (n >= 232) {
    const level = 8 + (n - 232) * 10;
    return `#${hex(level)}${hex(level)}${hex(level)}`;
  }
  const cube = n - 16;
  const step = (v: number) => (v === 0 ? 0 : 55 + v * 40);
  return `#${hex(step(Math.floor(cube / 36)))}${hex(step(Math.floor(cube / 6) % 6))}${hex(step(cube % 6))}`;
}

function clampByte(value: number): number {
  return Math.max(0, Math.min(255, Math.floor(value)));
}

function hex(value: number): string {
  return value.toString(16).padStart(2, "0");
}
