// Thin adapter to lib/bugs/bundle-cache.ts's bugzillaAttachment (another helper
// is writing it: compressed once and cached; oversize logs become an excerpt
// with a permanent link). Until it lands, this stand-in has the same signature:
// a file within Bugzilla's limit as it is, a bigger one as its head and tail
// with a link to the whole file. Replace the body with a re-export when it exists.
import { publicBaseUrl } from "../bugs/config";
import { filePageUrl } from "../bugs/links";
import { db } from "../db";
import { openTextStream } from "../storage/blob-reader";

/** Gentoo's Bugzilla refuses attachments over 1000 KB. */
export const ATTACHMENT_LIMIT_BYTES = 1000 * 1024;
const HEAD_BYTES = 300 * 1024;
const TAIL_BYTES = 600 * 1024;

export interface BugzillaAttachmentFile {
  fileName: string;
  contentType: string;
  data: Buffer;
  summary: string;
  excerpt: boolean;
}

export async function bugzillaAttachment(
  fileId: number,
  signal?: AbortSignal,
): Promise<BugzillaAttachmentFile> {
  const file = await db.file.findUnique({ where: { id: fileId }, select: { name: true, blobSha256: true } });
  if (!file) throw new Error(`no file ${fileId}`);
  const stream = await openTextStream(file.blobSha256);
  if (!stream) throw new Error(`the content of ${file.name} is missing`);
  let head = Buffer.alloc(0);
  let tail = Buffer.alloc(0);
  let total = 0;
  for await (const chunk of stream) {
    signal?.throwIfAborted();
    const bytes = chunk as Buffer;
    total += bytes.length;
    if (head.length < HEAD_BYTES) head = Buffer.concat([head, bytes.subarray(0, HEAD_BYTES - head.length)]);
    tail = Buffer.concat([tail, bytes]);
    if (tail.length > ATTACHMENT_LIMIT_BYTES) tail = tail.subarray(tail.length - TAIL_BYTES);
  }
  if (total <= ATTACHMENT_LIMIT_BYTES)
    return { fileName: file.name, contentType: "text/plain", data: tail, summary: file.name, excerpt: false };
  const link = filePageUrl(publicBaseUrl(), fileId);
  const note = Buffer.from(
    `\n\n[... ${total - HEAD_BYTES - tail.length} bytes left out; the whole file: ${link} ...]\n\n`,
  );
  return {
    fileName: `${file.name}.excerpt.txt`,
    contentType: "text/plain",
    data: Buffer.concat([head, note, tail.subarray(Math.max(0, tail.length - TAIL_BYTES))]),
    summary: `${file.name} (excerpt; whole file: ${link})`,
    excerpt: true,
  };
}
