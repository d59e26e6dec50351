// A tracker whose rule is a saved failure-list search: its page shows the open
// failures now and per day, the packages still to fix with a link to file the
// blocker, and the bug form of that failure lists the tracker under "blocks".
import { randomInt } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signInAs } from "./auth-helpers";
import { uploadFailures } from "./upload-failure";

test.describe.configure({ timeout: 90_000 });

test("a search tracker's page has its burndown, packages to fix and a file-blocker link", async ({
  page,
  request,
}) => {
  const { pkg, ids } = await uploadFailures(request, 2);
  const bug = randomInt(10_000_000, 99_999_999);
  await signInAs(page, "maintainer", "/trackers");
  await page.goto("/trackers");
  const add = page.getByTestId("tracker-new");
  await add.getByLabel("Tracker bug").fill(String(bug));
  await add.getByLabel("Title").fill(`e2e burndown ${bug}`);
  await add.getByLabel("Match type").selectOption("search");
  await add.getByLabel("Pattern").fill(`package=${pkg}`);
  await add.getByRole("button", { name: "Add" }).click();
  await expect(add.getByRole("status")).toHaveText("Saved.");

  await page.goto("/trackers");
  await page
    .getByTestId("tracker-table")
    .getByRole("link", { name: `e2e burndown ${bug}` })
    .click();
  await expect(page).toHaveURL(/\/trackers\/\d+$/);
  await expect(page.getByTestId("tracker-now")).toHaveText(
    "2 open failures in 1 packages · 0 packages fixed",
  );
  await expect(page.getByTestId("burndown").locator("svg path")).toHaveCount(2);
  const row = page.getByTestId("tracker-open").getByRole("row", { name: new RegExp(pkg) });
  await expect(row).toContainText("2");
  const newest = Math.max(...ids);
  const file = row.getByRole("link", { name: "file blocker" });
  await expect(file).toHaveAttribute("href", `/builds/${newest}/bug`);
  await file.click();
  await expect(page.getByTestId("bug-trackers")).toContainText(String(bug));
});
