"use client";
// "This is the error" and its undo, for maintainers (the actions check the role
// again on the server). Only ids go to the server: the line's text is read there
// from the stored log.
import { useActionState } from "react";
import {
  correctPrimaryAction,
  type FormActionState,
  undoPrimaryCorrectionAction,
} from "@/app/(dashboard)/builds/[id]/actions";
import { ActionMessage } from "./build-action-message";

export function MarkPrimaryButton({ buildId, lineNumber }: { buildId: number; lineNumber: number }) {
  const [result, action, pending] = useActionState<FormActionState, FormData>(correctPrimaryAction, null);
  return (
    <form action={action} className="inline-form" data-testid="mark-primary">
      <input type="hidden" name="buildId" value={buildId} />
      <input type="hidden" name="lineNumber" value={lineNumber} />
      <button type="submit" disabled={pending} title={`Make line ${lineNumber} the primary error`}>
        This is the error
      </button>
      <ActionMessage result={result} />
    </form>
  );
}

export function UndoCorrectionButton({ buildId }: { buildId: number }) {
  const [result, action, pending] = useActionState<FormActionState, FormData>(
    undoPrimaryCorrectionAction,
    null,
  );
  return (
    <form action={action} className="inline-form" data-testid="undo-correction">
      <input type="hidden" name="buildId" value={buildId} />
      <button type="submit" disabled={pending}>
        Use the analysis' line again
      </button>
      <ActionMessage result={result} />
    </form>
  );
}
