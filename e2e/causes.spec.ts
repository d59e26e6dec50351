// The causes page lists what the e2e corpus' failures say is missing (the
// libmatroska case: CMake package EBML); its failures link filters the failure
// list by that cause, whose rows link back to the cause's own page. Infra
// failures (the OOM-killed cc1plus case) carry their badge and filter.
import { expect, test } from "@playwright/test";

test.describe.configure({ timeout: 60_000 });

test("a cause from the corpus is listed and its link filters the failure list", async ({ page }) => {
  await page.goto("/causes?q=EBML");
  const table = page.getByTestId("cause-table");
  const row = table.locator("tbody tr", { hasText: "CMake package EBML" });
  await expect(row).toBeVisible();
  await expect(row).toContainText("cmake-package");

  await row.getByTestId("cause-failures").click();
  await expect(page).toHaveURL(/\/failures\?cause=\d+$/);
  const failures = page.getByTestId("failure-table").locator("tbody tr");
  await expect(failures.first()).toBeVisible();
  // Every listed failure names the cause, and none of another.
  const count = await failures.count();
  for (let i = 0; i < count; i++)
    await expect(failures.nth(i).getByTestId("cause-link")).toHaveText("Missing: CMake package EBML");
  await expect(page.getByTestId("failure-table")).toContainText("libmatroska");

  // The failure page's facts name the cause too.
  await failures.first().locator("td").first().getByRole("link").click();
  // The failure page streams in behind loading.tsx: give it the time a loaded machine needs.
  await expect(page.getByTestId("build-cause")).toHaveText("Missing: CMake package EBML", {
    timeout: 20_000,
  });
  await page.goBack();

  await failures.first().getByTestId("cause-link").click();
  await expect(page).toHaveURL(/\/causes\/\d+$/);
  await expect(page.getByTestId("cause-name")).toHaveText("Missing: CMake package EBML");
  await expect(page.getByTestId("cause-packages")).toContainText("libmatroska");
});

test("the causes page filters by type and links from the site navigation", async ({ page }) => {
  await page.goto("/failures");
  await page.locator("nav").getByRole("link", { name: "Causes" }).click();
  await expect(page).toHaveURL(/\/causes$/);
  await page.getByLabel("Type").selectOption("cmake-package");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/type=cmake-package/);
  const types = page.getByTestId("cause-table").locator("tbody tr td:nth-child(2)");
  await expect(types.first()).toHaveText("cmake-package");
  for (const text of await types.allTextContents()) expect(text).toBe("cmake-package");
});

test("infra failures show their badge and the infra filter keeps or drops them", async ({ page }) => {
  await page.goto("/failures?infra=only&pageSize=200");
  const rows = page.getByTestId("failure-table").locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  for (let i = 0; i < count; i++) await expect(rows.nth(i)).toContainText("infra: ");
  await expect(page.getByTestId("failure-table").getByText("infra: oom").first()).toBeVisible();

  // The OOM-killed build is in the default list with its badge, and gone when infra is excluded.
  await page.goto("/failures?q=cc1plus");
  await expect(page.getByTestId("failure-table").getByText("infra: oom").first()).toBeVisible();
  await page.goto("/failures?infra=exclude&q=cc1plus");
  await expect(page.getByTestId("failure-filters")).toBeVisible();
  await expect(page.getByText("infra: oom")).toHaveCount(0);
});

test("the JSON API and the Atom feed take the same filters", async ({ request }) => {
  const infra = await request.get("/api/v1/failures?infra=only&pageSize=200");
  expect(infra.status()).toBe(200);
  const infraRows = ((await infra.json()) as { rows: Array<{ infraReason: string | null }> }).rows;
  expect(infraRows.length).toBeGreaterThan(0);
  expect(infraRows.every((row) => row.infraReason !== null)).toBe(true);

  const cause = await request.get("/api/v1/failures?cause=cmake-package:EBML");
  const causeRows = (
    (await cause.json()) as { rows: Array<{ atom: string; cause: { name: string } | null }> }
  ).rows;
  expect(causeRows.length).toBeGreaterThan(0);
  expect(causeRows.every((row) => row.cause?.name === "EBML")).toBe(true);

  const none = await request.get("/api/v1/failures?bugStatus=none&cause=header:no-such-header.h");
  expect(((await none.json()) as { total: number }).total).toBe(0);

  const feed = await request.get("/feeds/failures.atom?cause=cmake-package:EBML");
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain("libmatroska");
});
