// An import unit as upload parts, for ingest in this process.
import { createReadStream } from "node:fs";
import { bundleParts } from "../ingest/bundle-parts";
import type { IngestLimits } from "../ingest/limits";
import type { UploadPart, UploadParts } from "../ingest/upload-parts";
import type { ImportUnit } from "./import-unit";

export function unitParts(unit: ImportUnit, limits: IngestLimits): UploadParts {
  if (unit.bundlePath) return bundleParts(createReadStream(unit.bundlePath), limits);
  return fileParts(unit);
}

async function* fileParts(unit: ImportUnit): AsyncGenerator<UploadPart> {
  yield { type: "meta", text: unit.rawMeta ?? JSON.stringify(unit.meta) };
  // Each file is opened only when ingest asks for it, so one descriptor is open at a time.
  for (const file of unit.files) yield { type: "file", name: file.name, stream: createReadStream(file.path) };
}
