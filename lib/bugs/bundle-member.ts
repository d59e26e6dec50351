// Making one stored blob Bugzilla-ready: the whole file xz-compressed if that
// fits in 1000 KB, otherwise an xz-compressed excerpt. Called by
// bundle-cache.ts, which runs it at most once per blob and keeps the result.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { type BlobInfo, blobInfo, gzipStreamOf } from "@/lib/storage/blob-reader";
import { buildExcerpt } from "./bundle-excerpt";
import { BUGZILLA_ATTACHMENT_LIMIT } from "./bundle-limits";
import { xzCompress } from "./bundle-xz";

export type MemberVariant = "xz" | "excerpt";

export interface ReadyMember {
  variant: MemberVariant;
  data: Buffer;
}

/** Wall-time cap of one xz run; 100 MB at -0 takes ~2 s here. */
const XZ_TIMEOUT_MS = 60_000;
/**
 * xz output is rarely below ~0.4 of the stored gzip on logs (0.43 on our
 * synthetic log, 0.5-0.6 on real ones, 1 on random bytes), so past 2.5x the
 * limit the whole file will not fit: go straight to the excerpt instead of
 * compressing 100 MB to find out.
 */
const HOPELESS_GZ_BYTES = 2.5 * BUGZILLA_ATTACHMENT_LIMIT;

/**
 * -6 gives the smallest files and is fast enough (~5 MB/s) on text that
 * gzips well; on text that does not (hex dumps, binary noise) it crawls at
 * ~0.5 MB/s, and on big files any -6 costs seconds. -0 runs at 7-50 MB/s and
 * is ~25 % bigger on logs.
 */
export function xzPreset(size: number, gzSize: number): number {
  return size <= 4 * 1024 * 1024 && gzSize <= size / 5 ? 6 : 0;
}

export async function makeMember(sha256: string, signal: AbortSignal): Promise<ReadyMember> {
  const info = await blobInfo(sha256);
  if (!info) throw new Error(`blob ${sha256} is missing`);
  if (info.gzSize <= HOPELESS_GZ_BYTES) {
    const whole = await xzCompress(openText(info), {
      preset: xzPreset(info.size, info.gzSize),
      maxOutputBytes: BUGZILLA_ATTACHMENT_LIMIT,
      timeoutMs: XZ_TIMEOUT_MS,
      signal,
    });
    if (whole) return { variant: "xz", data: whole };
  }
  const excerpt = await buildExcerpt(info);
  signal.throwIfAborted();
  const data = await xzCompress(Readable.from([excerpt]), {
    preset: xzPreset(excerpt.length, info.gzSize * (excerpt.length / Math.max(1, info.size))),
    maxOutputBytes: BUGZILLA_ATTACHMENT_LIMIT,
    timeoutMs: XZ_TIMEOUT_MS,
    signal,
  });
  // The excerpt's budgets keep it far below the limit even for random bytes.
  if (!data) throw new Error(`the excerpt of ${sha256} does not fit ${BUGZILLA_ATTACHMENT_LIMIT} bytes`);
  return { variant: "excerpt", data };
}

/** The blob's bytes, streamed; destroying the result stops the chunk reads too. */
function openText(info: BlobInfo): Readable {
  const gunzip = createGunzip();
  pipeline(gzipStreamOf(info), gunzip).catch(() => {
    // pipeline has destroyed gunzip with the error; its reader sees it.
  });
  return gunzip;
}
