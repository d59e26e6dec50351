// Browser-side security: headers and CSP, CSRF on server actions and on
// next-auth's forms, and hostile uploaded strings rendered inert.
import { expect, type Page, type Request, test } from "@playwright/test";

import { XSS_MARK } from "../tests/security/e2e-accounts";
import { e2eDataFile, signInAs } from "./auth-helpers";

// A production build on a shared 2-core machine: first renders can take seconds.
test.describe.configure({ timeout: 90_000 });

test("pages carry a nonce CSP without inline scripts, and every response the other headers", async ({
  request,
}) => {
  const page = await request.get("/");
  const csp = page.headers()["content-security-policy"] ?? "";
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  for (const response of [page, await request.get("/api/v1/health")]) {
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(response.headers()["x-frame-options"]).toBe("DENY");
  }
  const api = await request.get("/api/v1/health");
  expect(api.headers()["content-security-policy"]).toContain("default-src 'none'");
  const again = await request.get("/");
  expect(again.headers()["content-security-policy"]).not.toBe(csp);
});

test("the app runs under its CSP: no violations while signing in and browsing", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await signInAs(page, "admin", "/admin/tokens");
  await page.goto("/failures");
  expect(violations).toEqual([]);
});

test("a server action replayed with a foreign Origin is refused and changes nothing", async ({ page }) => {
  const tinderbox = `csrf-${Date.now()}`;
  await signInAs(page, "admin", "/admin/tokens");
  // Capture the browser's real action request (session cookie, action id, body), send nothing.
  let captured: Request | undefined;
  await page.route("**/admin/tokens", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    captured = route.request();
    await route.abort();
  });
  await page.getByLabel("Tinderbox").fill(tinderbox);
  await page.getByRole("button", { name: "Create token" }).click();
  await expect.poll(() => captured !== undefined).toBe(true);
  const action = captured as Request;
  const replay = (origin: string) =>
    page.request.post(action.url(), {
      headers: { ...action.headers(), origin },
      data: action.postDataBuffer() ?? Buffer.alloc(0),
      maxRedirects: 0,
    });
  const foreign = await replay("http://evil.example");
  expect(foreign.status()).toBeGreaterThanOrEqual(400);
  await page.unroute("**/admin/tokens");
  await page.goto("/admin/tokens");
  await expect(page.locator("tr", { hasText: tinderbox })).toHaveCount(0);
  // The same request from the right origin works: the Origin alone made the difference.
  const own = await replay(new URL(action.url()).origin);
  expect(own.status()).toBe(200);
  await page.goto("/admin/tokens");
  await expect(page.locator("tr", { hasText: tinderbox })).toHaveCount(1);
});

test("next-auth's sign-in form needs its CSRF token", async ({ request }) => {
  const response = await request.post("/api/auth/callback/credentials", {
    form: { email: "admin@e2e.kindling.test", password: "e2e-password-not-secret" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  expect(response.headers().location).toContain("csrf=true");
  expect(response.headers()["set-cookie"] ?? "").not.toContain("session-token");
});

async function expectInert(page: Page, url: string) {
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  await page.goto(url);
  await page.waitForLoadState("load");
  await page.waitForTimeout(300); // onerror/onload handlers of a broken <img>/<svg> fire right after load
  expect(dialogs, `${url} opened a dialog`).toBe(0);
  expect(
    await page.evaluate(() => (window as { __xss?: unknown }).__xss),
    `${url} ran a script`,
  ).toBeUndefined();
  // The payloads' own elements carry data-xss; the inline RSC data scripts hold them as JSON strings, not code.
  await expect(
    page.locator('[data-xss], img[src="x"], svg[onload]'),
    `${url} has an injected element`,
  ).toHaveCount(0);
}

test("hostile strings in logs, titles, names, members, metadata and bug summaries render inert", async ({
  page,
}) => {
  const buildId = e2eDataFile("e2e-xss-build");
  await expectInert(page, `/builds/${buildId}`);
  await expect(page.getByText(XSS_MARK).first()).toBeVisible();
  const fileLinks = await page
    .locator('a[href^="/files/"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute("href") ?? ""));
  const pages = [
    ...new Set(fileLinks),
    `/failures?q=${XSS_MARK}`,
    "/failures",
    "/signatures",
    "/p/app-misc/kxss",
  ];
  for (const url of pages) await expectInert(page, url);
  await signInAs(page, "admin", "/admin/audit");
  await expectInert(page, "/admin/tokens");
});
