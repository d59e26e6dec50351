// The diagnostics index end to end: a tinderbox uploads a successful build that
// prints a warning, a maintainer searches its -W flag, opens the diagnostic's
// builds and lands on the warning's line in the log viewer (#L<n>).
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { postResult } from "./upload-failure";

test.describe.configure({ timeout: 60_000 });

test("search a flag, open its builds, land on the line", async ({ page, request }) => {
  // A function name of this run only: the search finds this upload's warning and nothing else.
  const func = `e2e_${randomUUID().slice(0, 8)}`;
  const pkg = `app-misc/diag${randomUUID().slice(0, 6)}`;
  const log = Buffer.from(
    [
      ">>> Compiling source in /var/tmp/portage/app-misc/x-1/work/x-1 ...",
      "x86_64-pc-linux-gnu-gcc -O2 -c main.c -o main.o",
      `main.c:12:5: warning: implicit declaration of function '${func}' [-Wimplicit-function-declaration]`,
      ">>> Source compiled.",
      `>>> ${pkg}-1.0 merged.`,
      "",
    ].join("\n"),
  );
  const response = await postResult(
    request,
    { idempotencyKey: randomUUID(), atom: `${pkg}-1.0`, status: "succeeded" },
    log,
  );
  expect(response.status()).toBe(201);
  const { id } = (await response.json()) as { id: number };

  await page.goto("/diagnostics");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Diagnostics" }).isVisible();
  const form = page.getByTestId("diagnostic-filters");
  await form.getByLabel("Flag").fill("-Wimplicit-function-declaration");
  await form.getByLabel("Text").fill(func);
  await form.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/flag=-Wimplicit-function-declaration/);

  const row = page.getByTestId("diagnostic-table").locator("tbody tr", { hasText: func });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId("diagnostic-flag")).toHaveText("-Wimplicit-function-declaration");
  await expect(row.getByTestId("diagnostic-builds")).toHaveText("1 build");
  await row.getByTestId("diagnostic-builds").click();

  await expect(page).toHaveURL(/\/diagnostics\/\d+/);
  await expect(page.getByTestId("diagnostic-text")).toHaveText(`implicit declaration of function '${func}'`);
  const build = page.getByTestId("diagnostic-build-table").locator("tbody tr", { hasText: pkg });
  await expect(build).toContainText("succeeded");
  const line = build.getByTestId("diagnostic-line-link");
  await expect(line).toHaveAttribute("href", `/builds/${id}#L3`);
  await line.click();

  await expect(page).toHaveURL(new RegExp(`/builds/${id}#L3$`));
  // The log viewer selects the line the link named.
  await expect(page.locator(".lv-row.lv-selected")).toContainText(func, { timeout: 20_000 });
});
