// A tinderbox uploads a result through the API and it appears in the list.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

const LOG = path.resolve(
  __dirname,
  "..",
  "fixtures",
  "corpus",
  "generated",
  "link-undefined-reference-pow-hello",
  "build.log",
);

test("an uploaded result is answered 201, then 200 on retry, and shows up", async ({ page, request }) => {
  const token =
    process.env.E2E_UPLOAD_TOKEN ??
    readFileSync(
      path.resolve(__dirname, "..", ".data", `e2e-token-${process.env.E2E_PORT ?? "3100"}`),
      "utf8",
    ).trim();
  const key = `e2e-${Date.now()}`;
  const multipart = {
    meta: JSON.stringify({ idempotencyKey: key, atom: "app-misc/hello-2.10-r9" }),
    file: { name: "build.log", mimeType: "text/plain", buffer: readFileSync(LOG) },
  };
  const first = await request.post("/api/v1/results", {
    headers: { authorization: `Bearer ${token}` },
    multipart,
  });
  expect(first.status()).toBe(201);
  const { id, url } = (await first.json()) as { id: number; url: string };
  expect(url).toMatch(new RegExp(`/builds/${id}$`));
  const retry = await request.post("/api/v1/results", {
    headers: { authorization: `Bearer ${token}` },
    multipart,
  });
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
