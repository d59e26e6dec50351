// A tinderbox uploads a result through the API and it appears in the list.
import { expect, test } from "@playwright/test";
import { corpusLog, postResult } from "./upload-failure";

test("an uploaded result is answered 201, then 200 on retry, and shows up", async ({ page, request }) => {
  const meta = { idempotencyKey: `e2e-${Date.now()}`, atom: "app-misc/hello-2.10-r9" };
  const log = corpusLog("link-undefined-reference-pow-hello");
  const first = await postResult(request, meta, log);
  expect(first.status()).toBe(201);
  const { id, url } = (await first.json()) as { id: number; url: string };
  expect(url).toMatch(new RegExp(`/builds/${id}$`));
  const retry = await postResult(request, meta, log);
  expect(retry.status()).toBe(200);
  expect(((await retry.json()) as { id: number }).id).toBe(id);

  await page.goto(`/builds/${id}`);
  await expect(page.getByTestId("build-title")).toContainText("app-misc/hello-2.10-r9 - ");
  await expect(page.getByTestId("build-facts")).toContainText("link");
});

test("an upload without a token is refused with a JSON error", async ({ request }) => {
  const response = await request.post("/api/v1/results", { multipart: { meta: "{}" } });
  expect(response.status()).toBe(401);
  expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
});
