"use client";
// One tracker rule as an editable row (or, without a tracker, the "add" row).
import { useActionState } from "react";
import { saveTrackerAction, type TrackerFormState } from "@/app/(dashboard)/trackers/actions";

export interface TrackerFields {
  id: number;
  bugNumber: number;
  title: string;
  matchType: string;
  pattern: string;
  active: boolean;
}

export function BugTrackerForm({ tracker }: { tracker?: TrackerFields }) {
  const [result, action, pending] = useActionState<TrackerFormState, FormData>(saveTrackerAction, null);
  const key = tracker ? `tracker-${tracker.id}` : "tracker-new";
  return (
    <form action={action} className="tracker-form" data-testid={key}>
      {tracker && <input type="hidden" name="id" value={tracker.id} />}
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
      <button type="submit" disabled={pending}>
        {tracker ? "Save" : "Add"}
      </button>
      {result && (
        <span role="status" className={result.ok ? "action-ok" : "action-error"}>
          {result.message}
        </span>
      )}
    </form>
  );
}
