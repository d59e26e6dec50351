// Test helper: stores a build through the same ingest pipeline an upload takes,
// under a tinderbox of its own, so each test's rows are its alone.
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { ingestUpload } from "../ingest-upload";
import { ensureTinderbox } from "../tinderboxes";
import type { UploadPart } from "../upload-parts";

/** The new build's id; throws when ingest refuses the upload. */
export async function seedUpload(
  files: Record<string, Buffer | string>,
  meta: Record<string, string> = {},
): Promise<number> {
  const tinderbox = await ensureTinderbox(`seed-${randomUUID()}`);
  async function* parts(): AsyncGenerator<UploadPart> {
    yield { type: "meta", text: JSON.stringify({ idempotencyKey: randomUUID(), ...meta }) };
    for (const [name, content] of Object.entries(files))
      yield { type: "file", name, stream: Readable.from([Buffer.from(content)]) };
  }
  const outcome = await ingestUpload(parts(), { tinderboxId: tinderbox.id, tokenId: null });
  if (!outcome.ok) throw new Error(`seeding failed: ${outcome.code} ${outcome.message}`);
  return outcome.id;
}
