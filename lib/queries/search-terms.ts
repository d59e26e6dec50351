// How a search query splits into terms and how a term becomes an ILIKE pattern.
// No database here: the highlighter in the browser uses the same rules.

/** Splits a query into terms: words, or "quoted phrases" kept whole. */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  for (const match of query.matchAll(/"([^"]+)"|(\S+)/g)) {
    const term = (match[1] ?? match[2] ?? "").trim();
    if (term.length > 0) terms.push(term);
  }
  return terms.slice(0, 8);
}

/**
 * A term as an ILIKE pattern. Quotes match any quote: GCC prints ‘foo’ where a
 * user types 'foo' or `foo'.
 */
export function likePattern(term: string): string {
  const escaped = term.replace(/[\\%_]/g, "\\$&").replace(/['‘’`"“”]/g, "_");
  return `%${escaped}%`;
}
