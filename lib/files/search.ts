// In-log search over the WHOLE file, server-side: the count is the true count
// (docs/domain.md, "What readers of logs ask for": the GitHub Actions UI "lies about the number of times").
// Lines are matched as the viewer shows them: visible segment, ANSI stripped.
import { cleanLine } from "@/lib/analysis/lines";

export const MAX_QUERY_CHARS = 200;
/** Match line numbers returned per page; the totals always cover the whole file. */
export const MATCH_PAGE_SIZE = 1000;

export interface SearchResult {
  query: string;
  /** Occurrences in the whole file (case-insensitive). */
  totalMatches: number;
  /** Lines holding at least one occurrence, in the whole file. */
  totalLines: number;
  /** Matching lines before `from`: the index of `lines[0]` among all matching lines. */
  linesBefore: number;
  /** Up to MATCH_PAGE_SIZE matching line numbers at or after `from`. */
  lines: number[];
}

/** Scans every line (1-based numbering as the line index counts them); stops early once `signal` aborts. */
export async function searchLines(
  lines: AsyncIterable<string[]> | Iterable<string[]>,
  query: string,
  from = 1,
  signal?: AbortSignal,
): Promise<SearchResult> {
  const needle = query.toLowerCase();
  const result: SearchResult = { query, totalMatches: 0, totalLines: 0, linesBefore: 0, lines: [] };
  if (needle.length === 0) return result;
  let lineNumber = 0;
  for await (const batch of lines) {
    if (signal?.aborted) break;
    for (const raw of batch) {
      lineNumber++;
      const count = countOccurrences(cleanLine(raw).toLowerCase(), needle);
      if (count === 0) continue;
      result.totalMatches += count;
      result.totalLines++;
      if (lineNumber < from) result.linesBefore++;
      else if (result.lines.length < MATCH_PAGE_SIZE) result.lines.push(lineNumber);
    }
  }
  return result;
}

function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length))
    count++;
  return count;
}
