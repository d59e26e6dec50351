// The one shiki highlighter of the server process, and the per-line HTML the
// log viewer injects. shiki escapes text when it serialises (hastToHtml), so the
// HTML is safe to inject whatever bytes the log holds.
import type { Element, ElementContent, Root } from "hast";
import { codeToTokensBase, createHighlighterCore, type HighlighterCore, hastToHtml } from "shiki/core";
import { createJavaScriptRegexEngine } from "shiki/engine/javascript";
import { type AnsiSegment, hasAnsi, parseAnsi } from "./ansi";
import { BUILD_LOG_LANGUAGE, buildLogGrammar } from "./build-log-grammar";
import { displayText } from "./display-text";
import { KINDLING_THEME, kindlingTheme } from "./kindling-theme";
import type { LogLanguage } from "./language";

// Lines longer than this are shown uncoloured: regex tokenizing cost grows with length.
const TOKENIZE_MAX_LINE = 2000;
const DEFAULT_FG = "#1d1f21";

const holder = globalThis as typeof globalThis & { kindlingHighlighter?: Promise<HighlighterCore> };

/** One instance per process (kept on globalThis so dev-mode module reloads reuse it). */
export function getHighlighter(): Promise<HighlighterCore> {
  holder.kindlingHighlighter ??= createHighlighterCore({
    themes: [kindlingTheme],
    langs: [buildLogGrammar, import("shiki/langs/shellscript.mjs"), import("shiki/langs/yaml.mjs")],
    // The JavaScript engine needs no WebAssembly and is fast for line-local grammars.
    engine: createJavaScriptRegexEngine({ forgiving: true }),
  });
  return holder.kindlingHighlighter;
}

/** HTML (one `<span class="ln-text">` per line) for raw lines as stored: `\r` and ANSI are handled here. */
export async function highlightLines(rawLines: string[], language: LogLanguage): Promise<string[]> {
  const highlighter = await getHighlighter();
  const shown = rawLines.map(displayText);
  const code = shown.map((line) => (hasAnsi(line.text) ? "" : line.text)).join("\n");
  const tokens = codeToTokensBase(highlighter, code, {
    lang: language === "buildlog" ? BUILD_LOG_LANGUAGE : language,
    theme: KINDLING_THEME,
    tokenizeMaxLineLength: TOKENIZE_MAX_LINE,
  });
  return shown.map((line, i) => {
    const children = hasAnsi(line.text) ? ansiSpans(parseAnsi(line.text)) : tokenSpans(tokens[i] ?? []);
    if (line.cutChars > 0) children.push(cutNote(line.cutChars));
    return serialise(children);
  });
}

type Token = { content: string; color?: string; fontStyle?: number };

function tokenSpans(lineTokens: Token[]): ElementContent[] {
  return lineTokens.map((token) => {
    const bold = token.fontStyle !== undefined && (token.fontStyle & 2) !== 0;
    const color = token.color && token.color.toLowerCase() !== DEFAULT_FG ? token.color : undefined;
    return styled(token.content, { color, bold });
  });
}

function ansiSpans(segments: AnsiSegment[]): ElementContent[] {
  return segments.map((segment) => styled(segment.text, segment.style));
}

function styled(
  text: string,
  style: { color?: string; background?: string; bold?: boolean; underline?: boolean },
): ElementContent {
  const css = [
    style.color && `color:${style.color}`,
    style.background && `background-color:${style.background}`,
    style.bold && "font-weight:bold",
    style.underline && "text-decoration:underline",
  ].filter(Boolean);
  if (css.length === 0) return { type: "text", value: text };
  return {
    type: "element",
    tagName: "span",
    properties: { style: css.join(";") },
    children: [{ type: "text", value: text }],
  };
}

function cutNote(chars: number): Element {
  const note = ` … ${chars.toLocaleString("en")} more characters (download the raw file)`;
  return {
    type: "element",
    tagName: "span",
    properties: { className: ["ln-cut"] },
    children: [{ type: "text", value: note }],
  };
}

function serialise(children: ElementContent[]): string {
  const root: Root = { type: "root", children };
  return hastToHtml(root);
}
