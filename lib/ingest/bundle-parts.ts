// Tar bundle upload bodies (optionally gz/bz2/xz): kindling.json first, then
// the files. Hostile members (absolute or ".." paths, links, devices, too many
// or too large members) are refused by readUploadBundle before any byte is kept.
import type { Readable } from "node:stream";
import { readUploadBundle } from "./archive";
import { decompressStream } from "./decompress";
import { UploadRejected } from "./errors";
import type { IngestLimits } from "./limits";
import type { UploadPart, UploadParts } from "./upload-parts";

const MAX_META_BYTES = 1024 * 1024;

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
    if (member.path === "kindling.json") yield { type: "meta", text: await readMeta(member.stream) };
    else yield { type: "file", name: member.path, stream: member.stream };
  }
}

async function readMeta(stream: Readable): Promise<string> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > MAX_META_BYTES) throw new UploadRejected("meta_too_large", "kindling.json is over 1 MiB");
    parts.push(chunk as Buffer);
  }
  return Buffer.concat(parts).toString("utf8");
}
