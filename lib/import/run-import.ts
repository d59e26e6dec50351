// Imports discovered units one after another (a few at a time) and counts
// what happened to each: imported, already present, or rejected with a reason.
import { type IngestOutcome, ingestUpload } from "../ingest/ingest-upload";
import { ingestLimits } from "../ingest/limits";
import { ensureTinderbox } from "../ingest/tinderboxes";
import { uploadThroughApi } from "./api-upload";
import type { ImportUnit } from "./import-unit";
import { unitParts } from "./unit-parts";

export interface ImportTarget {
  /** Forces every unit into this tinderbox (direct mode). */
  tinderbox?: string;
  api?: { url: string; token: string };
}

export interface ImportTally {
  imported: number;
  present: number;
  rejected: Array<{ label: string; reason: string }>;
}

export const DEFAULT_TINDERBOX = "local-import";

export async function importUnits(
  units: ImportUnit[],
  target: ImportTarget,
  onProgress: (done: number, tally: ImportTally) => void,
  concurrency = 3,
): Promise<ImportTally> {
  const tally: ImportTally = { imported: 0, present: 0, rejected: [] };
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < units.length) {
      const unit = units[next++];
      const outcome = await importOne(unit, target).catch(
        (err: Error): IngestOutcome => ({ ok: false, status: 0, code: "error", message: err.message }),
      );
      if (!outcome.ok)
        tally.rejected.push({ label: unit.label, reason: `${outcome.code}: ${outcome.message}` });
      else if (outcome.created) tally.imported += 1;
      else tally.present += 1;
      onProgress(++done, tally);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, units.length) }, worker));
  return tally;
}

async function importOne(unit: ImportUnit, target: ImportTarget): Promise<IngestOutcome> {
  if (target.api) return uploadThroughApi(unit, target.api.url, target.api.token);
  const name = target.tinderbox ?? unit.tinderbox ?? DEFAULT_TINDERBOX;
  const tinderbox = await ensureTinderbox(name);
  return ingestUpload(unitParts(unit, ingestLimits()), { tinderboxId: tinderbox.id, tokenId: null });
}
