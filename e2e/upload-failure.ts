// Fresh failures of a package of their own, uploaded through the API the way a
// tinderbox does, so a spec that changes triage touches no other spec's rows.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, expect } from "@playwright/test";

const LOG = readFileSync(
  path.resolve(
    __dirname,
    "..",
    "fixtures",
    "corpus",
    "generated",
    "link-undefined-reference-pow-hello",
    "build.log",
  ),
);

function uploadToken(): string {
  const port = process.env.E2E_PORT ?? "3100";
  return (
    process.env.E2E_UPLOAD_TOKEN ??
    readFileSync(path.resolve(__dirname, "..", ".data", `e2e-token-${port}`), "utf8").trim()
  );
}

/** Uploads `count` failures of a new package app-misc/<name>; returns the package and the build ids. */
export async function uploadFailures(
  request: APIRequestContext,
  count: number,
): Promise<{ pkg: string; ids: number[] }> {
  const pkg = `app-misc/e2e${randomUUID().slice(0, 8)}`;
  const ids: number[] = [];
  for (let index = 0; index < count; index++) {
    const response = await request.post("/api/v1/results", {
      headers: { authorization: `Bearer ${uploadToken()}` },
      multipart: {
        meta: JSON.stringify({ idempotencyKey: randomUUID(), atom: `${pkg}-1.${index}` }),
        file: { name: "build.log", mimeType: "text/plain", buffer: LOG },
      },
    });
    expect(response.status()).toBe(201);
    ids.push(((await response.json()) as { id: number }).id);
  }
  return { pkg, ids };
}
