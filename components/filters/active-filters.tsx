// The active filters as removable chips ("kind: compile ×"), one per value, and
// next to a value that cannot match, why. Each chip is a plain link to the same
// list without that value, so it works without JavaScript and keeps the URL short.

import { FILTER_KEYS } from "@/lib/queries/failure-filters";
import type { FilterNotice } from "@/lib/queries/filter-notices";
import { filterValues, isMultiValueFilter } from "@/lib/queries/filter-values";

export const FILTER_LABELS: Record<string, string> = {
  q: "search",
  category: "category",
  package: "package",
  maintainer: "maintainer",
  mine: "my packages",
  tinderbox: "tinderbox",
  profile: "profile",
  toolchain: "toolchain",
  phase: "phase",
  kind: "kind",
  triage: "triage",
  bug: "bug",
  from: "from",
  to: "to",
  novelty: "new/known",
  regression: "regressions",
  signature: "signature",
  cause: "cause",
  infra: "infra",
  bugStatus: "bug status",
  status: "status",
};

export interface ActiveFilter {
  key: string;
  value: string;
  /** The list's URL without this value. */
  href: string;
}

function hrefWithout(basePath: string, params: Record<string, string>, key: string, value: string): string {
  const next = new URLSearchParams();
  for (const [name, current] of Object.entries(params)) {
    if (name === "page") continue;
    if (name !== key) next.set(name, current);
    else if (isMultiValueFilter(name)) {
      const rest = filterValues(current).filter((one) => one !== value);
      if (rest.length > 0) next.set(name, rest.join(","));
    }
  }
  const query = next.toString();
  return query ? `${basePath}?${query}` : basePath;
}

/** Every active filter value the URL holds, except the ones the page itself fixes. */
export function activeFilters(
  basePath: string,
  params: Record<string, string>,
  fixed: readonly string[] = [],
): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  for (const key of FILTER_KEYS) {
    const raw = params[key];
    if (!raw || fixed.includes(key) || (key === "status" && raw === "failed")) continue;
    const values = isMultiValueFilter(key) ? filterValues(raw) : [raw];
    for (const value of values) active.push({ key, value, href: hrefWithout(basePath, params, key, value) });
  }
  return active;
}

function chipText(filter: ActiveFilter): string {
  if (filter.key === "mine" || filter.key === "regression") return FILTER_LABELS[filter.key];
  return `${FILTER_LABELS[filter.key] ?? filter.key}: ${filter.value}`;
}

export function ActiveFilterChips({
  basePath,
  params,
  fixed = [],
  notices,
}: {
  basePath: string;
  params: Record<string, string>;
  fixed?: readonly string[];
  notices: readonly FilterNotice[];
}) {
  const active = activeFilters(basePath, params, fixed);
  if (active.length === 0) return null;
  return (
    <div className="filter-chips" data-testid="filter-chips">
      <ul aria-label="Active filters">
        {active.map((filter) => {
          const notice = notices.find((n) => n.filter === filter.key && n.value === filter.value);
          return (
            <li key={`${filter.key}=${filter.value}`} className={notice ? "chip chip-warn" : "chip"}>
              <span>{chipText(filter)}</span>
              {notice && <span className="chip-notice"> — {notice.message}</span>}
              <a
                href={filter.href}
                aria-label={`Remove filter ${chipText(filter)}`}
                title="Remove this filter"
              >
                ×
              </a>
            </li>
          );
        })}
      </ul>
      {active.length > 1 && (
        <a href={basePath} className="small">
          Clear all
        </a>
      )}
    </div>
  );
}
