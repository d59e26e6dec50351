"use client";
// One button posting hidden fields to a bug server action ("Mark as infra",
// "Refresh bug status"), with the outcome announced next to it.
import { useActionState } from "react";
import type { BugActionState } from "@/app/(dashboard)/builds/[id]/bug/actions";
import { ActionMessage } from "./build-action-message";

type Action = (previous: BugActionState, formData: FormData) => Promise<BugActionState>;

export function BugActionButton({
  action,
  fields,
  label,
  testId,
}: {
  action: Action;
  fields: Record<string, string | number>;
  label: string;
  testId: string;
}) {
  const [result, dispatch, pending] = useActionState(action, null);
  return (
    <form action={dispatch} className="inline-form" data-testid={testId}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending}>
        {label}
      </button>
      <ActionMessage result={result} />
    </form>
  );
}
