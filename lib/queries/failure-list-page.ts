// Everything a failure-list page needs, for /failures, /c/x, /p/x/y and
// /signatures/N alike: the parsed URL, one page of rows, facet counts and the
// filter choices.
import type { SessionUser } from "../auth/session";
import { type Facets, type FilterChoices, failureFacets, filterChoices } from "./facets";
import {
  type FailureFilters,
  type FailureListQuery,
  failureListQuerySchema,
  paramsRecord,
} from "./failure-filters";
import { type FailureList, listFailures, resolveFilters } from "./failures";
import { type FilterNotice, filterNotices } from "./filter-notices";
import { cached } from "./ttl-cache";

export type SearchParamsRecord = Record<string, string | string[] | undefined>;

/** One value per parameter (multi-value filters joined with ","; paramsRecord), empty ones left out. */
export function firstValues(searchParams: SearchParamsRecord): Record<string, string> {
  const entries: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(searchParams))
    for (const one of Array.isArray(value) ? value : [value]) if (one !== undefined) entries.push([key, one]);
  return paramsRecord(entries);
}

export interface FailureListPage {
  query: FailureListQuery;
  /** The URL parameters as given, for links that change one of them. */
  params: Record<string, string>;
  list: FailureList;
  facets: Facets;
  facetsComputedAt: Date;
  choices: FilterChoices;
  /** Filter values that cannot match anything, and why (filter-notices.ts). */
  notices: FilterNotice[];
}

export async function loadFailureListPage(
  searchParams: SearchParamsRecord,
  fixed: Partial<FailureFilters>,
  user: SessionUser | null,
): Promise<FailureListPage> {
  const params = firstValues(searchParams);
  const query = failureListQuerySchema.parse({ ...params, ...fixed });
  // The search's probes run once; the list, the facets and the choices are independent reads.
  const resolved = await resolveFilters(query, { user });
  const [list, { facets, computedAt }, choices] = await Promise.all([
    listFailures(query, { user }, resolved),
    failureFacets(resolved),
    cached("filter-choices", 60_000, filterChoices).then((result) => result.value),
  ]);
  const notices = await filterNotices(query, choices);
  return { query, params, list, facets, facetsComputedAt: computedAt, choices, notices };
}
