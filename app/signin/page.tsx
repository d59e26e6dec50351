import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { oidcButtonName } from "@/lib/auth/options";
import { getSessionUser } from "@/lib/auth/session";
import { OidcButton, SignInForm } from "./signin-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

const ERRORS: Record<string, string> = {
  CredentialsSignin: "Wrong e-mail or password.",
  OAuthSignin: "The sign-in provider could not be reached.",
  OAuthCallback: "The sign-in provider's answer was not accepted.",
  AccessDenied: "Sign-in refused.",
};

export default async function SignInPage({ searchParams }: PageProps<"/signin">) {
  const params = await searchParams;
  // Parsed, same-origin, no control characters or backslashes: no open redirect, no 500 on %0a.
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  const rawError = typeof params.error === "string" ? params.error : "";
  const error = ERRORS[rawError] ?? (rawError ? rawError.slice(0, 200) : "");
  const oidcName = oidcButtonName();
  return (
    <section className="auth-card">
      <h1>Sign in</h1>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
      {oidcName ? <OidcButton name={oidcName} callbackUrl={callbackUrl} /> : null}
    </section>
  );
}
