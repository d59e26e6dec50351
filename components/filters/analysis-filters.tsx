// The cause, infra and bug-status filters (lib/queries/analysis-filters.ts) as form fields.
import { BUG_STATUSES, INFRA_CHOICES } from "@/lib/queries/analysis-filters";
import type { FailureListQuery } from "@/lib/queries/failure-filters";
import { FacetSelect } from "./facet-select";

/** `withCause` false: the page fixes the cause (/causes/ID), so it is not offered again. */
export function AnalysisFilters({ query, withCause }: { query: FailureListQuery; withCause: boolean }) {
  return (
    <>
      {withCause && (
        <label>
          Cause
          <input name="cause" defaultValue={query.cause ?? ""} placeholder="pkg-config:libpcre or an id" />
        </label>
      )}
      <FacetSelect name="infra" label="Infra" value={query.infra} options={[...INFRA_CHOICES]} />
      <FacetSelect name="bugStatus" label="Bug status" value={query.bugStatus} options={[...BUG_STATUSES]} />
    </>
  );
}
