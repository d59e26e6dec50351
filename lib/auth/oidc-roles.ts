// Which role a first-time OpenID Connect user gets, from KINDLING_OIDC_ROLE_RULES:
// ";"-separated rules "@domain=role", "claim:value=role" or "*=role". The highest
// matching role wins, and no match refuses the sign-in, so an open provider
// (anyone can register) never hands out access by accident.
import { z } from "zod";
import type { Role } from "../generated/prisma/enums";

const roleSchema = z.enum(["viewer", "maintainer", "admin"]);
const RANK: Record<Role, number> = { viewer: 1, maintainer: 2, admin: 3 };

export type RoleRule =
  | { kind: "domain"; domain: string; role: Role }
  | { kind: "claim"; claim: string; value: string; role: Role }
  | { kind: "any"; role: Role };

export function parseRoleRules(text: string): RoleRule[] {
  return text
    .split(";")
    .map((rule) => rule.trim())
    .filter(Boolean)
    .map((rule) => {
      const at = rule.lastIndexOf("=");
      if (at < 0) throw new Error(`KINDLING_OIDC_ROLE_RULES: rule "${rule}" has no "=role"`);
      const role = roleSchema.parse(rule.slice(at + 1).trim());
      const match = rule.slice(0, at).trim();
      if (match === "*") return { kind: "any", role };
      if (match.startsWith("@")) return { kind: "domain", domain: match.slice(1).toLowerCase(), role };
      const colon = match.indexOf(":");
      if (colon <= 0) throw new Error(`KINDLING_OIDC_ROLE_RULES: cannot read rule "${rule}"`);
      return { kind: "claim", claim: match.slice(0, colon), value: match.slice(colon + 1), role };
    });
}

function claimHas(claims: Record<string, unknown>, claim: string, value: string): boolean {
  const held = claims[claim];
  if (Array.isArray(held)) return held.some((v) => String(v) === value);
  return held !== undefined && held !== null && String(held) === value;
}

function matches(rule: RoleRule, email: string, emailVerified: boolean, claims: Record<string, unknown>) {
  if (rule.kind === "any") return true;
  // A domain only counts when the provider vouches for the address.
  if (rule.kind === "domain") return emailVerified && email.toLowerCase().endsWith(`@${rule.domain}`);
  return claimHas(claims, rule.claim, rule.value);
}

/** The role for these ID-token claims, or null when no rule matches. */
export function roleForClaims(rules: RoleRule[], claims: Record<string, unknown>): Role | null {
  const email = typeof claims.email === "string" ? claims.email : "";
  const verified = claims.email_verified === true;
  let best: Role | null = null;
  for (const rule of rules)
    if (matches(rule, email, verified, claims) && (best === null || RANK[rule.role] > RANK[best]))
      best = rule.role;
  return best;
}
