// "This is the error": a maintainer moves the primary error to another line,
// from the error list and from the log viewer; title and note follow, survive a
// reload, and undo brings the analysis' line back. Each test uploads a failure
// of its own, so no other spec sees its primary line move.
import { randomUUID } from "node:crypto";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { signInAs } from "./auth-helpers";
import { corpusLog, postResult } from "./upload-failure";

test.describe.configure({ timeout: 90_000 });

const POPT_LOG = corpusLog("compile-c-implicit-decl-popt").toString("utf8");

/** popt's failure (primary line 170, root cause on line 177) under a package name of its own. */
async function uploadFailure(request: APIRequestContext): Promise<{ id: number; name: string }> {
  const name = `corr${randomUUID().slice(0, 8)}`;
  const response = await postResult(
    request,
    { idempotencyKey: `e2e-${name}`, atom: `dev-libs/${name}-1.19` },
    Buffer.from(POPT_LOG.replaceAll("popt", name)),
  );
  expect(response.status()).toBe(201);
  return { id: ((await response.json()) as { id: number }).id, name };
}

async function openBuild(page: Page, id: number, hash = ""): Promise<void> {
  await page.goto(`/builds/${id}${hash}`);
  await expect(page.getByTestId("build-title")).toBeVisible({ timeout: 20_000 });
}

const primaryLine = (page: Page) => page.getByTestId("primary-error").locator(".primary-line");

test("a maintainer marks an error line; title and note follow, survive a reload, and undo restores", async ({
  page,
  request,
}) => {
  const { id, name } = await uploadFailure(request);
  await signInAs(page, "maintainer", `/builds/${id}`);
  await openBuild(page, id);
  const title = page.getByTestId("build-title");
  await expect(title).toContainText(`dev-libs/${name}-1.19 - ${name}config.c: error: 'FNM_PATHNAME'`);
  await expect(primaryLine(page)).toContainText("170: ");
  await expect(page.getByTestId("primary-correction")).toHaveCount(0);

  const row = page
    .getByTestId("findings-error")
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: "line 177", exact: true }) });
  await row.getByRole("button", { name: "This is the error" }).click();

  await expect(title).toContainText(`${name}config.c: error: implicit declaration of function`);
  await expect(primaryLine(page)).toContainText("177: ");
  const note = page.getByTestId("primary-correction");
  // The seeded maintainer has a display name (tests/security/e2e-seed.ts), shown instead of the e-mail.
  await expect(note).toContainText("corrected by E2E maintainer");
  await expect(note).toContainText("the analysis chose line 170");

  await page.reload();
  await expect(title).toContainText("implicit declaration of function");
  await expect(page.getByTestId("primary-correction")).toContainText("corrected by");

  await page
    .getByTestId("primary-correction")
    .getByRole("button", { name: "Use the analysis' line again" })
    .click();
  await expect(title).toContainText("'FNM_PATHNAME'");
  await expect(primaryLine(page)).toContainText("170: ");
  await expect(page.getByTestId("primary-correction")).toHaveCount(0);
});

test("the log viewer offers the action for one selected line", async ({ page, request }) => {
  const { id } = await uploadFailure(request);
  // Sign in elsewhere, so opening /builds/<id>#L174 is a full page load: going
  // from /builds/<id> to its own #L174 would be only a fragment change, racing
  // the page's hydration (and Next's router writing the URL it rendered).
  await signInAs(page, "maintainer", "/");
  await openBuild(page, id, "#L174");
  const toolbar = page.getByTestId("log-toolbar");
  // The hash is read on mount; wait for the single-line selection before acting on it.
  await expect(toolbar.getByRole("button", { name: /Copy L174–174/ })).toBeVisible({ timeout: 20_000 });
  await toolbar.getByRole("button", { name: "This is the error" }).click();
  await expect(primaryLine(page)).toContainText("174: ");
  await expect(page.getByTestId("build-title")).toContainText("'FNM_PERIOD' undeclared");
  // A range of lines is not one error line: no action.
  await openBuild(page, id, "#L170-L177");
  await expect(page.getByTestId("log-toolbar").getByRole("button", { name: /Copy L170/ })).toBeVisible();
  await expect(
    page.getByTestId("log-toolbar").getByRole("button", { name: "This is the error" }),
  ).toHaveCount(0);
});

test("a viewer gets no correction controls", async ({ page, request }) => {
  const { id } = await uploadFailure(request);
  await signInAs(page, "viewer", "/");
  await openBuild(page, id, "#L177");
  await expect(page.getByTestId("findings-error")).toBeVisible();
  // One line is selected, so a maintainer would see the action here.
  await expect(page.getByTestId("log-toolbar").getByRole("button", { name: /Copy L177–177/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "This is the error" })).toHaveCount(0);
});
