// Tar bundle upload bodies (optionally gz/bz2/xz): kindling.json first, then
// the files. Hostile members (absolute or ".." paths, links, devices, too many
// or too large members) are refused by readUploadBundle before any byte is kept.
import type { Readable } from "node:stream";
import { readUploadBundle } from "./archive";
import { decompressStream } from "./decompress";
import type { IngestLimits } from "./limits";
import { readMetaText, type UploadPart, type UploadParts } from "./upload-parts";

export function bundleParts(body: Readable, limits: IngestLimits): UploadParts {
  return readBundle(body, limits);
}

async function* readBundle(body: Readable, limits: IngestLimits): AsyncGenerator<UploadPart> {
  const { stream } = await decompressStream(body);
  const members = readUploadBundle(stream, {
    maxMembers: limits.maxFiles + 1,
    maxMemberBytes: limits.maxFileBytes,
    maxTotalBytes: limits.maxResultBytes,
  });
  for await (const member of members) {
    if (member.path === "kindling.json")
      yield { type: "meta", text: await readMetaText(member.stream, "kindling.json") };
    else yield { type: "file", name: member.path, stream: member.stream };
  }
}
