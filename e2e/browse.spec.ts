// The demo failures are listed, a failure page shows what the analysis found,
// and every file downloads as the original bytes.
import { expect, test } from "@playwright/test";
import { corpusBuildPath, openCorpusFailure, POPT_CASE } from "./corpus-builds";

test("the home page lists recent failures with their titles", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Recent failures" })).toBeVisible();
  const rows = page.getByTestId("failure-table").locator("tbody tr");
  await expect(rows).toHaveCount(25);
  await expect(rows.first()).toContainText(/ - /);
});

test("the failure list holds every corpus failure, newest first", async ({ page }) => {
  await page.goto("/failures?pageSize=200");
  const table = page.getByTestId("failure-table");
  await expect(table.locator(`a[href="${corpusBuildPath(POPT_CASE)}"]`).first()).toHaveText(
    "dev-libs/popt-1.19",
  );
  await expect(table).toContainText("file collision with app-text/hd2u-1.0.4-r1");
  const times = await table
    .locator("tbody time")
    .evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
  expect(times.length).toBeGreaterThan(20);
  expect([...times].sort().reverse()).toEqual(times);
});

test("a failure page shows the primary error, the findings and the files", async ({ page }) => {
  await openCorpusFailure(page, POPT_CASE);
  await expect(page.getByTestId("build-title")).toContainText("dev-libs/popt-1.19 - ");
  await expect(page.getByTestId("build-facts")).toContainText("compile phase");
  await expect(page.getByTestId("primary-error")).toContainText("170: poptconfig.c:210:28: error:");
  await expect(page.getByTestId("findings-error")).toContainText("FNM_PATHNAME");
  await expect(page.getByTestId("file-list")).toContainText("emerge-info.txt");
});

test("a raw download is the stored file, decoded by the browser", async ({ page, request }) => {
  await page.goto("/failures?pageSize=200");
  await page.getByRole("link", { name: "app-text/dos2unix-7.4.3-r1" }).first().click();
  const href = await page
    .getByTestId("file-list")
    .getByRole("link", { name: "download" })
    .first()
    .getAttribute("href");
  expect(href).toMatch(/^\/api\/v1\/files\/\d+\/raw$/);
  const response = await request.get(href ?? "");
  expect(response.headers()["content-disposition"]).toContain("attachment;");
  const text = await response.text();
  expect(text.split("\n").length).toBeGreaterThan(50);
  expect(text).toContain(" * Package:    app-text/dos2unix-7.4.3-r1");
  // What the browser itself decodes (fetch in the page) equals what the API client got.
  const inPage = await page.evaluate(async (url) => (await fetch(url)).text(), href ?? "");
  expect(inPage).toBe(text);
});
