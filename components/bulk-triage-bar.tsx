"use client";
// The failure list's bulk actions for maintainers: set a state, link a bug or
// add to a tracker, for the selected rows or every failure the filter matches.
// The server checks the role and resolves the filter itself.
import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { bulkTriageAction } from "@/app/(dashboard)/failures/actions";
import type { BulkResult, BulkTriageInput } from "@/lib/actions/bulk-triage";
import { ActionMessage } from "./build-action-message";
import type { RowSelection } from "./data-table/use-row-selection";

const STATES = ["new", "confirmed", "reported", "fixed", "invalid", "infra"] as const;
const NUMBER = new Intl.NumberFormat("en");

interface Props {
  selection: RowSelection;
  pageRows: number;
  total: number;
  totalExact: boolean;
  /** The list's filters as a URL query, for "all matching". */
  filterQuery: string;
}

function fieldOf(event: FormEvent<HTMLFormElement>, name: string): string {
  event.preventDefault();
  return String(new FormData(event.currentTarget).get(name) ?? "");
}

export function BulkTriageBar({ selection, pageRows, total, totalExact, filterQuery }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<BulkResult | null>(null);
  const count = selection.allMatching ? total : selection.selected.size;
  const disabled = pending || count === 0;

  function run(operation: BulkTriageInput["operation"]): void {
    const target: BulkTriageInput["target"] = selection.allMatching
      ? { kind: "filter", query: filterQuery }
      : { kind: "ids", ids: [...selection.selected] };
    startTransition(async () => {
      const outcome = await bulkTriageAction({ target, operation });
      setResult(outcome);
      if (!outcome.ok) return;
      selection.clear();
      router.refresh();
    });
  }

  const about = totalExact ? "" : "about ";
  return (
    <div className="bulk-bar inline-form" role="toolbar" aria-label="Bulk triage" data-testid="bulk-bar">
      <label>
        <input
          type="checkbox"
          checked={selection.allOnPage}
          onChange={(event) => selection.setPage(event.currentTarget.checked)}
        />{" "}
        Select page
      </label>
      <span data-testid="bulk-count">
        {selection.allMatching ? `all ${about}${NUMBER.format(total)} matching` : `${count} selected`}
      </span>
      {selection.allOnPage && !selection.allMatching && total > pageRows && (
        <button type="button" onClick={selection.selectAllMatching}>
          Select all {about}
          {NUMBER.format(total)} matching this filter
        </button>
      )}
      <form
        onSubmit={(event) => run({ op: "state", state: fieldOf(event, "state") as (typeof STATES)[number] })}
      >
        <select name="state" aria-label="New triage state" defaultValue="confirmed">
          {STATES.map((state) => (
            <option key={state}>{state}</option>
          ))}
        </select>{" "}
        <button type="submit" disabled={disabled}>
          Set state
        </button>
      </form>
      <form onSubmit={(event) => run({ op: "bug", bugNumber: Number(fieldOf(event, "bugNumber")) })}>
        <input
          name="bugNumber"
          inputMode="numeric"
          pattern="[0-9]+"
          required
          size={8}
          aria-label="Bug number"
        />{" "}
        <button type="submit" disabled={disabled}>
          Link bug
        </button>
      </form>
      <form onSubmit={(event) => run({ op: "tracker", bugNumber: Number(fieldOf(event, "trackerBug")) })}>
        <input
          name="trackerBug"
          inputMode="numeric"
          pattern="[0-9]+"
          required
          size={8}
          aria-label="Tracker bug"
        />{" "}
        <button type="submit" disabled={disabled}>
          Add to tracker
        </button>
      </form>
      <ActionMessage result={result} />
    </div>
  );
}
