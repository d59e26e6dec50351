// Private mode (KINDLING_PUBLIC=false on the e2e server): nothing is readable
// without signing in, and feeds open only with the user's secret key.
// Run: KINDLING_PUBLIC=false npx playwright test e2e/auth-private.spec.ts
import { expect, test } from "@playwright/test";
import { signInAs } from "./auth-helpers";

test.skip(
  process.env.KINDLING_PUBLIC !== "false",
  "needs the e2e server in private mode (KINDLING_PUBLIC=false)",
);
test.describe.configure({ timeout: 90_000 });

test("anonymous visitors get the sign-in page or 401 everywhere", async ({ page, request }) => {
  for (const path of ["/", "/failures", "/signatures", "/c"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  }
  for (const path of [
    "/api/v1/failures",
    "/api/v1/signatures",
    "/api/v1/files/1/lines",
    "/feeds/failures.atom",
  ])
    expect((await request.get(path)).status(), path).toBe(401);
});

test("a viewer reads; their feed key opens the feed without cookies until rotated", async ({
  page,
  playwright,
}) => {
  await signInAs(page, "viewer", "/failures");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/account");
  await page.getByRole("button", { name: /feed key/ }).click();
  const first = (await page.getByTestId("shown-once").textContent()) ?? "";
  expect(first).toMatch(/^kfk_/);
  const cookieless = await playwright.request.newContext({ baseURL: page.url() });
  expect((await cookieless.get(`/feeds/failures.atom?key=${first}`)).status()).toBe(200);
  await page.reload();
  await page.getByRole("button", { name: "Rotate feed key" }).click();
  await expect(page.getByTestId("shown-once")).not.toHaveText(first);
  expect((await cookieless.get(`/feeds/failures.atom?key=${first}`)).status()).toBe(401);
  await cookieless.dispose();
});
