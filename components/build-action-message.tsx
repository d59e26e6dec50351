// The outcome of a form's server action, announced to screen readers: every
// action form (triage, bug links, corrections, trackers, bulk triage, bug
// buttons) shows its result through this one element.

/** Any action outcome: failures always carry a message, successes may not. */
export type ActionOutcome = { ok: boolean; message?: string } | null;

export function ActionMessage({ result }: { result: ActionOutcome }) {
  if (!result) return null;
  return (
    <span role="status" className={result.ok ? "action-ok" : "action-error"}>
      {result.ok ? (result.message ?? "Done.") : result.message}
    </span>
  );
}
