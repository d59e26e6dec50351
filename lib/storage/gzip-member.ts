// Chunk format. Chromium decodes only the FIRST member of a multi-member gzip
// response (measured with Chromium 156, docs/storage.md), so chunks cannot just
// be gzipped and concatenated. Each chunk is instead a gzip member whose deflate
// data ends with a sync flush followed by an empty final block: standalone it is
// a valid member (the window reader gunzips it alone); to serve a blob, the
// members are spliced into ONE member by dropping the inner headers, final
// blocks and trailers, and combining the CRCs. No recompression.
import { promisify } from "node:util";
import { constants, crc32, deflateRaw } from "node:zlib";
import { crc32Combine } from "./crc32-combine";

const deflateRawAsync = promisify(deflateRaw);

// Fixed header: no name, no mtime, OS = unix. Every chunk starts with exactly these bytes.
const HEADER = Buffer.from("1f8b0800000000000003", "hex");
const FINAL_EMPTY_BLOCK = Buffer.from("0300", "hex");
const TRAILER_BYTES = 8;
/** Bytes one member costs beyond its deflate body; the served stream pays it once. */
export const MEMBER_OVERHEAD = HEADER.length + FINAL_EMPTY_BLOCK.length + TRAILER_BYTES;

// zlib's default 16 KiB output buffer makes a 1 MiB chunk ~10 round trips between
// the main thread and the libuv pool, and those hand-overs cost the main thread
// ~1.9 ms per MiB in bench:ingest (profiled), more than the compression itself.
// Half the raw size holds the output of any log in one pass (level 1 compresses
// logs ~6x); less compressible data just takes a second pass.
function outputBufferSize(rawSize: number): number {
  return Math.max(64 * 1024, Math.ceil(rawSize / 2));
}

// memLevel 9 (zlib's default is 8): a larger hash table, ~5 % less CPU at level 1 on
// 1 MiB of build log (3.69 against 3.91 ms, same output size) for 128 KiB more per stream.
const MEM_LEVEL = 9;

export async function gzipMember(raw: Buffer, level: number): Promise<Buffer> {
  const body = await deflateRawAsync(raw, {
    level,
    memLevel: MEM_LEVEL,
    finishFlush: constants.Z_SYNC_FLUSH,
    chunkSize: outputBufferSize(raw.length),
  });
  return Buffer.concat([HEADER, body, FINAL_EMPTY_BLOCK, trailer(crc32(raw), raw.length)]);
}

function trailer(crc: number, size: number): Buffer {
  const out = Buffer.alloc(TRAILER_BYTES);
  out.writeUInt32LE(crc >>> 0, 0);
  out.writeUInt32LE(size % 2 ** 32, 4);
  return out;
}

/** Length of the spliced stream of members whose sizes add up to `memberBytes`. */
export function splicedSize(memberBytes: number, memberCount: number): number {
  return memberBytes - MEMBER_OVERHEAD * Math.max(memberCount - 1, 0);
}

/** One gzip member made of the chunk members, streamed: header, bodies, final block, trailer. */
export async function* spliceMembers(members: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let crc = 0;
  let size = 0;
  yield HEADER;
  for await (const member of members) {
    const bodyEnd = member.length - TRAILER_BYTES - FINAL_EMPTY_BLOCK.length;
    const wellFormed =
      member.subarray(0, HEADER.length).equals(HEADER) &&
      member.subarray(bodyEnd, bodyEnd + FINAL_EMPTY_BLOCK.length).equals(FINAL_EMPTY_BLOCK);
    if (!wellFormed) throw new Error("stored chunk is not a Kindling gzip member");
    const memberSize = member.readUInt32LE(member.length - 4);
    crc = crc32Combine(crc, member.readUInt32LE(member.length - 8), memberSize);
    size += memberSize;
    yield member.subarray(HEADER.length, bodyEnd);
  }
  yield FINAL_EMPTY_BLOCK;
  yield trailer(crc, size);
}
