// A <select> whose options show how many failures each value would list.
import type { FacetCount } from "@/lib/queries/facets";
import { formatNumber } from "../format-count";

export function FacetSelect({
  name,
  label,
  value,
  options,
  counts,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: string[];
  counts?: FacetCount[];
}) {
  const countOf = new Map((counts ?? []).map((c) => [c.value, c.count]));
  const values = value && !options.includes(value) ? [value, ...options] : options;
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ""}>
        <option value="">any</option>
        {values.map((option) => {
          const count = countOf.get(option);
          return (
            <option key={option} value={option}>
              {count === undefined ? option : `${option} (${formatNumber(count)})`}
            </option>
          );
        })}
      </select>
    </label>
  );
}
