// The hast nodes of one highlighted line. Adjacent pieces with the same style
// become one span: a log with an escape sequence per character would otherwise
// cost a `<span style=…>` per character.
import type { Element, ElementContent } from "hast";
import type { AnsiSegment, AnsiStyle } from "./ansi";
import { themedColour } from "./dark-colours";
import { LOG_COLOURS } from "./kindling-theme";

const DEFAULT_FG = LOG_COLOURS.text[0];

export type Token = { content: string; color?: string; fontStyle?: number };

interface Piece {
  text: string;
  style: AnsiStyle;
}

export function tokenSpans(lineTokens: Token[]): ElementContent[] {
  return mergedSpans(
    lineTokens.map((token) => {
      const bold = token.fontStyle !== undefined && (token.fontStyle & 2) !== 0;
      const color = token.color && token.color.toLowerCase() !== DEFAULT_FG ? token.color : undefined;
      return { text: token.content, style: { color, bold: bold || undefined } };
    }),
  );
}

export function ansiSpans(segments: AnsiSegment[]): ElementContent[] {
  return mergedSpans(segments);
}

function mergedSpans(pieces: Piece[]): ElementContent[] {
  const out: ElementContent[] = [];
  let text = "";
  let css = "";
  for (const piece of pieces) {
    const pieceCss = cssOf(piece.style);
    if (pieceCss !== css && text) {
      out.push(styled(text, css));
      text = "";
    }
    css = pieceCss;
    text += piece.text;
  }
  if (text) out.push(styled(text, css));
  return out;
}

function cssOf(style: AnsiStyle): string {
  return [
    // The colour follows the page theme; the background stays (light text reads on it in dark).
    style.color && `color:${themedColour(style.color)}`,
    style.background && `background-color:${style.background}`,
    style.bold && "font-weight:bold",
    style.underline && "text-decoration:underline",
  ]
    .filter(Boolean)
    .join(";");
}

function styled(text: string, css: string): ElementContent {
  if (!css) return { type: "text", value: text };
  return {
    type: "element",
    tagName: "span",
    properties: { style: css },
    children: [{ type: "text", value: text }],
  };
}

export function cutNote(chars: number): Element {
  const note = ` … ${chars.toLocaleString("en")} more characters (download the raw file)`;
  return {
    type: "element",
    tagName: "span",
    properties: { className: ["ln-cut"] },
    children: [{ type: "text", value: note }],
  };
}
