// Where a search query occurs in a line as shown, by the rule the server counts
// with (lib/files/search.ts): case-insensitive, non-overlapping, left to right.

/** Half-open character offsets [from, to) into a line. */
export interface CharRange {
  from: number;
  to: number;
}

/** Half-open [from, to) character ranges of `query` in `text`. */
export function matchRanges(text: string, query: string): CharRange[] {
  const needle = query.toLowerCase();
  const haystack = text.toLowerCase();
  // A few characters change length when lowercased (İ): offsets would drift, so mark nothing.
  if (needle === "" || haystack.length !== text.length) return [];
  const ranges: CharRange[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    ranges.push({ from: at, to: at + needle.length });
  }
  return ranges;
}

/** `text` (which starts at `offset` in the line) cut into plain and matched pieces. */
export function splitByRanges(
  text: string,
  offset: number,
  ranges: readonly CharRange[],
): Array<{ text: string; matched: boolean }> {
  const pieces: Array<{ text: string; matched: boolean }> = [];
  let at = 0;
  for (const range of ranges) {
    const from = Math.max(range.from - offset, at);
    const to = Math.min(range.to - offset, text.length);
    if (to <= from) continue;
    if (from > at) pieces.push({ text: text.slice(at, from), matched: false });
    pieces.push({ text: text.slice(from, to), matched: true });
    at = to;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), matched: false });
  return pieces;
}
