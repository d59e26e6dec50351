// One-click filing against the test Bugzilla the e2e server starts
// (tests/bugzilla-server/e2e.ts): store an API key, file a failure's bug with
// its attachments, see it recorded and its status after a refresh; the bug
// page of an infra failure explains it and still renders when Bugzilla is down.
import { expect, type Page, test } from "@playwright/test";
import { bugzillaControlUrl, E2E_BUGZILLA_KEY } from "../tests/bugzilla-server/e2e";
import { signInAs } from "./auth-helpers";
import { corpusBuildPath } from "./corpus-builds";

test.describe.configure({ mode: "serial", timeout: 90_000 });

const ATOM = "media-libs/libmatroska-1.7.1";
const CASE = "configure-cmake-find-package-ebml-libmatroska";
const CONTROL = bugzillaControlUrl(Number(process.env.E2E_PORT ?? 3100));

async function control(path: string, body: object): Promise<{ id?: number }> {
  const response = await fetch(`${CONTROL}${path}`, { method: "POST", body: JSON.stringify(body) });
  expect(response.ok).toBe(true);
  return response.json() as Promise<{ id?: number }>;
}

function failurePath(caseName = CASE): string {
  return corpusBuildPath(caseName);
}

async function storeKey(page: Page) {
  await page.goto("/account");
  const section = page.getByTestId("bugzilla-key");
  await section.getByLabel("API key").fill(E2E_BUGZILLA_KEY);
  await section.getByRole("button", { name: /Store key|Replace key/ }).click();
  await expect(section.getByRole("status")).toContainText("stored");
  await page.reload();
  await expect(page.getByTestId("bugzilla-key-set")).toContainText("Set on");
  expect(await page.content()).not.toContain(E2E_BUGZILLA_KEY);
}

test("store a key, file in one click with attachments, see the bug and its status", async ({ page }) => {
  const existing = await control("/__test/bugs", { summary: `${ATOM.replace(/-[0-9].*$/, "")}: old report` });
  await signInAs(page, "maintainer");
  await storeKey(page);
  const buildPath = failurePath();
  await page.goto(`${buildPath}/bug`);
  const duplicates = page.getByTestId("bug-suggestions");
  await expect(duplicates.getByTestId("duplicate-row").filter({ hasText: String(existing.id) })).toBeVisible({
    timeout: 20_000,
  });
  await expect(duplicates.getByTestId("bugzilla-search-link")).toHaveText(
    "Search Bugzilla for media-libs/libmatroska",
  );
  const form = page.getByTestId("bug-form");
  // The build log (named as the tinderbox names it) and emerge-info.txt come ticked.
  await expect(
    form.getByTestId("bug-file-choices").getByRole("checkbox", { checked: true }).first(),
  ).toBeVisible();
  await form.getByTestId("file-bug-button").click();
  const result = page.getByTestId("file-bug-result");
  await expect(result).toContainText(/Filed bug \d+ with [1-9]\d* attachment/, { timeout: 30_000 });
  const bugNumber = Number(/Filed bug (\d+)/.exec((await result.textContent()) ?? "")?.[1]);

  const state = (await (await fetch(`${CONTROL}/__test/state`)).json()) as {
    bugs: Array<{ id: number; summary: string; product: string }>;
    attachments: Array<{ bug_id: number; file_name: string; bytes: number }>;
  };
  expect(state.bugs.find((bug) => bug.id === bugNumber)).toMatchObject({ product: "Gentoo Linux" });
  const attached = state.attachments.filter((a) => a.bug_id === bugNumber).map((a) => a.file_name);
  expect(attached.some((name) => /\.log(\.excerpt\.txt)?$/.test(name))).toBe(true);

  await page.goto(buildPath);
  const links = page.getByTestId("bug-links");
  await expect(links.getByTestId("bug-link-row").filter({ hasText: String(bugNumber) })).toBeVisible();
  await control("/__test/bugs", { id: bugNumber, status: "RESOLVED", resolution: "FIXED" });
  await links.getByTestId("refresh-bug-status").getByRole("button").click();
  await expect(links.getByTestId("refresh-bug-status").getByRole("status")).toContainText("refreshed");
  await page.reload();
  await expect(page.getByTestId("bug-links").getByTestId("bug-status")).toHaveText("RESOLVED FIXED");

  // One list of linked bugs: the triage panel does not repeat it, and a maintainer removes from the row.
  await expect(page.getByTestId("triage-panel").getByRole("button", { name: /Remove/ })).toHaveCount(0);
  const row = links.getByTestId("bug-link-row").filter({ hasText: String(bugNumber) });
  await row.getByRole("button", { name: `Remove bug ${bugNumber}` }).click();
  await expect(row).toHaveCount(0);
});

test("an infra failure's bug page renders with Bugzilla down: the explanation, file anyway, mark as infra", async ({
  page,
}) => {
  await signInAs(page, "maintainer");
  // The corpus' checksum case failed on name resolution: an infra failure (network).
  const buildPath = failurePath("fetch-network-dns-libsndfile");
  await control("/__test/mode", { mode: "down" });
  try {
    await page.goto(`${buildPath}/bug`);
    const infra = page.getByTestId("bug-infra");
    await expect(infra).toContainText("This is a tinderbox problem", { timeout: 20_000 });
    await expect(infra).toContainText("network");
    await expect(infra.locator("code")).toContainText("Temporary failure in name resolution");
    await expect(page.getByTestId("bugzilla-note")).toContainText("could not be reached");
    await expect(page.getByTestId("bug-form")).toBeHidden();
    await page.getByText("File anyway").click();
    await expect(page.getByTestId("bug-form")).toBeVisible();
    await infra.getByRole("button", { name: "Mark as infra" }).click();
    await expect(infra.getByRole("status").or(infra.getByText("Marked as infra."))).toBeVisible();
  } finally {
    await control("/__test/mode", { mode: "up" });
    // Leave the shared maintainer account as other specs expect it: no key.
    await page.goto("/account");
    await page.getByRole("button", { name: "Remove Bugzilla API key" }).click();
    await expect(page.getByTestId("bugzilla-key-set")).toBeHidden();
  }
});
