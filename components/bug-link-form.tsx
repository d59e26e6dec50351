"use client";
// After filing: record the bug number on this failure, or on every failure
// with the same signature.
import { useActionState } from "react";
import { type FormActionState, linkBugAction } from "@/app/(dashboard)/builds/[id]/actions";
import { ActionMessage } from "./build-action-message";
import { submitWithoutReset } from "./submit-without-reset";

export function BugLinkForm({
  buildId,
  summary,
  hasFine,
  hasCoarse,
}: {
  buildId: number;
  summary: string;
  hasFine: boolean;
  hasCoarse: boolean;
}) {
  const [result, dispatch, pending] = useActionState<FormActionState, FormData>(linkBugAction, null);
  // Not reset after the action: a refused link keeps the typed number (the page re-renders the links).
  return (
    <form onSubmit={submitWithoutReset(dispatch)} className="inline-form" data-testid="bug-link-form">
      <input type="hidden" name="buildId" value={buildId} />
      <label>
        Bug # <input name="bugNumber" inputMode="numeric" pattern="[0-9]+" required size={8} />
      </label>
      <input name="summary" defaultValue={summary} maxLength={255} size={40} aria-label="Bug summary" />
      <select name="scope" defaultValue="build" aria-label="Link to">
        <option value="build">this failure</option>
        {hasFine && <option value="fine">every failure with this signature</option>}
        {hasCoarse && <option value="coarse">every failure with the coarse signature</option>}
      </select>
      <button type="submit" disabled={pending}>
        Record bug
      </button>
      <ActionMessage result={result} />
    </form>
  );
}
