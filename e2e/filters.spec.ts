// Filters people can use: several values per filter, applied at once, shown as
// removable chips; project names for maintainers; a value that cannot match says
// so; autocomplete; saved views per user.
import { expect, type Page, test } from "@playwright/test";
import { signInAs } from "./auth-helpers";

const table = (page: Page) => page.getByTestId("failure-table");
const filters = (page: Page) => page.getByTestId("failure-filters");

/** The form applies changes itself once hydrated (AutoApply marks it). */
async function openList(page: Page, path: string) {
  await page.goto(path);
  await expect(filters(page)).toHaveAttribute("data-auto-apply", "on");
}

test("two kinds at once: checking applies immediately, the URL stays short, chips remove one value", async ({
  page,
}) => {
  await openList(page, "/failures");
  await filters(page).getByTestId("facet-kind").locator("summary").click();
  await filters(page).getByTestId("facet-kind").getByLabel("compile").check();
  await expect(page).toHaveURL(/\/failures\?kind=compile$/);
  await filters(page).getByTestId("facet-kind").getByLabel("link").check();
  await expect(page).toHaveURL(/\/failures\?kind=compile%2Clink$/);
  const chips = page.getByTestId("filter-chips");
  await expect(chips.getByRole("listitem")).toHaveText([/kind: compile/, /kind: link/]);
  // The "Phase / kind" cell ends with the kind.
  const cells = table(page).locator("tbody td.col-phase");
  await expect(cells.first()).toBeVisible();
  for (const text of await cells.allTextContents()) expect(text).toMatch(/(compile|link)$/);
  await chips.getByRole("link", { name: "Remove filter kind: compile" }).click();
  await expect(page).toHaveURL(/\/failures\?kind=link$/);
  await expect(chips.getByRole("listitem")).toHaveText([/kind: link/]);
});

test("a maintainer by project name, a category in capitals with a slash", async ({ page }) => {
  await page.goto("/failures?maintainer=base-system&pageSize=200");
  const rows = table(page).locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  await expect(page.getByTestId("filter-chips")).toContainText("maintainer: base-system");
  await expect(page.getByTestId("filter-chips").locator(".chip-warn")).toHaveCount(0);
  await page.goto("/failures?category=DEV-LIBS/");
  await expect(table(page).locator("tbody td.col-atom a").first()).toHaveText(/^dev-libs\//);
});

test("values that cannot match say why instead of an unexplained empty list", async ({ page }) => {
  await page.goto("/failures?kind=bogus&category=no-such-cat&maintainer=nobody-here");
  const chips = page.getByTestId("filter-chips");
  await expect(chips).toContainText("“bogus” is not a failure kind");
  await expect(chips).toContainText("no category matches “no-such-cat”");
  await expect(chips).toContainText("no package is maintained by nobody-here@gentoo.org");
});

test("the category field suggests categories as you type", async ({ page }) => {
  await openList(page, "/failures");
  await filters(page).getByLabel("Category").pressSequentially("dev-l");
  await expect(page.getByTestId("suggest-category").locator("option[value='dev-libs']")).toHaveCount(1);
});

test("a signed-in user saves the current filters as a view and gets them back", async ({ page }) => {
  await signInAs(page, "viewer", "/failures?kind=compile&category=dev-libs");
  const views = page.getByTestId("saved-views");
  const name = `compile in dev-libs ${Date.now()}`;
  await views.getByLabel("Name of the view").fill(name);
  await views.getByRole("button", { name: "Save view" }).click();
  await expect(views.getByRole("link", { name })).toBeVisible();
  await page.goto("/failures");
  await views.getByRole("link", { name }).click();
  await expect(page).toHaveURL(/category=dev-libs/);
  await expect(page).toHaveURL(/kind=compile/);
  await views.getByRole("button", { name: `Delete view ${name}` }).click();
  await expect(views.getByRole("link", { name })).toHaveCount(0);
});
