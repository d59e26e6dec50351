// The failure list's filters as a plain GET form: submitting it writes every
// choice into the URL, so a filtered view is a link (and works without JS).
// With JavaScript, AutoApply applies each change at once (auto-apply.tsx).
import "./filters.css";
import type { Facets, FilterChoices } from "@/lib/queries/facets";
import type { FailureListQuery } from "@/lib/queries/failure-filters";
import { AnalysisFilters } from "./analysis-filters";
import { AutoApply } from "./auto-apply";
import { FacetChecks } from "./facet-checks";
import { FacetSelect } from "./facet-select";
import { SuggestInput } from "./suggest-input";

export const FILTER_FORM_ID = "failure-filters";

interface FilterFormProps {
  basePath: string;
  query: FailureListQuery;
  facets: Facets;
  choices: FilterChoices;
  signedIn: boolean;
  facetsComputedAt: Date;
  /** Filters the page itself fixes (the category of /c/x), not offered again. */
  fixed?: ReadonlyArray<"category" | "package" | "signature" | "cause">;
}

function Checkbox({
  name,
  label,
  checked,
  disabled,
  hint,
}: {
  name: string;
  label: string;
  checked: boolean;
  disabled?: boolean;
  hint?: string;
}) {
  return (
    <label className="checkbox" title={hint}>
      <input type="checkbox" name={name} value="1" defaultChecked={checked} disabled={disabled} /> {label}
      {hint && <span className="muted small"> ({hint})</span>}
    </label>
  );
}

export function FailureFilterForm({
  basePath,
  query,
  facets,
  choices,
  signedIn,
  facetsComputedAt,
  fixed = [],
}: FilterFormProps) {
  return (
    <form
      method="get"
      action={basePath}
      className="filters"
      id={FILTER_FORM_ID}
      data-testid="failure-filters"
    >
      <AutoApply formId={FILTER_FORM_ID} />
      <label className="search">
        Search
        <input
          id="failure-search"
          name="q"
          type="search"
          defaultValue={query.q ?? ""}
          placeholder="title, error line or signature  ( / )"
        />
      </label>
      {!fixed.includes("category") && (
        <SuggestInput
          field="category"
          name="category"
          label="Category"
          defaultValue={query.category}
          placeholder="dev-libs, dev-* or *-libs; several with ,"
        />
      )}
      {!fixed.includes("package") && (
        <SuggestInput
          field="package"
          name="package"
          label="Package"
          defaultValue={query.package}
          placeholder="dev-libs/libxml2"
        />
      )}
      <SuggestInput
        field="maintainer"
        name="maintainer"
        label="Maintainer"
        defaultValue={query.maintainer}
        placeholder="e-mail, project (base-system) or maintainer-needed"
      />
      <FacetChecks
        name="tinderbox"
        label="Tinderbox"
        value={query.tinderbox}
        options={choices.tinderboxes.map((t) => t.name)}
        counts={facets.tinderbox}
      />
      <FacetSelect name="profile" label="Profile" value={query.profile} options={choices.profiles} />
      <FacetSelect
        name="toolchain"
        label="Toolchain"
        value={query.toolchain}
        options={choices.toolchainTags}
      />
      <FacetChecks
        name="phase"
        label="Phase"
        value={query.phase}
        options={facets.phase.map((f) => f.value).filter(Boolean)}
        counts={facets.phase}
      />
      <FacetChecks
        name="kind"
        label="Kind"
        value={query.kind}
        options={facets.kind.map((f) => f.value)}
        counts={facets.kind}
      />
      <FacetChecks
        name="triage"
        label="Triage"
        value={query.triage}
        options={facets.triage.map((f) => f.value)}
        counts={facets.triage}
      />
      <FacetSelect
        name="bug"
        label="Bug"
        value={query.bug}
        options={["with", "without"]}
        counts={facets.bug}
      />
      <AnalysisFilters query={query} withCause={!fixed.includes("cause")} />
      <label>
        From <input type="date" name="from" defaultValue={query.from ?? ""} />
      </label>
      <label>
        To <input type="date" name="to" defaultValue={query.to ?? ""} />
      </label>
      <FacetSelect name="novelty" label="New / known" value={query.novelty} options={["new", "known"]} />
      <Checkbox
        name="regression"
        label="Regressions"
        checked={query.regression === "1"}
        hint="built fine earlier on the same tinderbox"
      />
      <Checkbox
        name="mine"
        label="My packages"
        checked={query.mine === "1"}
        disabled={!signedIn}
        hint={signedIn ? undefined : "sign in to see your packages"}
      />
      {query.signature && <input type="hidden" name="signature" value={query.signature} />}
      {query.sort && <input type="hidden" name="sort" value={query.sort} />}
      {query.dir && <input type="hidden" name="dir" value={query.dir} />}
      <input type="hidden" name="pageSize" value={query.pageSize} />
      <div className="filter-actions">
        <button type="submit">Apply</button> <a href={basePath}>Clear</a>
        <span className="muted small">
          Counts as of {facetsComputedAt.toISOString().slice(11, 16)} UTC, refreshed every minute.
        </span>
      </div>
    </form>
  );
}
