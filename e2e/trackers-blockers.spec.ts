// "File blockers" in the browser against the e2e server's test Bugzilla
// (tests/bugzilla-server/e2e.ts): a tracker with three packages still to fix,
// one draft each blocking the tracker's bug; untick one, "File 2 bugs", see
// both filed with Blocks set in Bugzilla, and the page then lists them as filed
// with only the unticked package left to draft.
import { randomInt, randomUUID } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { bugzillaControlUrl, E2E_BUGZILLA_KEY } from "../tests/bugzilla-server/e2e";
import { signInAs } from "./auth-helpers";
import { postResult } from "./upload-failure";

test.describe.configure({ timeout: 120_000 });

const CONTROL = bugzillaControlUrl(Number(process.env.E2E_PORT ?? 3100));

async function storeKey(page: Page) {
  await page.goto("/account");
  const section = page.getByTestId("bugzilla-key");
  await section.getByLabel("API key").fill(E2E_BUGZILLA_KEY);
  await section.getByRole("button", { name: /Store key|Replace key/ }).click();
  await expect(section.getByRole("status")).toContainText("stored");
}

test("file blockers: drafts per package, untick one, file the rest with Blocks set", async ({
  page,
  request,
}) => {
  // An error word of this run only, so the tracker (a substring rule on it) picks these three alone.
  const word = `blk${randomUUID().slice(0, 8)}`;
  const atoms = ["a", "b", "c"].map((name) => `app-misc/${word}${name}-1.0`);
  for (const atom of atoms) {
    const log = Buffer.from(` * Package:    ${atom}:0\nmain.c:7:2: error: '${word}' undeclared\n`);
    const response = await postResult(request, { idempotencyKey: randomUUID(), atom }, log);
    expect(response.status()).toBe(201);
  }
  const trackerBug = randomInt(10_000_000, 59_999_999);
  const seeded = await fetch(`${CONTROL}/__test/bugs`, {
    method: "POST",
    body: JSON.stringify({ id: trackerBug, summary: `[TRACKER] ${word}` }),
  });
  expect(seeded.ok).toBe(true);

  await signInAs(page, "maintainer", "/trackers");
  await storeKey(page);
  await page.goto("/trackers");
  const add = page.getByTestId("tracker-new");
  await add.getByLabel("Tracker bug").fill(String(trackerBug));
  await add.getByLabel("Title").fill(`e2e blockers ${word}`);
  await add.getByLabel("Match type").selectOption("substring");
  await add.getByLabel("Pattern").fill(word);
  await add.getByRole("button", { name: "Add" }).click();
  await expect(add.getByRole("status")).toHaveText("Saved.");
  await page.goto("/trackers");
  await page
    .getByTestId("tracker-table")
    .getByRole("link", { name: `e2e blockers ${word}` })
    .click();
  await page.getByTestId("file-blockers-link").click();
  await expect(page).toHaveURL(/\/trackers\/\d+\/blockers$/);

  const drafts = page.getByTestId("blocker-draft");
  await expect(drafts).toHaveCount(3);
  for (const draft of await drafts.all())
    await expect(draft.getByTestId("blocker-blocks")).toHaveText(`Blocks: ${trackerBug}`);
  await expect(drafts.first()).toContainText(`${atoms[0]} - main.c: error: '${word}' undeclared`);
  await expect(drafts.first().getByRole("link", { name: "Open in Bugzilla" })).toHaveAttribute(
    "href",
    new RegExp(`enter_bug\\.cgi\\?.*blocked=${trackerBug}`),
  );
  await page.getByRole("checkbox", { name: `app-misc/${word}c` }).uncheck();
  await page.getByRole("button", { name: "File 2 bugs" }).click();
  const result = page.getByTestId("blockers-result");
  await expect(result).toContainText("Filed 2 bug(s).", { timeout: 60_000 });
  const bugNumbers = (await result.getByTestId("blocker-outcome").allTextContents()).map((text) =>
    Number(/\(bug (\d+)\)/.exec(text)?.[1]),
  );
  expect(bugNumbers).toHaveLength(2);

  const state = (await (await fetch(`${CONTROL}/__test/state`)).json()) as {
    bugs: Array<{ id: number; summary: string; blocks: number[] }>;
  };
  for (const bugNumber of bugNumbers)
    expect(state.bugs.find((bug) => bug.id === bugNumber)?.blocks).toEqual([trackerBug]);

  await page.reload();
  await expect(page.getByTestId("blocker-draft")).toHaveCount(1);
  await expect(page.getByTestId("blocker-draft")).toContainText(`app-misc/${word}c`);
  await expect(page.getByTestId("blockers-linked").getByRole("listitem")).toHaveCount(2);
  await expect(page.getByRole("button", { name: "File 1 bug" })).toBeEnabled();
});
