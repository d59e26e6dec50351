"use client";
// A maintainer's triage control: the new state and an optional note.
import { useActionState } from "react";
import type { FormActionState } from "@/app/(dashboard)/builds/[id]/actions";
import { setTriageAction } from "@/app/(dashboard)/builds/[id]/actions";
import { ActionMessage } from "./build-action-message";

const STATES = ["new", "confirmed", "reported", "fixed", "invalid", "infra"] as const;

export function TriageForm({ buildId, state }: { buildId: number; state: string }) {
  const [result, action, pending] = useActionState<FormActionState, FormData>(setTriageAction, null);
  return (
    <form action={action} className="inline-form" data-testid="triage-form">
      <input type="hidden" name="buildId" value={buildId} />
      <label>
        Triage{" "}
        <select name="state" defaultValue={state}>
          {STATES.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </label>
      <input name="note" placeholder="note (optional)" maxLength={2000} />
      <button type="submit" disabled={pending}>
        Save
      </button>
      <ActionMessage result={result} />
    </form>
  );
}
