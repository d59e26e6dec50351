// Lists other than the failure list go through components/data-table too: the
// sorted column says so with aria-sort, its header is a link that changes the
// URL, and the pager keeps the sort (signatures, the audit log).
import { expect, type Page, test } from "@playwright/test";
import { signInAs } from "./auth-helpers";

const sortHeader = (page: Page, testId: string, name: RegExp) =>
  page.getByTestId(testId).getByRole("columnheader", { name });

test("signatures: the sorted column has aria-sort, a header link re-sorts, the pager keeps the sort", async ({
  page,
}) => {
  await page.goto("/signatures");
  await expect(sortHeader(page, "signature-table", /^Last seen/)).toHaveAttribute("aria-sort", "descending");
  await expect(sortHeader(page, "signature-table", /^Builds/)).not.toHaveAttribute("aria-sort", /.*/);

  await sortHeader(page, "signature-table", /^Builds/)
    .getByRole("link")
    .click();
  await expect(page).toHaveURL(/sort=builds/);
  await expect(sortHeader(page, "signature-table", /^Builds/)).toHaveAttribute("aria-sort", "descending");
  await expect(sortHeader(page, "signature-table", /^Last seen/)).not.toHaveAttribute("aria-sort", /.*/);
  const builds = (
    await page.getByTestId("signature-table").locator("tbody td.col-builds").allTextContents()
  ).map(Number);
  expect(builds.length).toBeGreaterThan(1);
  expect(builds).toEqual([...builds].sort((a, b) => b - a));

  await page.getByTestId("pager").getByRole("link", { name: "25", exact: true }).click();
  await expect(page).toHaveURL(/pageSize=25/);
  await expect(page).toHaveURL(/sort=builds/);
  await expect(page.getByTestId("pager").locator("strong")).toHaveText("25");
  await expect(sortHeader(page, "signature-table", /^Builds/)).toHaveAttribute("aria-sort", "descending");
});

test("audit log: newest first by default, the When header flips it, the pager keeps the sort", async ({
  page,
}) => {
  // The e2e data is loaded without audit events: write two through the admin form.
  await signInAs(page, "admin", "/admin/users");
  for (const n of [1, 2]) {
    const email = `sorted-${n}-${Date.now()}@e2e.kindling.test`;
    await page.getByLabel("New user e-mail").fill(email);
    await page.getByLabel("New user password").fill("made-by-admin-1");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText(`created ${email} as viewer`)).toBeVisible();
  }
  await page.goto("/admin/audit");
  await expect(sortHeader(page, "audit-table", /^When/)).toHaveAttribute("aria-sort", "descending");
  const times = () => page.getByTestId("audit-table").locator("tbody td.col-when").allTextContents();
  const newestFirst = await times();
  expect(newestFirst.length).toBeGreaterThan(1);
  expect(newestFirst).toEqual([...newestFirst].sort().reverse());

  await sortHeader(page, "audit-table", /^When/).getByRole("link").click();
  await expect(page).toHaveURL(/sort=whenAsc/);
  await expect(sortHeader(page, "audit-table", /^When/)).toHaveAttribute("aria-sort", "ascending");
  const oldestFirst = await times();
  expect(oldestFirst).toEqual([...oldestFirst].sort());

  await page.getByTestId("pager").getByRole("link", { name: "100", exact: true }).click();
  await expect(page).toHaveURL(/pageSize=100/);
  await expect(page).toHaveURL(/sort=whenAsc/);
  await expect(page.getByTestId("pager-status")).toContainText("events");
  await expect(sortHeader(page, "audit-table", /^When/)).toHaveAttribute("aria-sort", "ascending");
});
