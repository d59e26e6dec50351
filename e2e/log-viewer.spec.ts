// The log viewer: every demo failure opens at its primary error, permalinks
// restore their range, search counts are true, archive members open, and a
// 100 MB log page never sends the whole file.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { expect, type Page, test } from "@playwright/test";
import { bigBuildLog } from "../lib/files/testing/big-log";
import { openCorpusFailure, POPT_CASE } from "./corpus-builds";

// Each test walks failure list -> build page -> file page; on a loaded 2-core box that can pass 30 s.
test.describe.configure({ timeout: 90_000 });

const GENERATED = path.resolve(__dirname, "..", "fixtures", "corpus", "generated");
const KINDS = [
  "compile-c-implicit-decl-popt",
  "configure-autoconf-tmux-libevent-missing",
  "dependency-required-use-unsatisfied-sox",
  "fetch-checksum-size-mismatch-libsndfile",
  "install-no-rule-framing-html-libogg",
  "link-undefined-reference-pow-hello",
  "merge-file-collision-dos2unix-hd2u",
  "oom-killed-cc1plus-tinyxml2",
  "sandbox-install-without-destdir-hello",
  "test-automake-check-libyaml",
];

interface Expected {
  atom: string;
  kind: string;
  primary: { line: number; text: string };
}

const expectedOf = (caseName: string) =>
  JSON.parse(readFileSync(path.join(GENERATED, caseName, "expected.json"), "utf8")) as Expected;

/** From the failure list to the build page, then the file page of the file whose role is `role`. */
async function openFileOf(page: Page, caseName: string, role = "build-log"): Promise<string> {
  await openCorpusFailure(page, caseName);
  const link = page
    .getByTestId("file-list")
    .locator("tr", { hasText: role })
    .locator('a[href^="/files/"]')
    .first();
  const href = (await link.getAttribute("href")) ?? "";
  expect(href).toMatch(/^\/files\/\d+$/);
  await page.goto(href);
  // The spacer replaces the server-rendered rows once the client part is hydrated.
  await expect(page.locator(".lv-spacer")).toBeAttached();
  return href;
}

async function expectRowInView(page: Page, line: number) {
  const row = page.locator(`.lv-row[data-line="${line}"]`);
  await expect(row).toBeInViewport();
  return row;
}

for (const caseName of KINDS) {
  test(`the ${caseName} log opens at its primary error`, async ({ page }) => {
    const expected = expectedOf(caseName);
    await openFileOf(page, caseName);
    const focused = page.locator(".lv-row.lv-focus");
    await expect(focused).toBeInViewport();
    await expect(focused).toContainText(expected.primary.text.trim().slice(0, 40));
  });
}

test("a permalink restores its range, and shift-click extends it", async ({ page }) => {
  const href = await openFileOf(page, POPT_CASE);
  await page.goto(`${href}#L150-L155`);
  await expectRowInView(page, 150);
  await expect(page.locator(".lv-row.lv-selected")).toHaveCount(6);
  await page.locator('.lv-row[data-line="152"] .lv-num').click();
  await expect(page).toHaveURL(/#L152$/);
  await page.locator('.lv-row[data-line="158"] .lv-num').click({ modifiers: ["Shift"] });
  await expect(page).toHaveURL(/#L152-L158$/);
  await expect(page.locator(".lv-row.lv-selected")).toHaveCount(7);
  // Any link to #L<n> on the page moves the viewer.
  await page.evaluate(() => {
    window.location.hash = "#L3";
  });
  await expectRowInView(page, 3);
});

test("search counts every match in the whole file", async ({ page }) => {
  const log = readFileSync(path.join(GENERATED, "compile-c-implicit-decl-popt", "build.log"), "utf8");
  const lines = log.split("\n").map((line) => line.toLowerCase());
  const total = lines.reduce((sum, line) => sum + line.split("error").length - 1, 0);
  const matchingLines = lines.filter((line) => line.includes("error")).length;
  await openFileOf(page, POPT_CASE);
  await page.getByRole("searchbox", { name: "Search the whole log" }).fill("ERROR");
  await page.getByRole("searchbox", { name: "Search the whole log" }).press("Enter");
  await expect(page.getByTestId("search-count")).toContainText(`${total} matches on ${matchingLines} lines`);
  await expect(page.locator(".lv-row.lv-current-match")).toBeInViewport();
});

test("an archive member opens in the viewer, with failed tests marked", async ({ page }) => {
  await openArchive(page, "test-automake-check-libyaml");
  await page.getByTestId("member-tree").getByRole("link", { name: "test-suite.log" }).click();
  await expect(page.getByTestId("member-view")).toBeVisible();
  await expect(page).toHaveURL(/member=.*test-suite\.log/);
  await expect(page.locator(".lv-row.lv-focus")).toContainText("FAIL");
  await page.getByTestId("member-tree").getByRole("link", { name: "config.log" }).click();
  await expect(page.locator('.lv-row[data-line="1"]')).toContainText("This file contains any messages");
});

async function openArchive(page: Page, caseName: string) {
  await openCorpusFailure(page, caseName);
  await page.getByTestId("file-list").getByRole("link", { name: "logs.tar.xz" }).click();
  await expect(page.getByTestId("member-tree")).toBeVisible();
}

test.describe("a 100 MB log", () => {
  test.setTimeout(300_000);
  const megabytes = Number(process.env.E2E_BIG_LOG_MB ?? 100);
  let fileHref = "";

  // Uploaded through the real API (and ingest); the idempotency key makes a
  // second run against the same server reuse it.
  test.beforeAll(async ({ request, browser }) => {
    test.setTimeout(300_000); // generating, compressing and ingesting 100 MB
    const token = readFileSync(
      path.resolve(__dirname, "..", ".data", `e2e-token-${process.env.E2E_PORT ?? "3100"}`),
      "utf8",
    ).trim();
    const log = bigBuildLog(megabytes * 1024 * 1024, "e2e");
    const gz = gzipSync(Buffer.concat([...log.pieces]), { level: 1 });
    const response = await request.post("/api/v1/results", {
      headers: { authorization: `Bearer ${token}` },
      multipart: {
        meta: JSON.stringify({
          idempotencyKey: `e2e-big-log-${megabytes}`,
          atom: log.atom,
          status: "failed",
        }),
        file: { name: `${log.fileName}.gz`, mimeType: "application/gzip", buffer: gz },
      },
      timeout: 240_000,
    });
    expect(response.status()).toBeLessThan(300);
    const { id } = (await response.json()) as { id: number };
    const page = await browser.newPage();
    await page.goto(`/builds/${id}`);
    fileHref =
      (await page.getByTestId("file-list").locator('a[href^="/files/"]').first().getAttribute("href")) ?? "";
    await page.close();
  });

  test("opens at the primary error without sending the whole file", async ({ page }) => {
    const transferred: Array<{ url: string; bytes: number }> = [];
    page.on("requestfinished", async (request) => {
      const sizes = await request.sizes();
      transferred.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
    });
    await page.goto(fileHref);
    const focused = page.locator(".lv-row.lv-focus");
    await expect(focused).toBeInViewport();
    await expect(focused).toContainText("FNM_PATHNAME");
    const document = transferred.find((t) => t.url.endsWith(fileHref));
    expect(document?.bytes ?? 0).toBeLessThan(1024 * 1024);
    // Scroll through the middle: windows are fetched, never the raw file.
    await page.getByTestId("log-scroller").evaluate((el) => {
      el.scrollTop = el.scrollHeight / 2;
    });
    await expect(page.locator(".lv-row .lv-text:not(.lv-pending)").first()).toBeVisible();
    await page.waitForLoadState("networkidle");
    const total = transferred.reduce((sum, t) => sum + t.bytes, 0);
    console.log(
      `100 MB log page: document ${document?.bytes} B, total ${total} B in ${transferred.length} requests`,
    );
    expect(transferred.some((t) => t.url.includes("/raw"))).toBe(false);
    expect(total).toBeLessThan(5 * 1024 * 1024);
  });
});
