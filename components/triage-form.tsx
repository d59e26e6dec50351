"use client";
// A maintainer's triage control: the state and an optional note. It always
// shows the stored state (see submit-without-reset.ts), sends the version it
// shows, and sends the state only when it was changed, so a note alone cannot
// write a state back.
import { useActionState } from "react";
import type { FormActionState } from "@/app/(dashboard)/builds/[id]/actions";
import { setTriageAction } from "@/app/(dashboard)/builds/[id]/actions";
import { ActionMessage } from "./build-action-message";
import { newerStored, submitWithoutReset } from "./submit-without-reset";

const STATES = ["new", "confirmed", "reported", "fixed", "invalid", "infra"] as const;

export function TriageForm({ buildId, state, version }: { buildId: number; state: string; version: number }) {
  const [result, dispatch, pending] = useActionState<FormActionState, FormData>(setTriageAction, null);
  const stored = newerStored({ state, version }, result?.ok ? result.stored : undefined);
  const onSubmit = submitWithoutReset(dispatch, (formData) => {
    if (formData.get("state") === stored.state) formData.delete("state");
  });
  return (
    <form onSubmit={onSubmit} className="inline-form" data-testid="triage-form">
      <input type="hidden" name="buildId" value={buildId} />
      <input type="hidden" name="version" value={stored.version} />
      <label>
        Triage{" "}
        <select key={`state-${stored.version}`} name="state" defaultValue={stored.state}>
          {STATES.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </label>
      <input key={`note-${stored.version}`} name="note" placeholder="note (optional)" maxLength={2000} />
      <button type="submit" disabled={pending}>
        Save
      </button>
      <ActionMessage result={result} />
    </form>
  );
}
