// One address per page of the route list (tests/security/route-matrix.ts PAGES),
// for the specs that must visit every page (a11y, mobile). Dynamic segments are
// filled from the e2e seed or from the first link of the list page that leads
// there. A page added to the matrix without an entry here fails those specs.
import { expect, type Page } from "@playwright/test";
import { PAGES } from "../tests/security/route-matrix";
import { corpusBuildPath, POPT_CASE } from "./corpus-builds";

type Resolve = (page: Page) => Promise<string>;

/** The href of the first link on `listPath` that matches `selector`. */
function firstLink(listPath: string, selector: string): Resolve {
  return async (page) => {
    await page.goto(listPath);
    const href = await page.locator(selector).first().getAttribute("href");
    if (!href) throw new Error(`no link ${selector} on ${listPath}`);
    return href;
  };
}

/** A grep job of its own: started through the form (anyone may grep), its page is where the form leads. */
const grepJob: Resolve = async (page) => {
  await page.goto("/grep");
  await page.getByLabel("Pattern").fill("error:");
  await page.getByRole("button", { name: "Grep" }).click();
  await page.waitForURL(/\/grep\/[^/?]+$/);
  // Measured once the job has ended: a live job's page refreshes every second,
  // and a check that lands mid-refresh sees a document between two renders
  // (once: no <title>), which is the refresh, not the page.
  await expect(page.getByTestId("grep-state")).not.toHaveText(/^(queued|running)$/, { timeout: 60_000 });
  return new URL(page.url()).pathname;
};

const fixed =
  (path: string): Resolve =>
  async () =>
    path;

const RESOLVERS: Record<string, Resolve> = {
  "/": fixed("/"),
  "/failures": fixed("/failures"),
  "/builds/[id]": async () => corpusBuildPath(POPT_CASE),
  "/builds/[id]/bug": async () => `${corpusBuildPath(POPT_CASE)}/bug`,
  "/c": fixed("/c"),
  "/c/[category]": fixed("/c/dev-libs"),
  "/p/[category]/[name]": fixed("/p/dev-libs/popt"),
  "/signatures": fixed("/signatures"),
  "/signatures/[id]": firstLink("/signatures", 'main a[href^="/signatures/"]'),
  "/causes": fixed("/causes"),
  "/causes/[id]": firstLink("/causes", 'main a[href^="/causes/"]'),
  "/diagnostics": fixed("/diagnostics"),
  "/diagnostics/[id]": firstLink("/diagnostics", 'main a[href^="/diagnostics/"]'),
  "/files/[id]": async (page) => firstLink(corpusBuildPath(POPT_CASE), 'main a[href^="/files/"]')(page),
  "/trackers": fixed("/trackers"),
  "/trackers/[id]": firstLink("/trackers", 'main a[href^="/trackers/"]'),
  "/trackers/[id]/blockers": async (page) =>
    `${await firstLink("/trackers", 'main a[href^="/trackers/"]')(page)}/blockers`,
  "/grep": fixed("/grep"),
  "/grep/[id]": grepJob,
  "/signin": fixed("/signin"),
  // An unknown token: the page that explains the invitation is not valid.
  "/invite/[token]": fixed("/invite/no-such-invitation"),
  "/account": fixed("/account"),
  "/admin": fixed("/admin"),
  "/admin/users": fixed("/admin/users"),
  "/admin/tokens": fixed("/admin/tokens"),
  "/admin/tokens/[id]": firstLink("/admin/tokens", 'main a[href^="/admin/tokens/"]'),
  "/admin/audit": fixed("/admin/audit"),
  "/admin/storage": fixed("/admin/storage"),
};

export type Visitor = "anonymous" | "maintainer" | "admin";

/** Who a page is checked as: admin pages as an admin, /account signed in, the rest signed out and as maintainer. */
export function visitorsOf(route: string): Visitor[] {
  const access = PAGES[route];
  if (access === "admin") return ["admin"];
  if (access === "signed-in" || access === "maintainer") return ["maintainer"];
  return ["anonymous", "maintainer"];
}

export const ROUTES = Object.keys(PAGES);

/** The address to open for `route`; throws for a route without a resolver. */
export async function pageUrl(page: Page, route: string): Promise<string> {
  const resolve = RESOLVERS[route];
  if (!resolve) throw new Error(`e2e/page-urls.ts has no address for the page ${route}: add one`);
  return resolve(page);
}

/**
 * Lets client components finish their first fetches (the log viewer's lines) before
 * a page is measured. Bounded: a page that polls (a live grep job) never goes idle.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined);
}
