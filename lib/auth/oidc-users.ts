// Turns a verified OpenID Connect sign-in into a Kindling user: the account
// already bound to this subject, else an account with the same (verified)
// e-mail, else a new one with the role the mapping rules give.

import { recordAudit } from "../audit/record";
import { db } from "../db";
import { env } from "../env";
import { parseRoleRules, roleForClaims } from "./oidc-roles";

export type OidcOutcome = { ok: true; userId: number } | { ok: false; reason: string };

export async function userForOidcClaims(claims: Record<string, unknown>): Promise<OidcOutcome> {
  const subject = typeof claims.sub === "string" ? claims.sub : "";
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  if (!subject || !email) return { ok: false, reason: "the provider sent no subject or e-mail" };
  const bound = await db.user.findUnique({ where: { oidcSubject: subject } });
  // Linking by e-mail only when the provider verified it, else anyone could claim an admin's address.
  const byEmail =
    bound ?? (claims.email_verified === true ? await db.user.findUnique({ where: { email } }) : null);
  if (byEmail) {
    if (byEmail.disabledAt) return { ok: false, reason: "this account is disabled" };
    if (byEmail.oidcSubject && byEmail.oidcSubject !== subject)
      return { ok: false, reason: "this e-mail belongs to another sign-in" };
    await db.user.update({
      where: { id: byEmail.id },
      data: { oidcSubject: subject, lastLoginAt: new Date() },
    });
    return { ok: true, userId: byEmail.id };
  }
  const role = roleForClaims(parseRoleRules(env().KINDLING_OIDC_ROLE_RULES), claims);
  if (!role) return { ok: false, reason: "no role rule admits this account" };
  if (await db.user.findUnique({ where: { email }, select: { id: true } }))
    return { ok: false, reason: "an account with this e-mail exists; the provider did not verify it" };
  const name = typeof claims.name === "string" ? claims.name : "";
  const user = await db.user.create({
    data: { email, name, role, oidcSubject: subject, lastLoginAt: new Date() },
  });
  await recordAudit(db, {
    userId: user.id,
    action: "user.create",
    target: `user:${user.id}`,
    details: { email, role, by: "oidc" },
  });
  return { ok: true, userId: user.id };
}
