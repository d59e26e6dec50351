// Local sign-in, roles in the UI, sign-out, admin pages, upload tokens and the
// audit log, through the browser against the production build.
import { expect, test } from "@playwright/test";
import { E2E_ACCOUNTS } from "../tests/security/e2e-accounts";
import { e2eDataFile, signInAs, signOutThroughMenu } from "./auth-helpers";

// A production build on a shared 2-core machine: first renders can take seconds.
test.describe.configure({ timeout: 90_000 });

test("a viewer signs in, sees no admin link, is refused the admin pages, and signs out", async ({ page }) => {
  await signInAs(page, "viewer");
  await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
  await page.goto("/account");
  await expect(page.getByTestId("account-role")).toHaveText("viewer");
  const refused = await page.goto("/admin/users");
  expect(refused?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await signOutThroughMenu(page);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount/);
});

test("wrong passwords are throttled with a clear message", async ({ page }) => {
  const email = `nobody-${Date.now()}@e2e.kindling.test`;
  await page.goto("/signin");
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill(`wrong-${attempt}`);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByTestId("signin-error")).toHaveText("Wrong e-mail or password.");
  }
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  // Attempts are counted in one-minute buckets (lib/auth/attempt-store.ts), so
  // the wait is 15 minutes from the oldest attempt's bucket: 14 when the six
  // attempts straddle a minute boundary (CI stop 19 met exactly that).
  await expect(page.getByTestId("signin-error")).toHaveText(
    /Too many failed sign-in attempts\. Try again in 1[45] minutes\./,
  );
});

test("an admin creates an account, changes its role for the open session, and the audit log shows it", async ({
  browser,
  page,
}) => {
  const email = `made-${Date.now()}@e2e.kindling.test`;
  await signInAs(page, "admin", "/admin/users");
  await page.getByLabel("New user e-mail").fill(email);
  await page.getByLabel("New user password").fill("made-by-admin-1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(`created ${email} as viewer`)).toBeVisible();

  const other = await browser.newContext();
  const userPage = await other.newPage();
  await signInAs(userPage, { email, password: "made-by-admin-1" }, "/account");
  await expect(userPage.getByTestId("account-role")).toHaveText("viewer");

  await page.reload();
  const row = page.locator(`tr[data-user="${email}"]`);
  await row.getByLabel(`Role of ${email}`).selectOption("maintainer");
  await row.getByRole("button", { name: "Set role" }).click();
  // A role change is confirmed first: nothing happened yet.
  await expect(row.getByRole("alert")).toContainText(`Change the role of ${email}?`);
  await expect(row.getByText(/^role: /)).toHaveCount(0);
  await row.getByRole("button", { name: "Yes, set role" }).click();
  await expect(row.getByText(/^role: /)).toBeVisible();
  await userPage.reload();
  await expect(userPage.getByTestId("account-role")).toHaveText("maintainer");

  await page.reload();
  const sameRow = page.locator(`tr[data-user="${email}"]`);
  await sameRow.getByRole("button", { name: "Disable" }).click();
  await sameRow.getByRole("button", { name: "Yes, disable" }).click();
  await expect(sameRow.getByText(/^disable: /)).toBeVisible();
  await userPage.goto("/account");
  await expect(userPage).toHaveURL(/\/signin/);
  await other.close();

  await page.goto(`/admin/audit?action=user.&user=${encodeURIComponent(E2E_ACCOUNTS.admin)}`);
  for (const action of ["user.create", "user.role", "user.disable"])
    await expect(page.locator("td", { hasText: action }).first()).toBeVisible();
});

test("an admin makes an upload token (shown once), it uploads, then revoked it gets 401", async ({
  page,
  request,
}) => {
  const tinderbox = `e2e-tb-${Date.now()}`;
  await signInAs(page, "admin", "/admin/tokens");
  await page.getByLabel("Tinderbox").fill(tinderbox);
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("shown-once").textContent()) ?? "";
  expect(token).toMatch(/^kdl_/);
  const multipart = {
    meta: JSON.stringify({ idempotencyKey: `k-${tinderbox}`, atom: "app-misc/hello-2.10" }),
    file: { name: "build.log", mimeType: "text/plain", buffer: Buffer.from("make: *** [all] Error 1\n") },
  };
  const upload = await request.post("/api/v1/results", {
    headers: { authorization: `Bearer ${token}` },
    multipart,
  });
  expect(upload.status()).toBe(201);
  await page.reload();
  const row = page.locator("tr", { hasText: tinderbox });
  await expect(row.getByRole("link", { name: "1" })).toBeVisible();
  await row.getByRole("button", { name: "Revoke" }).click();
  // Cancel backs out: the token still works until the revocation is confirmed.
  await row.getByRole("button", { name: "Cancel" }).click();
  await expect(row.getByRole("button", { name: "Revoke" })).toBeVisible();
  await row.getByRole("button", { name: "Revoke" }).click();
  await row.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(row.getByText(/revoked/)).toBeVisible();
  const again = await request.post("/api/v1/results", {
    headers: { authorization: `Bearer ${token}` },
    multipart: { ...multipart, meta: JSON.stringify({ idempotencyKey: `k2-${tinderbox}` }) },
  });
  expect(again.status()).toBe(401);
  await page.goto("/admin/audit?action=upload");
  await expect(page.locator("td", { hasText: /^upload$/ }).first()).toBeVisible();
  expect(e2eDataFile("e2e-xss-build")).toMatch(/^\d+$/);
});

test("an invitation link makes an account with the invited role", async ({ browser, page }) => {
  const email = `invited-${Date.now()}@e2e.kindling.test`;
  await signInAs(page, "admin", "/admin/users");
  await page.getByLabel("Invitee e-mail").fill(email);
  await page
    .locator("form", { has: page.getByLabel("Invitee e-mail") })
    .getByRole("combobox")
    .selectOption("maintainer");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = (await page.getByTestId("shown-once").textContent()) ?? "";
  expect(link).toMatch(/\/invite\//);
  const other = await browser.newContext();
  const invitee = await other.newPage();
  await invitee.goto(link);
  await invitee.getByLabel("Password").fill("invited-password-1");
  await invitee.getByRole("button", { name: "Create my account" }).click();
  // Accepting signs the new user in.
  await expect(invitee.getByRole("button", { name: "Sign out" })).toBeVisible({ timeout: 30_000 });
  await invitee.goto("/account");
  await expect(invitee.getByTestId("account-role")).toHaveText("maintainer");
  await invitee.goto(link);
  await expect(invitee.getByText("unknown, used or expired")).toBeVisible();
  await other.close();
});
