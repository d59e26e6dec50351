// A real OpenID Connect provider (the `oidc-provider` package) for the sign-in
// tests, on localhost. Its development login form accepts any login with any
// password; the login is used as the e-mail, verified, so a test picks its
// user's role through the e-mail's domain.
import type { Server } from "node:http";

export const OIDC_CLIENT_ID = "kindling-e2e";
export const OIDC_CLIENT_SECRET = "kindling-e2e-oidc-secret";

/** The provider's port for a Kindling e2e server on `appPort` (scripts/e2e-server.ts uses the same rule). */
export function oidcPortFor(appPort: number): number {
  return appPort + 1000;
}

export async function startTestOidcProvider(
  port: number,
  appBaseUrl: string,
): Promise<{ close(): Promise<void> }> {
  const { default: Provider } = await import("oidc-provider");
  const provider = new Provider(`http://127.0.0.1:${port}`, {
    clients: [
      {
        client_id: OIDC_CLIENT_ID,
        client_secret: OIDC_CLIENT_SECRET,
        redirect_uris: [`${appBaseUrl}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Put the scope's claims into the ID token, as Google, GitLab or Keycloak do; Kindling reads
    // the e-mail (and role-rule claims) from the ID token.
    conformIdTokenClaims: false,
    findAccount: async (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: async () => ({ sub: `sub-${id}`, email: id, email_verified: true, name: `OIDC ${id}` }),
    }),
    cookies: { keys: ["kindling-e2e-cookie-key"] },
  });
  const server: Server = await new Promise((resolve) => {
    const listening = provider.listen(port, "127.0.0.1", () => resolve(listening));
  });
  return { close: () => new Promise((resolve) => server.close(() => resolve())) };
}
