"use client";
// One tracker rule as an editable row (or, without a tracker, the "add" row).
// An edit row shows the stored rule after a save and sends the version
// (updatedAt) it shows; the server refuses a save over someone else's change.
import { useActionState } from "react";
import { saveTrackerAction, type TrackerFormState } from "@/app/(dashboard)/trackers/actions";
import type { StoredTracker } from "@/lib/actions/trackers";
import { ActionMessage } from "./build-action-message";
import { newerStored, submitWithoutReset } from "./submit-without-reset";

export type TrackerFields = StoredTracker;

export function BugTrackerForm({ tracker }: { tracker?: TrackerFields }) {
  const [result, dispatch, pending] = useActionState<TrackerFormState, FormData>(saveTrackerAction, null);
  const saved = result?.ok ? result.stored : undefined;
  const stored = tracker ? newerStored(tracker, saved) : undefined;
  const key = tracker ? `tracker-${tracker.id}` : "tracker-new";
  // The add row may reset after a save (it is empty again, ready for the next rule).
  const formProps = stored ? { onSubmit: submitWithoutReset(dispatch) } : { action: dispatch };
  return (
    <form {...formProps} className="tracker-form" data-testid={key}>
      {stored && <input type="hidden" name="id" value={stored.id} />}
      {stored && <input type="hidden" name="version" value={stored.version} />}
      <TrackerInputs key={stored?.version ?? "new"} tracker={stored} />
      <button type="submit" disabled={pending}>
        {tracker ? "Save" : "Add"}
      </button>
      <ActionMessage result={result} />
    </form>
  );
}

/** The rule's fields, re-mounted (keyed by the stored version) so they show what is stored. */
function TrackerInputs({ tracker }: { tracker?: TrackerFields }) {
  return (
    <>
      <input
        name="bugNumber"
        defaultValue={tracker?.bugNumber}
        inputMode="numeric"
        required
        size={8}
        aria-label="Tracker bug"
        placeholder="bug"
      />
      <input
        name="title"
        defaultValue={tracker?.title}
        required
        size={28}
        aria-label="Title"
        placeholder="title"
      />
      <select name="matchType" defaultValue={tracker?.matchType ?? "regex"} aria-label="Match type">
        <option value="regex">regex</option>
        <option value="substring">substring</option>
        <option value="search">failure-list search</option>
        <option value="diagnostics">diagnostics query</option>
      </select>
      <input
        name="pattern"
        defaultValue={tracker?.pattern}
        required
        size={48}
        className="mono"
        aria-label="Pattern"
        placeholder="pattern (matched against failure titles, ignoring case)"
      />
      <label>
        <input type="checkbox" name="active" defaultChecked={tracker?.active ?? true} /> active
      </label>
    </>
  );
}
