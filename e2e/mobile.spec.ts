// Phones: at 390x844 no page of the route list scrolls sideways (wide content
// scrolls inside its own box), signed out and as a maintainer (admin pages as
// an admin); the failure list is compact rows with the filters behind a button.
import { type Browser, expect, test } from "@playwright/test";
import { sessionCookies } from "./auth-helpers";
import { pageUrl, ROUTES, settle, visitorsOf } from "./page-urls";

test.describe.configure({ timeout: 120_000 });
const WIDTH = 390;
// Not isMobile: Chromium's mobile emulation zooms out to fit a too-wide page, which would hide the overflow.
test.use({ viewport: { width: WIDTH, height: 844 }, hasTouch: true });

for (const route of ROUTES)
  for (const visitor of visitorsOf(route))
    test(`${route} as ${visitor}: no horizontal page scroll at 390 px`, async ({ page, browser }) => {
      await page.context().addCookies(await sessionCookies(browser, visitor));
      const url = await pageUrl(page, route);
      const response = await page.goto(url);
      expect(response?.status(), url).toBeLessThan(500);
      await settle(page);
      const measure = () =>
        page.evaluate(() => {
          const scroller = document.scrollingElement ?? document.documentElement;
          // The element that sticks out furthest (outside any scroll box), to say what to fix when this fails.
          const clipped = (el: Element) => {
            for (let up = el.parentElement; up && up !== document.body; up = up.parentElement)
              if (getComputedStyle(up).overflowX !== "visible") return true;
            return false;
          };
          let widest = "";
          let right = window.innerWidth;
          for (const el of document.querySelectorAll("body *")) {
            const box = el.getBoundingClientRect();
            if (box.right > right + 0.5 && getComputedStyle(el).position !== "fixed" && !clipped(el)) {
              right = box.right;
              widest = `${el.tagName.toLowerCase()}.${el.className} (${Math.round(box.right)} px)`;
            }
          }
          return { scrollWidth: scroller.scrollWidth, innerWidth: window.innerWidth, widest };
        });
      // Retried: a page that rewrites its URL (the log viewer's #L hash) can reset the evaluation once.
      await expect(async () => {
        const { scrollWidth, innerWidth, widest } = await measure();
        expect(innerWidth).toBe(WIDTH);
        expect(scrollWidth, `${url}: ${widest}`).toBeLessThanOrEqual(innerWidth);
      }).toPass({ timeout: 15_000 });
    });

test("the failure list on a phone: filters behind 'Filters (N)', compact rows, the other columns on demand", async ({
  page,
}) => {
  await page.goto("/failures?kind=compile&category=dev-libs");
  const toggle = page.getByRole("button", { name: "Filters (2)" });
  const form = page.locator("#failure-filters");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(form).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(form).toBeVisible();
  const row = page.getByTestId("failure-table").locator("tbody tr").first();
  for (const column of ["atom", "title", "phase", "when"])
    await expect(row.locator(`td.col-${column}`)).toBeVisible();
  await expect(row.locator("td.col-tinderbox")).toBeHidden();
  await page.getByRole("button", { name: "All columns" }).click();
  await expect(row.locator("td.col-tinderbox")).toBeVisible();
  const box = await row.boundingBox();
  expect(box?.width ?? 0).toBeLessThanOrEqual(WIDTH);
});

test("on a wide screen the filter form shows without a button", async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto("/failures?kind=compile");
  await expect(page.locator("#failure-filters")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Filters \(/ })).toBeHidden();
  await expect(page.getByRole("button", { name: "All columns" })).toBeHidden();
});

test("on a phone, buttons, selects and checkboxes of the failure and bug pages are at least 24 px", async ({
  page,
}) => {
  await page.context().addCookies(await sessionCookies(page.context().browser() as Browser, "maintainer"));
  for (const route of ["/builds/[id]", "/builds/[id]/bug", "/failures"]) {
    const url = await pageUrl(page, route);
    await page.goto(url);
    await settle(page);
    const small = await page
      .locator('main button:visible, main select:visible, main input[type="checkbox"]:visible')
      .evaluateAll((els) =>
        els
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.height < 24 || box.width < 24)
          .map(
            ({ el, box }) =>
              `${el.tagName} "${el.textContent?.trim().slice(0, 20)}" ${box.width}x${box.height}`,
          ),
      );
    expect(small, url).toEqual([]);
  }
});
