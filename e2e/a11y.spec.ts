// axe-core over every page of the route list (e2e/page-urls.ts), in the light
// and the dark theme, signed out and as a maintainer (admin pages as an admin):
// no serious or critical violation. And the theme toggle: remembered, no flash.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { sessionCookies } from "./auth-helpers";
import { pageUrl, ROUTES, settle, visitorsOf } from "./page-urls";

// A production build on a shared 2-core machine: first renders can take seconds.
test.describe.configure({ timeout: 120_000 });

// Rules the issue named, failed whatever impact axe gives them.
const ALWAYS = new Set(["empty-table-header", "scrollable-region-focusable", "link-in-text-block"]);

/** "rule (impact): target, target" for each serious or critical violation (and each ALWAYS one). */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical" || ALWAYS.has(v.id))
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const route of ROUTES)
  for (const visitor of visitorsOf(route))
    test(`${route} as ${visitor}: no serious or critical axe violations, light and dark`, async ({
      page,
      browser,
    }) => {
      await page.context().addCookies(await sessionCookies(browser, visitor));
      const url = await pageUrl(page, route);
      await page.emulateMedia({ colorScheme: "light" });
      const response = await page.goto(url);
      expect(response?.status(), url).toBeLessThan(500);
      await settle(page);
      expect(await seriousViolations(page), `${url} light`).toEqual([]);
      await page.emulateMedia({ colorScheme: "dark" });
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
        "rgb(18, 20, 23)",
      );
      expect(await seriousViolations(page), `${url} dark`).toEqual([]);
    });

test("the skip link is the first thing Tab reaches and moves focus to the main content", async ({ page }) => {
  await page.goto("/failures");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
});

test("the theme toggle pins light or dark for this browser, over the system's choice", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe("rgb(18, 20, 23)");
  await page.getByLabel("Theme").selectOption("light");
  expect(await background()).toBe("rgb(251, 251, 250)");
  // Rendered by the server from the cookie: the first paint is already light.
  const html = await (await page.request.get("/")).text();
  expect(html).toMatch(/<html[^>]* data-theme="light"/);
  await page.reload();
  expect(await background()).toBe("rgb(251, 251, 250)");
  await expect(page.getByLabel("Theme")).toHaveValue("light");
  await page.emulateMedia({ colorScheme: "light" });
  await page.getByLabel("Theme").selectOption("dark");
  expect(await background()).toBe("rgb(18, 20, 23)");
  await page.getByLabel("Theme").selectOption("system");
  expect(await background()).toBe("rgb(251, 251, 250)");
  await page.reload();
  expect(await page.locator("html").getAttribute("data-theme")).toBeNull();
});

test("every element Tab reaches on the failure list shows a focus ring", async ({ page }) => {
  await page.goto("/failures");
  await settle(page);
  const unringed: string[] = [];
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) >= 2;
      return { ring, what: `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 30) ?? ""}` };
    });
    if (focused && !focused.ring) unringed.push(focused.what);
  }
  expect(unringed).toEqual([]);
});
