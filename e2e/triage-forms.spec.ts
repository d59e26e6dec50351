// Forms that edit a stored value show what is stored after a save, and a save
// from a page rendered before someone else's change is refused, not applied.
import { randomInt } from "node:crypto";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { E2E_ACCOUNTS, type E2eRole } from "../tests/security/e2e-accounts";
import { signInAs } from "./auth-helpers";
import { uploadFailures } from "./upload-failure";

test.describe.configure({ timeout: 90_000 });

async function maintainerPage(browser: Browser, who: E2eRole, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, who, path);
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  return page;
}

test("save a state, then a note alone: the state stays the saved one after a reload", async ({
  browser,
  request,
}) => {
  const { ids } = await uploadFailures(request, 1);
  const page = await maintainerPage(browser, "maintainer", `/builds/${ids[0]}`);
  const form = page.getByTestId("triage-form");
  await form.getByLabel("Triage").selectOption("reported");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");
  await expect(form.getByLabel("Triage")).toHaveValue("reported");
  await form.getByPlaceholder("note (optional)").fill("upstream knows");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".triage-history")).toContainText("upstream knows");
  await page.reload();
  await expect(page.getByTestId("triage-form").getByLabel("Triage")).toHaveValue("reported");
  await expect(page.locator(".triage-history li").first()).toContainText(
    "reported → reported upstream knows",
  );
});

test("two maintainers on one failure: the second save is refused and nothing is lost", async ({
  browser,
  request,
}) => {
  const { ids } = await uploadFailures(request, 1);
  const path = `/builds/${ids[0]}`;
  const [first, second] = [
    await maintainerPage(browser, "maintainer", path),
    await maintainerPage(browser, "admin", path),
  ];
  const firstForm = first.getByTestId("triage-form");
  await firstForm.getByLabel("Triage").selectOption("confirmed");
  await firstForm.getByRole("button", { name: "Save" }).click();
  await expect(firstForm.getByRole("status")).toHaveText("Saved.");

  const secondForm = second.getByTestId("triage-form");
  await secondForm.getByLabel("Triage").selectOption("invalid");
  await secondForm.getByPlaceholder("note (optional)").fill("a duplicate");
  await secondForm.getByRole("button", { name: "Save" }).click();
  await expect(secondForm.getByRole("status")).toHaveText(
    `changed meanwhile by ${E2E_ACCOUNTS.maintainer} (now confirmed) — reload`,
  );
  // What the second maintainer typed is still there to re-apply after the reload.
  await expect(secondForm.getByPlaceholder("note (optional)")).toHaveValue("a duplicate");
  await second.reload();
  await expect(second.getByTestId("triage-form").getByLabel("Triage")).toHaveValue("confirmed");
});

test("two maintainers on one tracker rule: the second save is refused, the first is kept", async ({
  browser,
}) => {
  const bug = randomInt(10_000_000, 99_999_999);
  const first = await maintainerPage(browser, "maintainer", "/trackers");
  const add = first.getByTestId("tracker-new");
  await add.getByLabel("Tracker bug").fill(String(bug));
  await add.getByLabel("Title").fill(`e2e tracker ${bug}`);
  await add.getByLabel("Match type").selectOption("substring");
  await add.getByLabel("Pattern").fill("e2e-original");
  await add.getByRole("button", { name: "Add" }).click();
  await expect(add.getByRole("status")).toHaveText("Saved.");
  await first.reload();
  const second = await maintainerPage(browser, "admin", "/trackers");

  const row = (page: Page) =>
    page.locator("form.tracker-form", { has: page.locator(`input[value="${bug}"]`) });
  await row(first).getByLabel("Title").fill(`e2e tracker ${bug} renamed`);
  await row(first).getByRole("button", { name: "Save" }).click();
  await expect(row(first).getByRole("status")).toHaveText("Saved.");
  await expect(row(first).getByLabel("Title")).toHaveValue(`e2e tracker ${bug} renamed`);

  await row(second).getByLabel("Pattern").fill("e2e-overwritten");
  await row(second).getByRole("button", { name: "Save" }).click();
  await expect(row(second).getByRole("status")).toHaveText(
    `changed meanwhile by ${E2E_ACCOUNTS.maintainer} — reload`,
  );
  await expect(row(second).getByLabel("Pattern")).toHaveValue("e2e-overwritten");
  await second.reload();
  await expect(row(second).getByLabel("Title")).toHaveValue(`e2e tracker ${bug} renamed`);
  await expect(row(second).getByLabel("Pattern")).toHaveValue("e2e-original");
});
