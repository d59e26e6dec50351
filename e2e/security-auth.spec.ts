// Server-level checks of sign-in and headers that hostile input must not bend:
// callback URLs that browsers would read as another host, and prefetch
// requests, which used to skip the proxy and so came back without a CSP.
import { expect, test } from "@playwright/test";
import { E2E_ACCOUNTS, E2E_PASSWORD } from "../tests/security/e2e-accounts";
import { signInAs } from "./auth-helpers";

test.describe.configure({ timeout: 90_000 });

const PREFETCH_HEADERS: Record<string, string>[] = [
  { purpose: "prefetch" },
  { "sec-purpose": "prefetch" },
  { "next-router-prefetch": "1" },
];

test("prefetch requests of pages carry the nonce CSP", async ({ request }) => {
  for (const headers of PREFETCH_HEADERS)
    for (const path of ["/", "/signin"]) {
      const response = await request.get(path, { headers });
      expect(response.status(), `${path} ${JSON.stringify(headers)}`).toBeLessThan(500);
      const csp = response.headers()["content-security-policy"] ?? "";
      expect(csp, `${path} ${JSON.stringify(headers)}`).toMatch(/script-src [^;]*'nonce-/);
    }
});

// A tab (%09) or newline (%0a) is dropped by browsers, so `/\t/other.host` reads as `//other.host`.
const HOSTILE = [
  "/%09/other.host/x",
  "/%0a/other.host/x",
  "/%5Cother.host",
  "//other.host",
  "https://other.host/",
];

test("after signing in, a hostile callbackUrl lands on this site", async ({ page, baseURL }) => {
  for (const callback of HOSTILE.slice(0, 2)) {
    await page.context().clearCookies();
    await page.goto(`/signin?callbackUrl=${callback}`);
    await page.getByLabel("E-mail").fill(E2E_ACCOUNTS.viewer);
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible({ timeout: 30_000 });
    expect(new URL(page.url()).origin).toBe(new URL(baseURL ?? "").origin);
  }
});

test("already signed in, /signin redirects only to same-site paths, never with a 500", async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? "").origin;
  await signInAs(page, "viewer", "/");
  for (const callback of HOSTILE) {
    const response = await page.request.get(`/signin?callbackUrl=${callback}`, { maxRedirects: 0 });
    expect(response.status(), callback).toBeGreaterThanOrEqual(300);
    expect(response.status(), callback).toBeLessThan(400);
    const location = response.headers().location ?? "";
    expect(location, callback).not.toMatch(/[\t\n\\]/);
    expect(new URL(location, baseURL).origin, callback).toBe(origin);
  }
  const fine = await page.request.get("/signin?callbackUrl=/failures", { maxRedirects: 0 });
  expect(new URL(fine.headers().location ?? "", baseURL).pathname).toBe("/failures");
});

test("a literal % in a path segment is never a 500 (params arrive decoded once)", async ({ request }) => {
  for (const path of ["/api/v1/packages/a%25/b", "/p/a%25/b", "/c/a%25"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBeLessThan(500);
  }
  expect((await request.get("/api/v1/packages/a%25/b")).status()).toBe(400);
});
