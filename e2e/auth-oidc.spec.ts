// The whole OpenID Connect flow against a real provider (oidc-provider) that
// this spec starts on localhost, where scripts/e2e-server.ts points Kindling.
import { expect, type Page, test } from "@playwright/test";
import { oidcPortFor, startTestOidcProvider } from "../tests/security/oidc-provider";
import { signOutThroughMenu } from "./auth-helpers";

const appPort = Number(process.env.E2E_PORT ?? 3100);
let provider: { close(): Promise<void> } | undefined;

// A production build on a shared 2-core machine: first renders can take seconds.
test.describe.configure({ timeout: 90_000 });

test.beforeAll(async () => {
  provider = await startTestOidcProvider(oidcPortFor(appPort), `http://127.0.0.1:${appPort}`);
});
test.afterAll(async () => {
  await provider?.close();
});

/** Through the provider's development login and consent pages. */
async function signInWithProvider(page: Page, login: string) {
  await page.goto("/signin?callbackUrl=%2Faccount");
  await page.getByRole("button", { name: "Sign in with Test OIDC" }).click();
  await page.waitForURL(new RegExp(`127\\.0\\.0\\.1:${oidcPortFor(appPort)}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

test("a user of a mapped domain signs in through the provider with the mapped role", async ({ page }) => {
  const login = `dev-${Date.now()}@gentoo.example`;
  await signInWithProvider(page, login);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByTestId("account-role")).toHaveText("maintainer");
  await expect(page.getByRole("link", { name: `OIDC ${login}` })).toBeVisible();
  await signOutThroughMenu(page);
});

test("a user no rule admits is refused with the reason", async ({ page }) => {
  await signInWithProvider(page, `stranger-${Date.now()}@elsewhere.example`);
  await expect(page).toHaveURL(/\/signin\?/);
  await expect(page.locator("p.form-error")).toHaveText(
    /Sign-in refused: no role rule admits this account\./,
  );
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});
