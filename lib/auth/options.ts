// next-auth (v4) configuration: local accounts (credentials) and, when the
// environment names an issuer, one OpenID Connect provider. Sessions are JWTs
// carrying only the user id and sessionVersion; session.ts re-reads the user on
// every request, so a role change or a disable applies at once.
import { randomBytes } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { db } from "../db";
import { env } from "../env";
import { safeCallbackUrl } from "./callback-url";
import { authorizeCredentials, clientIp } from "./credentials";
import { userForOidcClaims } from "./oidc-users";

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    sv?: number;
  }
}
declare module "next-auth" {
  interface Session {
    uid?: number;
    sv?: number;
  }
}

export const OIDC_PROVIDER_ID = "oidc";

/** Without NEXTAUTH_SECRET: one random secret per process (kept on globalThis, shared by every bundle). */
function authSecret(): string {
  const holder = globalThis as unknown as { kindlingAuthSecret?: string };
  const configured = env().NEXTAUTH_SECRET;
  if (configured) return configured;
  holder.kindlingAuthSecret ??= randomBytes(32).toString("base64url");
  return holder.kindlingAuthSecret;
}

type OidcProfile = Record<string, unknown> & { sub: string };

function oidcProvider(): OAuthConfig<OidcProfile> | null {
  const { KINDLING_OIDC_ISSUER: issuer, KINDLING_OIDC_CLIENT_ID: clientId } = env();
  if (!issuer || !clientId) return null;
  return {
    id: OIDC_PROVIDER_ID,
    name: env().KINDLING_OIDC_NAME,
    type: "oauth",
    wellKnown: `${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId,
    clientSecret: env().KINDLING_OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    profile: (profile) => ({
      id: profile.sub,
      email: String(profile.email ?? ""),
      name: String(profile.name ?? ""),
    }),
  };
}

/** The Kindling user id behind a fresh sign-in, and their current sessionVersion. */
async function signedInUser(provider: string, userId: string, subject: string) {
  const where = provider === OIDC_PROVIDER_ID ? { oidcSubject: subject } : { id: Number(userId) };
  return db.user.findUnique({ where, select: { id: true, sessionVersion: true } });
}

function buildOptions(): NextAuthOptions {
  process.env.NEXTAUTH_URL ??= env().NEXTAUTH_URL ?? env().KINDLING_PUBLIC_URL;
  const oidc = oidcProvider();
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "E-mail and password",
        credentials: {
          email: { label: "E-mail", type: "email" },
          password: { label: "Password", type: "password" },
        },
        authorize: (credentials, req) => authorizeCredentials(credentials, clientIp(req.headers)),
      }),
      ...(oidc ? [oidc] : []),
    ],
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        const outcome = await userForOidcClaims((profile ?? {}) as Record<string, unknown>);
        return outcome.ok
          ? true
          : `/signin?error=${encodeURIComponent(`Sign-in refused: ${outcome.reason}.`)}`;
      },
      async jwt({ token, user, account }) {
        if (!user || !account) return token;
        const row = await signedInUser(account.provider, user.id, account.providerAccountId);
        if (!row) throw new Error("signed-in user vanished");
        token.uid = row.id;
        token.sv = row.sessionVersion;
        return token;
      },
      // The target comes from the request (callbackUrl field or cookie): same origin only.
      redirect({ url, baseUrl }) {
        return safeCallbackUrl(url, baseUrl);
      },
      session({ session, token }) {
        session.uid = token.uid;
        session.sv = token.sv;
        return session;
      },
    },
  };
}

const holder = globalThis as unknown as { kindlingAuthOptions?: NextAuthOptions };

/** Built on first use, after the environment is read. */
export function authOptions(): NextAuthOptions {
  holder.kindlingAuthOptions ??= buildOptions();
  return holder.kindlingAuthOptions;
}

/** The configured OpenID Connect provider's button label, or null. */
export function oidcButtonName(): string | null {
  return oidcProvider() ? env().KINDLING_OIDC_NAME : null;
}
