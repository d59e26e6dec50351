"use client";
// One form for every admin action: posts to the server action, then shows its
// message, and a secret (new token, invitation link) once, for copying.
// A destructive action (`confirm` set) takes two clicks: the first shows what
// will happen and a "Yes, …" button; Cancel or a changed field backs out.
import "./admin.css";
import { type ReactNode, useActionState, useState } from "react";
import type { FormResult } from "@/lib/actions/action-result";

type Action = (prev: FormResult | null, formData: FormData) => Promise<FormResult>;

export function AdminActionForm({
  action,
  submitLabel,
  children,
  inline = false,
  confirm,
}: {
  action: Action;
  submitLabel: string;
  children?: ReactNode;
  inline?: boolean;
  /** Asked before a destructive action runs, e.g. "Revoke token kt_ab12…? Uploads with it stop." */
  confirm?: string;
}) {
  const [result, formAction, pending] = useActionState(action, null);
  const [armed, setArmed] = useState(false);
  return (
    <form
      action={(formData) => {
        setArmed(false);
        formAction(formData);
      }}
      onChange={() => setArmed(false)}
      className={inline ? "admin-form inline" : "admin-form"}
    >
      {children}
      {confirm && !armed ? (
        <button type="button" disabled={pending} onClick={() => setArmed(true)}>
          {submitLabel}
        </button>
      ) : null}
      {confirm && armed ? (
        <span className="confirm-step" role="alert">
          {confirm}{" "}
          <button type="submit" className="danger" disabled={pending}>
            Yes, {submitLabel.toLowerCase()}
          </button>{" "}
          <button type="button" onClick={() => setArmed(false)}>
            Cancel
          </button>
        </span>
      ) : null}
      {!confirm ? (
        <button type="submit" disabled={pending}>
          {submitLabel}
        </button>
      ) : null}
      {result ? (
        <output className={result.ok ? "form-ok" : "form-error"}>
          {result.message}
          {result.ok && result.secret ? (
            <code className="shown-once" data-testid="shown-once">
              {result.secret}
            </code>
          ) : null}
        </output>
      ) : null}
    </form>
  );
}
