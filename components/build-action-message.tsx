// The outcome of a form's server action, announced to screen readers.
import type { FormActionState } from "@/app/(dashboard)/builds/[id]/actions";

export function ActionMessage({ result }: { result: FormActionState }) {
  if (!result) return null;
  return (
    <span role="status" className={result.ok ? "action-ok" : "action-error"}>
      {result.ok ? (result.message ?? "Done.") : result.message}
    </span>
  );
}
