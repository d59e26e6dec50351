// A grep job from the form: the builds the filters pick (here one package of
// its own), hits appearing on the job's page without a reload, and a hit
// opening its line in the failure's log viewer at #L<n>.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { corpusLog, postResult } from "./upload-failure";

test("a grep job shows its hits as they come and each opens its line at #L<n>", async ({ page, request }) => {
  const needle = `grepneedle${randomUUID().slice(0, 8)}`;
  const pkg = `app-misc/e2egrep${randomUUID().slice(0, 8)}`;
  const base = corpusLog("link-undefined-reference-pow-hello");
  const log = Buffer.concat([
    Buffer.from(`${needle} at the top\n`),
    base,
    Buffer.from(`\n${needle} at the end\n`),
  ]);
  const lastLine = log.toString("utf8").split("\n").length - 1;
  const ids: number[] = [];
  for (const version of ["1.0", "1.1"]) {
    const response = await postResult(
      request,
      { idempotencyKey: randomUUID(), atom: `${pkg}-${version}` },
      log,
    );
    expect(response.status()).toBe(201);
    ids.push(((await response.json()) as { id: number }).id);
  }

  await page.goto(`/grep?package=${encodeURIComponent(pkg)}`);
  await page.getByLabel("Pattern").fill(needle);
  await page.getByRole("button", { name: "Grep" }).click();
  await page.waitForURL(/\/grep\/[0-9a-f-]{36}$/);
  // The page refreshes itself while the job runs: no reload here.
  await expect(page.getByTestId("grep-state")).toHaveText("done", { timeout: 20_000 });
  const hits = page.getByTestId("grep-hit");
  await expect(hits).toHaveCount(4);
  await expect(hits.first()).toContainText(`${needle} at the top`);
  const newest = Math.max(...ids);
  const last = hits.nth(1).getByRole("link", { name: `line ${lastLine}`, exact: true });
  await expect(last).toHaveAttribute("href", `/builds/${newest}#L${lastLine}`);

  // A full page load with the hash, as a shared link is opened.
  await page.goto(`/builds/${newest}#L${lastLine}`);
  await expect(page.locator(`.lv-row.lv-selected[data-line="${lastLine}"]`)).toBeVisible();
});

test("a regex RE2 cannot run is refused with the engine's reason", async ({ page }) => {
  await page.goto("/grep");
  await page.getByLabel("Pattern").fill("(?=lookahead)");
  await page.getByLabel("regular expression (RE2)").check();
  await page.getByRole("button", { name: "Grep" }).click();
  await expect(page.getByTestId("grep-form").getByRole("status")).toContainText("error parsing regexp");
});
