"use client";
// A matching line with each occurrence of the query in a <mark>. The line's
// shiki HTML is parsed (inert: DOMParser runs no scripts, loads nothing) and
// rebuilt as React elements: its spans keep their class and colours, all text
// goes through React as text, so nothing but shiki's own output is ever set as
// HTML. Only the few matching rows on screen take this path.
import { type CSSProperties, createElement, type ReactNode, useMemo } from "react";
import { type CharRange, matchRanges, splitByRanges } from "./match-ranges";

export function MarkedLineText({ html, query }: { html: string; query: string }) {
  const children = useMemo(() => markedNodes(html, query), [html, query]);
  return <span className="lv-text">{children}</span>;
}

function markedNodes(html: string, query: string): ReactNode[] {
  const body = new DOMParser().parseFromString(html, "text/html").body;
  const ranges = matchRanges(body.textContent ?? "", query);
  let offset = 0;
  let key = 0;
  const convert = (node: Node): ReactNode => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.nodeValue ?? "";
      const pieces = markPieces(text, offset, ranges, () => key++);
      offset += text.length;
      return pieces;
    }
    if (!(node instanceof Element)) return null;
    const props = { key: key++, className: node.getAttribute("class") ?? undefined, style: styleOf(node) };
    return createElement("span", props, ...Array.from(node.childNodes, convert));
  };
  return Array.from(body.childNodes, convert);
}

function markPieces(text: string, offset: number, ranges: CharRange[], nextKey: () => number): ReactNode[] {
  return splitByRanges(text, offset, ranges).map((piece) =>
    piece.matched ? <mark key={nextKey()}>{piece.text}</mark> : piece.text,
  );
}

/** shiki's inline style ("color:#B3261E;font-weight:bold", custom properties too) as a React style. */
function styleOf(element: Element): CSSProperties | undefined {
  const attribute = element.getAttribute("style");
  if (!attribute) return undefined;
  const style: Record<string, string> = {};
  for (const declaration of attribute.split(";")) {
    const colon = declaration.indexOf(":");
    if (colon < 1) continue;
    const property = declaration.slice(0, colon).trim();
    const name = property.startsWith("--")
      ? property
      : property.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    style[name] = declaration.slice(colon + 1).trim();
  }
  return style as CSSProperties;
}
