// The multi-value filters' URL form, shared by the server (failure-filters.ts)
// and the filter form's client code: no database imports here.

/** Filters that take several values, OR-ed: `kind=compile,link` (or `kind=compile&kind=link`). */
export const MULTI_VALUE_FILTERS = ["category", "tinderbox", "phase", "kind", "triage"] as const;
export type MultiValueFilter = (typeof MULTI_VALUE_FILTERS)[number];

export function isMultiValueFilter(key: string): key is MultiValueFilter {
  return (MULTI_VALUE_FILTERS as readonly string[]).includes(key);
}

/** The values of a multi-value filter, as its URL holds them: comma-separated, trimmed, each once. */
export function filterValues(value: string | undefined): string[] {
  if (!value) return [];
  return [
    ...new Set(
      value
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ];
}

/** Parameters the list assumes when absent: left out of URLs the UI builds. */
export const DEFAULT_PARAMS: Readonly<Record<string, string>> = { status: "failed", pageSize: "50" };
