// "File a bug" builds the report bgo.sh would file, editable, and opens
// Bugzilla's enter_bug.cgi with every field in the URL.
import { expect, type Page, test } from "@playwright/test";
import { openCorpusFailure, POPT_CASE } from "./corpus-builds";

// A cold production server on a shared 2-core machine renders its first pages slowly.
test.describe.configure({ timeout: 60_000 });

async function openBugForm(page: Page, caseName: string): Promise<string> {
  await openCorpusFailure(page, caseName);
  const buildPath = new URL(page.url()).pathname;
  await expect(page.getByTestId("file-bug-link")).toHaveAttribute("href", `${buildPath}/bug`, {
    timeout: 20_000,
  });
  await page.goto(`${buildPath}/bug`);
  // The first render of a page on a cold production server can take a while on a busy machine.
  await expect(page.getByTestId("bug-form")).toBeVisible({ timeout: 20_000 });
  return buildPath;
}

async function enterBugParams(page: Page): Promise<URLSearchParams> {
  const href = await page.getByTestId("enter-bug-link").getAttribute("href");
  const url = new URL(href ?? "");
  expect(url.origin + url.pathname).toBe("https://bugs.gentoo.org/enter_bug.cgi");
  return url.searchParams;
}

test("the popt bug has the title as summary, its maintainer and the Modern C tracker", async ({
  page,
  baseURL,
}) => {
  const buildPath = await openBugForm(page, POPT_CASE);
  const form = page.getByTestId("bug-form");
  const summary = await form.getByLabel(/Summary/).inputValue();
  expect(summary).toMatch(/^dev-libs\/popt-1\.19 - poptconfig\.c: error: /);
  expect([...summary].length).toBeLessThanOrEqual(170);
  await expect(form.getByLabel("Assignee")).toHaveValue("base-system@gentoo.org");
  await expect(form.getByLabel("CC", { exact: true })).toHaveValue("");
  await expect(form.getByLabel("Keywords")).toHaveValue("");
  await expect(form.getByLabel("Blocks")).toHaveValue("870412");
  await expect(page.getByTestId("bug-trackers")).toContainText("Modern C porting");
  const description = await form.getByLabel("Description").inputValue();
  expect(description).toContain("Error (line 170 of the build log):");
  expect(description).toContain("sys-devel/gcc: 14.3.0::gentoo");
  expect(description).toContain(`${baseURL}${buildPath}`);

  const params = await enterBugParams(page);
  expect(params.get("product")).toBe("Gentoo Linux");
  expect(params.get("component")).toBe("Current packages");
  expect(params.get("version")).toBe("unspecified");
  expect(params.get("short_desc")).toBe(summary);
  expect(params.get("assigned_to")).toBe("base-system@gentoo.org");
  expect(params.get("blocked")).toBe("870412");
  expect(params.get("keywords")).toBeNull();
  expect(params.get("bug_file_loc")).toBe(`${baseURL}${buildPath}`);
  expect(params.get("comment")).toContain("Error (line 170 of the build log):");
});

test("the other maintainers are CC'd", async ({ page }) => {
  await openBugForm(page, "configure-autoconf-tmux-libevent-missing");
  const form = page.getByTestId("bug-form");
  await expect(form.getByLabel("Assignee")).toHaveValue("wraeth@gentoo.org");
  await expect(form.getByLabel("CC", { exact: true })).toHaveValue("tmux@gentoo.org");
  expect((await enterBugParams(page)).get("cc")).toBe("tmux@gentoo.org");
});

test("a test failure carries the TESTFAILURE keyword", async ({ page }) => {
  await openBugForm(page, "test-automake-check-libyaml");
  await expect(page.getByTestId("bug-form").getByLabel("Keywords")).toHaveValue("TESTFAILURE");
  const params = await enterBugParams(page);
  expect(params.get("keywords")).toBe("TESTFAILURE");
  expect(params.get("short_desc")).toContain("dev-libs/libyaml-0.2.5-r1 fails test - ");
});

test("edits go into the enter_bug URL", async ({ page }) => {
  await openBugForm(page, POPT_CASE);
  const form = page.getByTestId("bug-form");
  await form.getByLabel(/Summary/).fill("dev-libs/popt-1.19 - my own words");
  await form.getByLabel("CC", { exact: true }).fill("a@gentoo.org, b@gentoo.org");
  await form.getByLabel("Blocks").fill("870412 880545");
  const params = await enterBugParams(page);
  expect(params.get("short_desc")).toBe("dev-libs/popt-1.19 - my own words");
  expect(params.get("cc")).toBe("a@gentoo.org,b@gentoo.org");
  expect(params.get("blocked")).toBe("870412,880545");
});

test("possible duplicates are shown before the form; the trackers are listed", async ({ page }) => {
  await openBugForm(page, POPT_CASE);
  await expect(page.getByTestId("bug-suggestions")).toContainText("Possible duplicates");
  await page.goto("/trackers");
  await expect(page.getByRole("heading", { name: "Tracker bugs" })).toBeVisible();
  await expect(page.getByRole("link", { name: "870412" })).toBeVisible();
});
