// A filter that takes several values (kind, phase, triage, tinderbox): a
// disclosure with one checkbox per value and its count. The form sends each
// checked box (`kind=a&kind=b`); the list reads them as one comma list.
import type { FacetCount } from "@/lib/queries/facets";
import { filterValues } from "@/lib/queries/failure-filters";
import { formatNumber } from "../format-count";

export function FacetChecks({
  name,
  label,
  value,
  options,
  counts,
}: {
  name: string;
  label: string;
  /** The URL's comma list. */
  value: string | undefined;
  options: string[];
  counts?: FacetCount[];
}) {
  const chosen = filterValues(value);
  const countOf = new Map((counts ?? []).map((c) => [c.value, c.count]));
  // A chosen value the options do not list (no failures under the other filters) stays visible and checked.
  const values = [...chosen.filter((one) => !options.includes(one)), ...options];
  return (
    <details className="facet-checks" data-testid={`facet-${name}`}>
      <summary>
        {label}
        {chosen.length > 0 ? ` (${chosen.length})` : ": any"}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{label}</legend>
        {values.length === 0 && <span className="muted small">no values</span>}
        {values.map((option) => {
          const count = countOf.get(option);
          return (
            <label key={option} className="checkbox">
              <input type="checkbox" name={name} value={option} defaultChecked={chosen.includes(option)} />{" "}
              {option}
              {count !== undefined && <span className="muted small"> {formatNumber(count)}</span>}
            </label>
          );
        })}
      </fieldset>
    </details>
  );
}
