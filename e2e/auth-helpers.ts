// Sign-in through the real form, as a seeded account (tests/security/e2e-seed.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { type Browser, type Cookie, expect, type Page } from "@playwright/test";
import { E2E_ACCOUNTS, E2E_PASSWORD, type E2eRole } from "../tests/security/e2e-accounts";

export async function signInAs(page: Page, who: E2eRole | { email: string; password: string }, next = "/") {
  const { email, password } =
    typeof who === "string" ? { email: E2E_ACCOUNTS[who], password: E2E_PASSWORD } : who;
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(next)}`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible({ timeout: 30_000 });
}

/**
 * Sign out through the header's button. It is a client button (next-auth's
 * signOut), so a click before hydration does nothing: wait until React has
 * attached its props, as the bench's time-to-interactive proxy does.
 */
export async function signOutThroughMenu(page: Page) {
  await page.waitForFunction(
    () => {
      const button = [...document.querySelectorAll("button")].find((b) => b.textContent === "Sign out");
      return button !== undefined && Object.keys(button).some((key) => key.startsWith("__reactProps"));
    },
    undefined,
    { timeout: 30_000 },
  );
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible({ timeout: 30_000 });
}

export function e2eDataFile(name: string): string {
  const port = process.env.E2E_PORT ?? "3100";
  return readFileSync(path.resolve(__dirname, "..", ".data", `${name}-${port}`), "utf8").trim();
}

const sessions = new Map<E2eRole, Cookie[]>();

/** The cookies of a signed-in seeded account, signed in once per worker ([] for anonymous). */
export async function sessionCookies(browser: Browser, who: E2eRole | "anonymous"): Promise<Cookie[]> {
  if (who === "anonymous") return [];
  const known = sessions.get(who);
  if (known) return known;
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, who, "/");
  const cookies = await context.cookies();
  await context.close();
  sessions.set(who, cookies);
  return cookies;
}
