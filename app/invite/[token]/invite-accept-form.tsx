"use client";
// Accepting an invitation makes the account, then signs the new user in with the
// password just chosen (next-auth's credentials flow, as the sign-in page does),
// so they land on Kindling signed in instead of at a second form.
import { signIn } from "next-auth/react";
import { useState } from "react";
import { acceptInvitationAction } from "@/lib/actions/accept-invitation";
import type { FormResult } from "@/lib/actions/action-result";

export function InviteAcceptForm({ token, email }: { token: string; email: string }) {
  const [result, setResult] = useState<FormResult | null>(null);
  const [busy, setBusy] = useState(false);

  async function accept(formData: FormData) {
    setBusy(true);
    const created = await acceptInvitationAction(null, formData);
    if (created.ok) {
      const signedIn = await signIn("credentials", {
        email,
        password: String(formData.get("password") ?? ""),
        redirect: false,
      });
      if (signedIn?.ok && !signedIn.error) {
        window.location.assign("/");
        return;
      }
      // The account exists; only the automatic sign-in failed (e.g. the rate limit).
      setResult({ ok: true, message: `${created.message} (automatic sign-in failed: sign in by hand)` });
    } else setResult(created);
    setBusy(false);
  }

  return (
    <form action={accept} className="auth-form">
      <input type="hidden" name="token" value={token} />
      <label>
        Name
        <input name="name" autoComplete="name" />
      </label>
      <label>
        Password (10 or more characters)
        <input name="password" type="password" autoComplete="new-password" minLength={10} required />
      </label>
      <button type="submit" disabled={busy}>
        {busy ? "Creating…" : "Create my account"}
      </button>
      {result ? <output className={result.ok ? "form-ok" : "form-error"}>{result.message}</output> : null}
    </form>
  );
}
