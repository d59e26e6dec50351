// Missing things answer HTTP 404 with the app's own not-found page.
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
  test(`${path} answers 404 with the app's page`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(404);
    const html = await response.text();
    expect(html).toContain('data-testid="not-found"');
    expect(html).toContain("Kindling");
  });
}
