// Pure pieces of sign-in: password hashing, OIDC role rules, the sign-in throttle.
import { expect, test } from "vitest";
import { parseRoleRules, roleForClaims } from "@/lib/auth/oidc-roles";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import {
  MAX_FAILURES_PER_EMAIL,
  recordSignInFailure,
  recordSignInSuccess,
  signInBlockedFor,
} from "@/lib/auth/rate-limit";

test("passwords hash with scrypt, salted, and verify only the right password", async () => {
  const first = await hashPassword("correct horse battery");
  const second = await hashPassword("correct horse battery");
  expect(first).toMatch(/^scrypt\$32768\$8\$1\$/);
  expect(first).not.toBe(second);
  expect(await verifyPassword("correct horse battery", first)).toBe(true);
  expect(await verifyPassword("correct horse batterY", first)).toBe(false);
  expect(await verifyPassword("anything", null)).toBe(false);
}, 30_000); // five 32 MiB scrypt runs: slow by design, slower on a loaded machine

test("OIDC rules: verified domain, claim values, highest role wins, no match refuses", () => {
  const rules = parseRoleRules("@gentoo.org=maintainer; groups:kindling-admins=admin; sub:42=viewer");
  expect(roleForClaims(rules, { email: "a@gentoo.org", email_verified: true })).toBe("maintainer");
  expect(roleForClaims(rules, { email: "a@gentoo.org", email_verified: false })).toBeNull();
  expect(roleForClaims(rules, { email: "a@gentoo.org.evil.com", email_verified: true })).toBeNull();
  expect(
    roleForClaims(rules, { email: "a@gentoo.org", email_verified: true, groups: ["x", "kindling-admins"] }),
  ).toBe("admin");
  expect(roleForClaims(rules, { sub: "42" })).toBe("viewer");
  expect(roleForClaims(parseRoleRules("*=viewer"), {})).toBe("viewer");
  expect(() => parseRoleRules("@gentoo.org=root")).toThrow();
});

test("the sign-in throttle locks an e-mail after repeated failures, and a success clears it", () => {
  const email = `throttle-${Math.random()}@example.org`;
  const now = Date.now();
  for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
    expect(signInBlockedFor(email, "10.0.0.1", now)).toBe(0);
    recordSignInFailure(email, "10.0.0.1", now);
  }
  expect(signInBlockedFor(email.toUpperCase(), "10.9.9.9", now)).toBe(15);
  expect(signInBlockedFor(email, "10.0.0.1", now + 16 * 60_000)).toBe(0);
  recordSignInSuccess(email);
  expect(signInBlockedFor(email, "10.0.0.2", now)).toBe(0);
});
