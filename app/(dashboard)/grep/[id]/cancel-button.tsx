"use client";
import { useActionState } from "react";
import { ActionMessage } from "@/components/build-action-message";
import { type CancelGrepState, cancelGrepAction } from "./actions";

export function CancelGrepButton({ id }: { id: string }) {
  const [state, dispatch, pending] = useActionState<CancelGrepState, FormData>(cancelGrepAction, null);
  return (
    <form action={dispatch} className="inline-form">
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending}>
        Cancel
      </button>{" "}
      <ActionMessage result={state} />
    </form>
  );
}
