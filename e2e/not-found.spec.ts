// Missing things answer HTTP 404 with the app's own not-found page (inside the
// app's layout), not a 200 with an error shown, nor Next's bare default page.
import { expect, test } from "@playwright/test";

const MISSING = [
  "/builds/999999999",
  "/builds/999999999/bug",
  "/builds/not-a-number",
  "/files/999999999",
  "/signatures/999999999",
  "/p/no-such-category/no-such-package",
  "/no-such-page",
];

for (const path of MISSING) {
  test(`${path} answers 404 with the app's page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId("not-found")).toContainText("Not found");
    await expect(page.locator("header.site-header")).toContainText("Kindling");
  });
}
