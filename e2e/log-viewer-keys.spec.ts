// The log viewer's keyboard: every key does what the "?" list says, Ctrl+F opens
// the viewer's own search (the browser's only sees rendered rows), a match is
// marked inside its line as text, and narrow screens wrap from the start.
import { expect, type Page, test } from "@playwright/test";
import { corpusBuildPath, POPT_CASE } from "./corpus-builds";

test.describe.configure({ timeout: 60_000 });

const MARKUPSAFE_CASE = "test-pytest-markupsafe";

/** The failure page with the viewer hydrated (the spacer replaces the server-rendered rows). */
async function openViewer(page: Page, caseName = POPT_CASE) {
  await page.goto(corpusBuildPath(caseName));
  await expect(page.locator(".lv-spacer")).toBeAttached({ timeout: 30_000 });
}

const focusedLine = (page: Page) => page.locator(".lv-row.lv-focus").getAttribute("data-line");

async function lineCountOf(page: Page): Promise<number> {
  const label = (await page.getByTestId("log-viewer").getAttribute("aria-label")) ?? "";
  return Number(/, ([\d,]+) lines?$/.exec(label)?.[1].replaceAll(",", ""));
}

test("n and p walk the errors, g and G go to the first and last line", async ({ page }) => {
  await openViewer(page);
  await expect(page.locator(".lv-row.lv-focus")).toHaveAttribute("data-line", "170");
  await page.keyboard.press("n");
  await expect(page.locator(".lv-row.lv-focus")).toHaveAttribute("data-line", "174");
  await expect(page.getByTestId("error-position")).toHaveText(/^2 \/ \d+ errors$/);
  await page.keyboard.press("n");
  await expect(page.locator(".lv-row.lv-focus")).toHaveAttribute("data-line", "177");
  await page.keyboard.press("p");
  await page.keyboard.press("p");
  await expect(page.locator(".lv-row.lv-focus")).toHaveAttribute("data-line", "170");
  await page.keyboard.press("g");
  await expect(page.locator('.lv-row[data-line="1"]')).toBeInViewport();
  expect(await focusedLine(page)).toBe("1");
  const last = await lineCountOf(page);
  expect(last).toBeGreaterThan(170);
  await page.keyboard.press("Shift+G");
  await expect(page.locator(`.lv-row[data-line="${last}"]`)).toBeInViewport();
  await expect(page.locator(".lv-row.lv-focus")).toHaveAttribute("data-line", String(last));
});

test("w wraps long lines and unwraps them", async ({ page }) => {
  await openViewer(page);
  const wrap = page.getByTestId("log-toolbar").getByRole("checkbox", { name: "Wrap" });
  await expect(wrap).not.toBeChecked();
  await page.keyboard.press("w");
  await expect(wrap).toBeChecked();
  await expect(page.locator(".lv-wrap")).toBeVisible();
  await expect(page.locator('.lv-wrap .lv-row[data-line="170"]')).toBeInViewport();
  await page.keyboard.press("w");
  await expect(wrap).not.toBeChecked();
  await expect(page.locator(".lv-wrap")).toHaveCount(0);
});

test("? lists the keys in a dialog that Esc closes", async ({ page }) => {
  await openViewer(page);
  const dialog = page.getByRole("dialog", { name: "Log viewer keys" });
  await expect(dialog).toBeHidden();
  await page.keyboard.press("Shift+?");
  await expect(dialog).toBeVisible();
  for (const [key, does] of [
    ["n", "next error"],
    ["Shift+Enter", "previous match"],
    ["w", "wrap long lines"],
  ]) {
    await expect(dialog.getByRole("row").filter({ hasText: key }).filter({ hasText: does })).toHaveCount(1);
  }
  // Keys typed in the dialog are not the viewer's.
  await page.keyboard.press("g");
  await expect(page.locator(".lv-row.lv-focus")).toHaveAttribute("data-line", "170");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("/ focuses the search; Enter and Shift+Enter walk the matches; the match is marked in the line", async ({
  page,
}) => {
  await openViewer(page);
  const search = page.getByRole("searchbox", { name: "Search the whole log" });
  await page.keyboard.press("/");
  await expect(search).toBeFocused();
  await expect(search).toHaveValue("");
  await page.keyboard.type("UNDECLARED");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("search-count")).toContainText(/^1 \/ \d+ · \d+ match(es)? on \d+ lines?$/);
  const current = page.locator(".lv-row.lv-current-match");
  await expect(current).toBeInViewport();
  const first = await current.getAttribute("data-line");
  // The matched text, in its own case, inside a <mark>; the rest of the line stays coloured.
  await expect(current).toHaveAttribute("data-line", "170");
  await expect(current.locator(".lv-text mark").first()).toHaveText("undeclared");
  await expect(current.locator(".lv-text span[style]").first()).toBeAttached();
  // Back to the lines: Enter there is the next match, Shift+Enter the previous one.
  await page.keyboard.press("Escape");
  await expect(page.getByRole("region", { name: /^Lines of / })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("search-count")).toContainText(/^2 \//);
  expect(await current.getAttribute("data-line")).not.toBe(first);
  await page.keyboard.press("Shift+Enter");
  await expect(page.getByTestId("search-count")).toContainText(/^1 \//);
  await expect(current).toHaveAttribute("data-line", first ?? "");
  // Shift+Enter in the search box goes back too (from the first match: the last one).
  await search.focus();
  await page.keyboard.press("Shift+Enter");
  await expect(page.getByTestId("search-count")).not.toContainText(/^1 \//);
});

test("a match of markup in a line is text inside <mark>, never markup", async ({ page }) => {
  await openViewer(page, MARKUPSAFE_CASE);
  const search = page.getByRole("searchbox", { name: "Search the whole log" });
  await search.fill("<bad user>");
  await search.press("Enter");
  const current = page.locator(".lv-row.lv-current-match");
  await expect(current).toBeInViewport();
  await expect(current.locator(".lv-text mark").first()).toHaveText("<bad user>");
  await expect(current.locator(".lv-text em, .lv-text bad")).toHaveCount(0);
  // Every matching line on screen marks its match, not only the current one.
  const rows = page.locator(".lv-row.lv-match");
  const marked = page.locator(".lv-row.lv-match:has(.lv-text mark)");
  await expect(marked).toHaveCount(await rows.count());
});

test("Ctrl+F opens the viewer's search from the page and the lines; again in the search box it is the browser's", async ({
  page,
}) => {
  await openViewer(page);
  const search = page.getByRole("searchbox", { name: "Search the whole log" });
  // Whether the page took the key: a listener added after the viewer's sees defaultPrevented.
  await page.evaluate(() => {
    const seen: boolean[] = [];
    (window as unknown as { ctrlF: boolean[] }).ctrlF = seen;
    window.addEventListener("keydown", (event) => {
      if (event.key === "f" && event.ctrlKey) seen.push(event.defaultPrevented);
    });
  });
  const taken = () => page.evaluate(() => (window as unknown as { ctrlF: boolean[] }).ctrlF.at(-1));
  await page.keyboard.press("Control+f");
  await expect(search).toBeFocused();
  expect(await taken()).toBe(true);
  await page.keyboard.press("Control+f");
  expect(await taken()).toBe(false);
  await page.getByRole("region", { name: /^Lines of / }).focus();
  await page.keyboard.press("Control+f");
  await expect(search).toBeFocused();
  // Focus on a link outside the viewer: the browser's find.
  await page.getByTestId("file-list").getByRole("link").first().focus();
  await page.keyboard.press("Control+f");
  expect(await taken()).toBe(false);
  await expect(search).not.toBeFocused();
});

test("the scroll box takes focus and scrolls by keyboard", async ({ page }) => {
  await openViewer(page);
  const lines = page.getByRole("region", { name: /^Lines of / });
  // In the tab order, not only focusable by script.
  await expect(lines).toHaveAttribute("tabindex", "0");
  await lines.focus();
  await expect(lines).toBeFocused();
  const before = await lines.evaluate((el) => el.scrollTop);
  await page.keyboard.press("PageDown");
  await expect.poll(() => lines.evaluate((el) => el.scrollTop)).toBeGreaterThan(before);
});

test("on a 390 px screen long lines wrap from the start", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openViewer(page);
  await expect(page.getByTestId("log-toolbar").getByRole("checkbox", { name: "Wrap" })).toBeChecked();
  await expect(page.locator('.lv-wrap .lv-row[data-line="170"]')).toBeInViewport();
  // Centring the line scrolls the viewer's box, not the page: the summary above stays in view.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.getByTestId("build-summary")).toBeInViewport();
});
