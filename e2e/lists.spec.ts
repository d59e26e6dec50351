// The failure list: filters, search, sort and paging live in the URL, survive
// opening a failure and coming back, and the JSON and Atom views list the same.
import { expect, test } from "@playwright/test";

const table = (page: import("@playwright/test").Page) => page.getByTestId("failure-table");

test("filter by category through the form, the URL holds it", async ({ page }) => {
  await page.goto("/failures");
  await page.getByTestId("failure-filters").getByLabel("Category").fill("dev-libs");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/category=dev-libs/);
  // The URL changes before the filtered list has rendered (loading.tsx in between): wait for it.
  const atomLinks = table(page).locator("tbody tr td.col-atom a");
  await expect(atomLinks.first()).toHaveText(/^dev-libs\//);
  const atoms = await atomLinks.allTextContents();
  expect(atoms.length).toBeGreaterThan(0);
  for (const atom of atoms) expect(atom.startsWith("dev-libs/")).toBe(true);
});

test("search finds an error line and highlights it", async ({ page }) => {
  await page.goto("/failures");
  // The key handler exists once the table has hydrated: retry until it does.
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(page.locator("#failure-search")).toBeFocused({ timeout: 500 });
  }).toPass();
  await page.keyboard.type("FNM_PATHNAME");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=FNM_PATHNAME/);
  await expect(table(page).getByRole("link", { name: "dev-libs/popt-1.19" }).first()).toBeVisible();
  await expect(table(page).locator("mark").first()).toHaveText(/FNM_PATHNAME/i);
});

test("sort by package and page through the list", async ({ page }) => {
  await page.goto("/failures?pageSize=25");
  await table(page)
    .getByRole("link", { name: /^Package/ })
    .click();
  await expect(page).toHaveURL(/sort=atom/);
  const atoms = await table(page).locator("tbody td.col-atom a").allTextContents();
  const sorted = [...atoms].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  expect(atoms).toEqual(sorted);
  await page.getByTestId("pager").getByRole("link", { name: "next →" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page).toHaveURL(/sort=atom/);
  await expect(page.getByTestId("pager-status")).toContainText("page 2");
});

test("open a failure with the keyboard and come back to the same view", async ({ page }) => {
  await page.goto("/failures?category=dev-libs&pageSize=25");
  const active = table(page).locator("tbody tr.active");
  await expect(async () => {
    await page.keyboard.press("j");
    await expect(active).toHaveCount(1, { timeout: 500 });
  }).toPass();
  const firstAtom = (await active.locator("td.col-atom a").textContent()) ?? "";
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/builds\/\d+/);
  await expect(page.getByTestId("build-title")).toContainText(firstAtom);
  await page.goBack();
  await expect(page).toHaveURL(/category=dev-libs/);
  await expect(page.getByTestId("failure-filters").getByLabel("Category")).toHaveValue("dev-libs");
  await expect(table(page).getByRole("link", { name: firstAtom }).first()).toBeVisible();
});

test("the JSON and Atom views list the same failures as the page", async ({ page, request }) => {
  await page.goto("/failures?category=dev-libs");
  const pageIds = await table(page)
    .locator("tbody td.col-atom a")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  const json = await (await request.get("/api/v1/failures?category=dev-libs")).json();
  expect(Object.keys(json)).toEqual(expect.arrayContaining(["rows", "total", "page", "pageSize"]));
  expect(json.rows.map((row: { id: number }) => `/builds/${row.id}`)).toEqual(pageIds);
  const atomHref = await page.getByTestId("atom-link").getAttribute("href");
  const atom = await request.get(atomHref ?? "");
  expect(atom.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await atom.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  expect(xml).toContain(`/builds/${json.rows[0].id}</id>`);
  expect((xml.match(/<entry>/g) ?? []).length).toBe(Math.min(50, json.total));
});
