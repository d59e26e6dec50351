"use client";
// next-auth's client fetches the CSRF token and posts the credentials; the
// error it returns is the server's message (wrong password, rate limit).
import { signIn } from "next-auth/react";
import { type FormEvent, useState } from "react";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError("");
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setBusy(false);
    if (result?.ok && !result.error) window.location.assign(callbackUrl);
    else
      setError(
        result?.error === "CredentialsSignin"
          ? "Wrong e-mail or password."
          : (result?.error ?? "Sign-in failed."),
      );
  }

  return (
    <form className="auth-form" onSubmit={submit}>
      <label>
        E-mail
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error ? (
        <p className="form-error" role="alert" data-testid="signin-error">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={busy}>
        {busy ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}

export function OidcButton({ name, callbackUrl }: { name: string; callbackUrl: string }) {
  return (
    <button type="button" className="oidc-button" onClick={() => signIn("oidc", { callbackUrl })}>
      Sign in with {name}
    </button>
  );
}
