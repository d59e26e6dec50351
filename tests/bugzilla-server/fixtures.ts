// Rows for the Bugzilla tests: a maintainer (optionally with a stored API key)
// and builds stored through the upload pipeline on a named tinderbox.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { expect } from "vitest";
import { saveUserApiKey } from "@/lib/bugzilla/user-key";
import { db } from "@/lib/db";
import { ingestUpload } from "@/lib/ingest/ingest-upload";
import { ensureTinderbox } from "@/lib/ingest/tinderboxes";
import type { UploadPart } from "@/lib/ingest/upload-parts";

const POPT_LOG = readFileSync("fixtures/corpus/generated/compile-c-implicit-decl-popt/build.log", "utf8");

export const TEST_API_KEY = "TestKey0123456789abcdefghijklmnopqrstuvw";

export const uniqueName = () => `p${randomUUID().slice(0, 8)}`;

export async function maintainer(apiKey?: string) {
  const row = await db.user.create({ data: { email: `${randomUUID()}@example.org`, role: "maintainer" } });
  if (apiKey) expect(await saveUserApiKey(row.id, apiKey)).toEqual({ ok: true });
  return { id: row.id, email: row.email, name: "", role: "maintainer" as const };
}

export async function seedBuild(
  tinderbox: string,
  atom: string,
  options: { status?: "succeeded" | "failed"; finishedAt: string; files?: Record<string, string> },
): Promise<number> {
  const { id: tinderboxId } = await ensureTinderbox(tinderbox);
  const name = atom.split("/")[1]?.replace(/-[0-9].*$/, "") ?? "x";
  const files = options.files ?? {
    "build.log": options.status === "succeeded" ? "emerge ok\n" : POPT_LOG.replaceAll("popt", name),
  };
  async function* parts(): AsyncGenerator<UploadPart> {
    const meta = {
      idempotencyKey: randomUUID(),
      atom,
      finishedAt: options.finishedAt,
      status: options.status,
    };
    yield { type: "meta", text: JSON.stringify(meta) };
    for (const [file, text] of Object.entries(files))
      yield { type: "file", name: file, stream: Readable.from([Buffer.from(text)]) };
  }
  const outcome = await ingestUpload(parts(), { tinderboxId, tokenId: null });
  if (!outcome.ok) throw new Error(`seeding failed: ${outcome.message}`);
  return outcome.id;
}
