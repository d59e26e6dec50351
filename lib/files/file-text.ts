// The whole text of a small stored file (emerge --info, qlist-info, history),
// for the parsers behind the role-specific views. Capped: these files are a
// few hundred KiB; a bigger one is summarised from its first MAX bytes.
import { openTextStream } from "@/lib/storage/blob-reader";

export const SMALL_TEXT_MAX_BYTES = 4 * 1024 * 1024;

export async function readSmallText(sha256: string, maxBytes = SMALL_TEXT_MAX_BYTES): Promise<string | null> {
  const stream = await openTextStream(sha256);
  if (!stream) return null;
  const pieces: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      pieces.push(chunk);
      size += chunk.length;
      if (size >= maxBytes) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(pieces).subarray(0, maxBytes).toString("utf8");
}
