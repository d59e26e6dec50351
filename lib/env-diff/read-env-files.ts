// Reads a build's emerge --info and installed-package list from the blob store,
// bounded, and parses them. These files are small (tens of KiB); the bound keeps
// a mislabelled 100 MB upload from being read into memory.
import type { Readable } from "node:stream";
import { parseEmergeInfo } from "../gentoo/emerge-info";
import { installedVersions, parseInstalledPackages } from "../gentoo/installed-packages";
import { openTextStream } from "../storage/blob-reader";
import type { EnvFacts } from "./diff";

export const MAX_ENV_FILE_BYTES = 8 * 1024 * 1024;

export interface EnvFile {
  role: string;
  blobSha256: string;
}

const INSTALLED_ROLES = ["qlist-info", "installed-packages"];

/** The build's environment facts, or null parts when it carries no such file. */
export async function readEnvFacts(files: readonly EnvFile[]): Promise<EnvFacts> {
  const emergeInfo = files.find((file) => file.role === "emerge-info");
  const installed = INSTALLED_ROLES.map((role) => files.find((file) => file.role === role)).find(Boolean);
  const [emergeInfoText, installedText] = await Promise.all([
    emergeInfo ? readBoundedText(emergeInfo.blobSha256) : null,
    installed ? readBoundedText(installed.blobSha256) : null,
  ]);
  return {
    emergeInfo: emergeInfoText === null ? null : parseEmergeInfo(emergeInfoText),
    installed: installedText === null ? null : installedVersions(parseInstalledPackages(installedText)),
  };
}

/** The first MAX_ENV_FILE_BYTES of a blob as text; null when the blob is missing. */
export async function readBoundedText(sha256: string, maxBytes = MAX_ENV_FILE_BYTES): Promise<string | null> {
  const stream = await openTextStream(sha256);
  if (!stream) return null;
  return collectBounded(stream, maxBytes);
}

export async function collectBounded(stream: Readable, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      chunks.push(buffer.subarray(0, maxBytes - length));
      length += Math.min(buffer.length, maxBytes - length);
      if (length >= maxBytes) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).toString("utf8");
}
