// Pure pieces of sign-in: password hashing, OIDC role rules, the sign-in throttle,
// the callback URL parser.
import { expect, test } from "vitest";
import { safeCallbackPath, safeCallbackUrl } from "@/lib/auth/callback-url";
import { parseRoleRules, roleForClaims } from "@/lib/auth/oidc-roles";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { MAX_FAILURES_PER_EMAIL, newAttemptStore, throttledSignIn } from "@/lib/auth/rate-limit";

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

const wrong = async () => ({ good: false, value: null });
const right = async () => ({ good: true, value: null });

test("the sign-in throttle locks an e-mail after repeated failures; a success clears it at once", async () => {
  const store = newAttemptStore();
  const email = "throttle@example.org";
  const now = Date.now();
  for (let i = 0; i < MAX_FAILURES_PER_EMAIL - 1; i++)
    expect(await throttledSignIn(email, "10.0.0.1", wrong, { store, now })).toMatchObject({ ok: true });
  // The fifth attempt is a good password: it clears the count, so five more wrong ones still run.
  expect(await throttledSignIn(email, "10.0.0.1", right, { store, now })).toMatchObject({ ok: true });
  for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++)
    expect(await throttledSignIn(email, "10.0.0.1", wrong, { store, now })).toMatchObject({ ok: true });
  const blocked = await throttledSignIn(email.toUpperCase(), "10.9.9.9", right, { store, now });
  expect(blocked).toEqual({ ok: false, blockedMinutes: 15 });
  const later = await throttledSignIn(email, "10.0.0.1", wrong, { store, now: now + 16 * 60_000 });
  expect(later).toMatchObject({ ok: true });
});

test("40 simultaneous wrong passwords for one account run exactly 5 password checks", async () => {
  const store = newAttemptStore();
  let hashes = 0;
  const slowWrong = async () => {
    hashes++;
    await new Promise((resolve) => setTimeout(resolve, 20)); // the hash: other attempts arrive meanwhile
    return { good: false, value: null };
  };
  const attempts = Array.from({ length: 40 }, (_, i) =>
    throttledSignIn("victim@example.org", `10.0.1.${i}`, slowWrong, { store }),
  );
  const results = await Promise.all(attempts);
  expect(hashes).toBe(MAX_FAILURES_PER_EMAIL);
  expect(results.filter((result) => !result.ok)).toHaveLength(40 - MAX_FAILURES_PER_EMAIL);
});

test("the attempt store forgets expired keys and holds at most maxKeys", async () => {
  const store = newAttemptStore(100);
  const start = Date.now();
  for (let i = 0; i < 500; i++)
    await throttledSignIn(`u${i}@example.org`, "10.0.2.1", wrong, { store, now: start + i });
  expect(store.size).toBeLessThanOrEqual(100);
  await throttledSignIn("late@example.org", "10.0.2.2", wrong, { store, now: start + 20 * 60_000 });
  expect(store.size).toBe(2);
});

test.each([
  ["/failures?page=2#top", "/failures?page=2#top"],
  ["/%09/other.host/x", "/%09/other.host/x"],
  ["/\t/other.host/x", "/"],
  ["/\n/other.host/x", "/"],
  ["/\r\nSet-Cookie:x", "/"],
  ["/\\other.host", "/"],
  ["\\\\other.host", "/"],
  ["//other.host/x", "/"],
  ["/.//other.host/x", "/other.host/x"],
  ["https://other.host/x", "/"],
  ["https:other.host", "/"],
  ["javascript:alert(1)", "/"],
  [" //other.host", "/"],
  ["", "/"],
])("safeCallbackPath(%j) is %j", (value, expected) => {
  expect(safeCallbackPath(value)).toBe(expected);
});

test("next-auth redirects stay on the site's origin", () => {
  const base = "https://kindling.example.org";
  expect(safeCallbackUrl(`${base}/failures/3`, base)).toBe(`${base}/failures/3`);
  expect(safeCallbackUrl("/account", base)).toBe(`${base}/account`);
  expect(safeCallbackUrl("https://other.host/", base)).toBe(`${base}/`);
  expect(safeCallbackUrl("/\t/other.host", base)).toBe(`${base}/`);
  expect(safeCallbackUrl(undefined, base)).toBe(`${base}/`);
});
