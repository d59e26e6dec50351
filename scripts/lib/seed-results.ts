// Feeds generated results through the same ingest pipeline an upload takes, so
// demo and test data are stored, analysed and deduplicated like real uploads.
import { Readable } from "node:stream";
import { db } from "../../lib/db";
import { type IngestOutcome, ingestUpload } from "../../lib/ingest/ingest-upload";
import { ensureTinderbox } from "../../lib/ingest/tinderboxes";
import type { UploadPart } from "../../lib/ingest/upload-parts";
import type { SyntheticResult } from "../../lib/synthetic";

export interface SeedTally {
  created: number;
  present: number;
  rejected: string[];
}

export async function seedResults(
  results: Iterable<SyntheticResult>,
  onProgress?: (done: number) => void,
  concurrency = 4,
): Promise<SeedTally> {
  const tally: SeedTally = { created: 0, present: 0, rejected: [] };
  const iterator = results[Symbol.iterator]();
  let done = 0;
  const worker = async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      const outcome = await seedOne(next.value);
      if (!outcome.ok) tally.rejected.push(`${next.value.meta.atom}: ${outcome.code} ${outcome.message}`);
      else if (outcome.created) tally.created += 1;
      else tally.present += 1;
      onProgress?.(++done);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return tally;
}

async function seedOne(result: SyntheticResult): Promise<IngestOutcome> {
  const { name, ...facts } = result.tinderbox;
  const { id } = await ensureTinderbox(name);
  await db.tinderbox.update({ where: { id }, data: facts });
  return ingestUpload(parts(result), { tinderboxId: id, tokenId: null });
}

async function* parts(result: SyntheticResult): AsyncGenerator<UploadPart> {
  yield { type: "meta", text: JSON.stringify(result.meta) };
  for (const file of result.files)
    yield { type: "file", name: file.name, stream: Readable.from([file.content]) };
}
