"use client";
// One form for every admin action: posts to the server action, then shows its
// message, and a secret (new token, invitation link) once, for copying.
import { type ReactNode, useActionState } from "react";
import type { AdminResult } from "@/lib/actions/admin-result";

type Action = (prev: AdminResult | null, formData: FormData) => Promise<AdminResult>;

export function AdminActionForm({
  action,
  submitLabel,
  children,
  inline = false,
}: {
  action: Action;
  submitLabel: string;
  children?: ReactNode;
  inline?: boolean;
}) {
  const [result, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className={inline ? "admin-form inline" : "admin-form"}>
      {children}
      <button type="submit" disabled={pending}>
        {submitLabel}
      </button>
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
