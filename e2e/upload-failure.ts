// Fresh failures of a package of their own, uploaded through the API the way a
// tinderbox does, so a spec that changes triage touches no other spec's rows.
// Every e2e upload goes through postResult, so the token and multipart shape live here.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, type APIResponse, expect } from "@playwright/test";
import { e2eDataFile } from "./auth-helpers";

/** The build log of a corpus case, e.g. "compile-c-implicit-decl-popt". */
export function corpusLog(caseName: string): Buffer {
  return readFileSync(
    path.resolve(__dirname, "..", "fixtures", "corpus", "generated", caseName, "build.log"),
  );
}

const LOG = corpusLog("link-undefined-reference-pow-hello");

/** The e2e server's upload token: written by the seed, or given by E2E_UPLOAD_TOKEN. */
export function uploadToken(): string {
  return process.env.E2E_UPLOAD_TOKEN ?? e2eDataFile("e2e-token");
}

/** POST /api/v1/results with `meta` and one plain-text build.log, as a tinderbox does. */
export function postResult(
  request: APIRequestContext,
  meta: Record<string, string>,
  log: Buffer,
): Promise<APIResponse> {
  return request.post("/api/v1/results", {
    headers: { authorization: `Bearer ${uploadToken()}` },
    multipart: {
      meta: JSON.stringify(meta),
      file: { name: "build.log", mimeType: "text/plain", buffer: log },
    },
  });
}

/** Uploads `count` failures of a new package app-misc/<name>; returns the package and the build ids. */
export async function uploadFailures(
  request: APIRequestContext,
  count: number,
): Promise<{ pkg: string; ids: number[] }> {
  const pkg = `app-misc/e2e${randomUUID().slice(0, 8)}`;
  const ids: number[] = [];
  for (let index = 0; index < count; index++) {
    const response = await postResult(
      request,
      { idempotencyKey: randomUUID(), atom: `${pkg}-1.${index}` },
      LOG,
    );
    expect(response.status()).toBe(201);
    ids.push(((await response.json()) as { id: number }).id);
  }
  return { pkg, ids };
}
