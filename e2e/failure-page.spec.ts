// The failure page holds everything needed to fix a failure: facts, the primary
// error in context, findings that jump into the embedded log, files, history and
// the same failure elsewhere; and the attachment bundle downloads as one tar.
import { expect, type Page, test } from "@playwright/test";
import tar from "tar-stream";
import { openCorpusFailure, POPT_CASE } from "./corpus-builds";

// A cold production server on a shared 2-core machine renders its first pages slowly.
test.describe.configure({ timeout: 60_000 });

async function openFailure(page: Page, caseName: string): Promise<string> {
  await openCorpusFailure(page, caseName);
  // The first render of a page on a cold production server can take a while on a busy machine.
  await expect(page.getByTestId("build-title")).toBeVisible({ timeout: 20_000 });
  return new URL(page.url()).pathname;
}

test("the popt failure shows its facts, the primary error in context and the findings", async ({ page }) => {
  await openFailure(page, POPT_CASE);
  await expect(page.getByTestId("build-title")).toContainText("dev-libs/popt-1.19 - ");
  const facts = page.getByTestId("build-facts");
  await expect(facts).toContainText("compile phase");
  await expect(facts).toContainText("23.0_desktop_systemd-20261120-071502");
  await expect(facts).toContainText("default/linux/amd64/23.0/desktop/systemd");
  await expect(
    page.getByTestId("build-maintainers").getByRole("link", { name: "base-system@gentoo.org" }),
  ).toHaveAttribute("href", "mailto:base-system@gentoo.org");
  await expect(page.getByTestId("build-triage")).toContainText("new");
  const primary = page.getByTestId("primary-error");
  await expect(primary).toContainText("170: poptconfig.c:210:28: error:");
  // Context: the lines around the primary error, down to the root cause the compiler printed after it.
  await expect(primary).toContainText("167: ");
  await expect(primary).toContainText("177: poptconfig.c:214:14: error: implicit declaration");
  await expect(page.getByTestId("findings-error")).toContainText("FNM_PATHNAME");
});

test("an error line in the build log jumps to the embedded viewer", async ({ page }) => {
  await openFailure(page, POPT_CASE);
  await expect(page.getByTestId("build-log")).toBeVisible();
  const jump = page.getByTestId("findings-error").getByRole("link", { name: "line 170" });
  await expect(jump).toHaveAttribute("href", "#L170");
  await jump.click();
  await expect(page).toHaveURL(/#L170$/);
});

test("history and the same failure elsewhere are listed", async ({ page }) => {
  await openFailure(page, POPT_CASE);
  await expect(page.getByTestId("build-history")).toContainText("History of dev-libs/popt");
  await expect(page.getByTestId("last-good")).toBeVisible();
  await expect(page.getByTestId("same-signature")).toContainText("Other packages, same coarse signature");
});

test("the file list links each file's page and the whole set as one tar, emerge-info first", async ({
  page,
  request,
}) => {
  const path = await openFailure(page, POPT_CASE);
  const files = page.getByTestId("file-list");
  await expect(files.getByRole("link", { name: "emerge-info.txt" })).toHaveAttribute(
    "href",
    /^\/files\/\d+$/,
  );
  const bundle = page.getByTestId("attachments-bundle");
  await expect(bundle).toHaveAttribute("href", `/api/v1${path}/attachments.tar`);
  const response = await request.get(`/api/v1${path}/attachments.tar`);
  expect(response.headers()["content-type"]).toBe("application/x-tar");
  const names = await tarNames(await response.body());
  expect(names[0]).toMatch(/^dev-libs_popt-1\.19-build\d+\/emerge-info\.txt$/);
  expect(names).toContainEqual(expect.stringMatching(/\/dev-libs:popt-1\.19:20261128-044417\.log$/));
});

async function tarNames(bytes: Buffer): Promise<string[]> {
  const extract = tar.extract();
  const names: string[] = [];
  extract.end(bytes);
  for await (const entry of extract) {
    names.push(entry.header.name);
    entry.resume();
  }
  return names;
}

test("the log viewer is reached without scrolling: a one-line summary above it, the primary error in view", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await openFailure(page, POPT_CASE);
  await expect(page.getByTestId("build-summary")).toContainText("compile phase");
  // The viewer loads its log after the page ("Loading the build log…"): boundingBox() does not wait for it.
  await expect(page.getByTestId("log-toolbar")).toBeVisible();
  const toolbar = await page.getByTestId("log-toolbar").boundingBox();
  expect(toolbar?.y ?? 900).toBeLessThan(300);
  await expect(page.locator('.lv-row[data-line="170"]')).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  // Scrolled to, the viewer fills the viewport.
  const viewer = page.getByTestId("log-viewer");
  await viewer.evaluate((el) => el.scrollIntoView());
  const box = await viewer.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(880);
  await expect(page.getByTestId("log-toolbar")).toBeInViewport();
});

test("pytest's E lines fold under their assertion instead of filling the error list", async ({ page }) => {
  await openFailure(page, "test-pytest-markupsafe");
  const errors = page.getByTestId("findings-error");
  // 50 stored error lines, far fewer entries: "(N errors, 50 lines)".
  await expect(errors.getByRole("heading")).toHaveText(/Error lines \((\d+) errors, 50 lines\)/);
  const heading = (await errors.getByRole("heading").textContent()) ?? "";
  expect(Number(/\((\d+) errors/.exec(heading)?.[1])).toBeLessThan(30);
  const assertion = errors
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: "line 116", exact: true }) });
  const folded = assertion.getByTestId("finding-continuations");
  // The E block's four lines, then pytest's closing location line past the locals.
  await expect(folded).toContainText("5 more lines");
  await expect(folded.getByRole("link", { name: "line 119", exact: true })).toBeHidden();
  await folded.getByText("5 more lines").click();
  await expect(folded.getByRole("link", { name: "line 119", exact: true })).toBeVisible();
  await expect(folded).toContainText("E         ?           ^^");
  await expect(folded.getByRole("link", { name: "line 127", exact: true })).toBeVisible();
  await expect(folded).toContainText("tests/test_escape.py:29: AssertionError");
  // No marker line is an entry of its own.
  await expect(errors.getByRole("row").filter({ hasText: /^line \d+E\s+\?/ })).toHaveCount(0);
  // n stops once per assertion: from the block's head it skips its folded lines, to the next failed test's
  // `___ test_x ___` header (an error line of its own since round 29c), then that test's E block.
  await expect(page.locator(".lv-spacer")).toBeAttached();
  await assertion.getByRole("link", { name: "line 116", exact: true }).click();
  await expect(page.locator(".lv-row.lv-focus")).toHaveAttribute("data-line", "116");
  await page.keyboard.press("n");
  await expect(page.locator(".lv-row.lv-focus")).toHaveAttribute("data-line", "128");
  await page.keyboard.press("n");
  await expect(page.locator(".lv-row.lv-focus")).toHaveAttribute("data-line", "157");
});

test("a failed test in the build log and test-suite.log is listed once, with both places", async ({
  page,
}) => {
  await openFailure(page, "test-automake-check-libyaml");
  const tests = page.getByTestId("findings-test");
  await expect(tests.getByRole("heading")).toHaveText("Failed tests (1 test)");
  const row = tests.getByRole("row").filter({ hasText: "test-version" });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("link", { name: "line 266", exact: true })).toHaveAttribute("href", "#L266");
  await expect(row.getByRole("link", { name: "test-suite.log:15" })).toHaveAttribute(
    "href",
    /^\/files\/\d+#L15$/,
  );
});
