// The one shiki highlighter of the server process, and the per-line HTML the
// log viewer injects. shiki escapes text when it serialises (hastToHtml), so the
// HTML is safe to inject whatever bytes the log holds. A window's colouring is
// bounded in output bytes and in time: past either, its remaining lines are
// plain escaped text, and the caller says so.
import type { ElementContent, Root } from "hast";
import {
  codeToTokensBase,
  createHighlighterCore,
  type GrammarState,
  type HighlighterCore,
  hastToHtml,
  type ThemedToken,
} from "shiki/core";
import { createJavaScriptRegexEngine } from "shiki/engine/javascript";
import { hasAnsi, parseAnsi, stripAnsi } from "./ansi";
import { BUILD_LOG_LANGUAGE, buildLogGrammar } from "./build-log-grammar";
import { type DisplayLine, displayText } from "./display-text";
import { KINDLING_THEME, kindlingTheme } from "./kindling-theme";
import type { LogLanguage } from "./language";
import { ansiSpans, cutNote, tokenSpans } from "./spans";

// Lines longer than this are shown uncoloured: regex tokenizing cost grows with length.
const TOKENIZE_MAX_LINE = 2000;
// Per line; shiki's default (500 ms) times 2000 lines is no bound at all.
const TOKENIZE_LINE_MS = 50;
// Lines tokenized per shiki call: the budget is checked (and the event loop let go) between calls.
const CHUNK_LINES = 100;
const YIELD_EVERY_MS = 20;

export interface HighlightBudget {
  /** HTML bytes (UTF-16 units, close enough) the coloured lines may take. */
  maxBytes: number;
  /** Wall-clock milliseconds of colouring. */
  maxMs: number;
}

export interface HighlightedLines {
  html: string[];
  /** Index of the first line given as plain text because the budget ran out; null when all are coloured. */
  plainFrom: number | null;
}

const UNBOUNDED: HighlightBudget = { maxBytes: Number.POSITIVE_INFINITY, maxMs: Number.POSITIVE_INFINITY };

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
  return (await highlightWithin(rawLines, language, UNBOUNDED)).html;
}

/** Like highlightLines, but stops colouring once `budget` is spent. */
export async function highlightWithin(
  rawLines: string[],
  language: LogLanguage,
  budget: HighlightBudget,
): Promise<HighlightedLines> {
  const highlighter = await getHighlighter();
  const shown = rawLines.map(displayText);
  const deadline = Date.now() + budget.maxMs;
  const html: string[] = [];
  let bytes = 0;
  let state: GrammarState | undefined;
  let lastYield = Date.now();
  for (let start = 0; start < shown.length; start += CHUNK_LINES) {
    const chunk = shown.slice(start, start + CHUNK_LINES);
    const tokens = tokenize(highlighter, chunk, language, state);
    state = highlighter.getLastGrammarState(tokens) ?? state;
    for (let i = 0; i < chunk.length; i++) {
      const line = render(chunk[i], tokens[i] ?? []);
      html.push(line);
      bytes += line.length;
      if (bytes > budget.maxBytes || Date.now() > deadline) return finishPlain(html, shown);
      lastYield = await yieldAfter(lastYield);
    }
  }
  return { html, plainFrom: null };
}

function tokenize(
  highlighter: HighlighterCore,
  chunk: DisplayLine[],
  language: LogLanguage,
  grammarState: GrammarState | undefined,
): ThemedToken[][] {
  const code = chunk.map((line) => (hasAnsi(line.text) ? "" : line.text)).join("\n");
  return codeToTokensBase(highlighter, code, {
    lang: language === "buildlog" ? BUILD_LOG_LANGUAGE : language,
    theme: KINDLING_THEME,
    tokenizeMaxLineLength: TOKENIZE_MAX_LINE,
    tokenizeTimeLimit: TOKENIZE_LINE_MS,
    grammarState,
  });
}

function render(line: DisplayLine, lineTokens: ThemedToken[]): string {
  const children = hasAnsi(line.text) ? ansiSpans(parseAnsi(line.text)) : tokenSpans(lineTokens);
  if (line.cutChars > 0) children.push(cutNote(line.cutChars));
  return serialise(children);
}

/** Lets other requests (health checks, other windows) run once `since` is YIELD_EVERY_MS old. */
async function yieldAfter(since: number): Promise<number> {
  if (Date.now() - since <= YIELD_EVERY_MS) return since;
  await new Promise((resolve) => setImmediate(resolve));
  return Date.now();
}

/** The lines after `html` as escaped text without colour: cheap whatever the line holds. */
async function finishPlain(html: string[], shown: DisplayLine[]): Promise<HighlightedLines> {
  const plainFrom = html.length;
  let lastYield = Date.now();
  for (const line of shown.slice(plainFrom)) {
    const children: ElementContent[] = [{ type: "text", value: stripAnsi(line.text) }];
    if (line.cutChars > 0) children.push(cutNote(line.cutChars));
    html.push(serialise(children));
    lastYield = await yieldAfter(lastYield);
  }
  return { html, plainFrom: plainFrom < shown.length ? plainFrom : null };
}

function serialise(children: ElementContent[]): string {
  const root: Root = { type: "root", children };
  return hastToHtml(root);
}
