// Bulk triage in the failure list: a shift-click selects a range, one action
// sets the state of every selected failure, and the rows show it.
import { expect, test } from "@playwright/test";
import { signInAs } from "./auth-helpers";
import { uploadFailures } from "./upload-failure";

test.describe.configure({ timeout: 90_000 });

test("shift-click selects a range; setting a state shows on those rows only", async ({ page, request }) => {
  const { pkg } = await uploadFailures(request, 4);
  const list = `/failures?package=${encodeURIComponent(pkg)}`;
  await signInAs(page, "maintainer", list);
  await page.goto(list);
  await page.waitForLoadState("networkidle");
  const boxes = page.getByTestId("row-select");
  await expect(boxes).toHaveCount(4);
  await boxes.nth(0).click();
  await boxes.nth(2).click({ modifiers: ["Shift"] });
  await expect(page.getByTestId("bulk-count")).toHaveText("3 selected");
  await expect(boxes.nth(3)).not.toBeChecked();

  const bar = page.getByTestId("bulk-bar");
  await bar.getByLabel("New triage state").selectOption("invalid");
  await bar.getByRole("button", { name: "Set state" }).click();
  await expect(bar.getByRole("status")).toHaveText("3 of 3 failure(s) set to invalid.");
  const states = page.getByTestId("failure-table").locator("td.col-triage");
  await expect(states).toHaveText(["invalid", "invalid", "invalid", "new"]);
  await expect(page.getByTestId("bulk-count")).toHaveText("0 selected");
});

test("space toggles the j/k row; the action bar is reachable by Tab", async ({ page, request }) => {
  const { pkg } = await uploadFailures(request, 2);
  const list = `/failures?package=${encodeURIComponent(pkg)}`;
  await signInAs(page, "maintainer", list);
  await page.goto(list);
  await page.waitForLoadState("networkidle");
  await page.locator("h1").click();
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await page.keyboard.press(" ");
  await expect(page.getByTestId("bulk-count")).toHaveText("1 selected");
  await expect(page.getByTestId("row-select").nth(1)).toBeChecked();
  await page.getByLabel("Select page").focus();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("New triage state")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Set state" })).toBeFocused();
});
