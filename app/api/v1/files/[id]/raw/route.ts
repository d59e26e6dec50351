// GET /api/v1/files/:id/raw: the file's bytes as stored, gzip, with
// Content-Encoding: gzip (set in next.config.js, see there why), so the browser
// decodes it and saves the original file; an archive arrives as its .tar.
import { Readable } from "node:stream";
import { AccessDenied, requireRead } from "@/lib/auth/access";
import { removedError } from "@/lib/files/removed";
import { parsePositiveId } from "@/lib/http/ids";
import { gzippedJsonError as jsonError } from "@/lib/http/responses";
import { getFile } from "@/lib/queries/builds";
import { openGzipStream } from "@/lib/storage/blob-reader";

export const runtime = "nodejs";

export async function GET(
  request: Request,
  { params }: RouteContext<"/api/v1/files/[id]/raw">,
): Promise<Response> {
  const access = await readAccess();
  if (access) return access;
  const id = parsePositiveId((await params).id);
  if (id === null) return jsonError(400, "bad_id", "file id must be a positive integer");
  const file = await getFile(id);
  if (!file) return jsonError(404, "not_found", `no file ${id}`);
  const removed = removedError(file);
  if (removed) return jsonError(removed.status, removed.code, removed.message);
  // The request's signal: a download the client abandons stops its object-storage GETs at once.
  const stream = await openGzipStream(file.blobSha256, request.signal);
  if (!stream) return jsonError(404, "not_found", `the content of file ${id} is missing`);
  const headers = new Headers({
    "Content-Type": file.mediaType,
    "Content-Disposition": contentDisposition(downloadNameFor(file.name)),
    "X-Content-Type-Options": "nosniff",
    // no-transform keeps Next's compression from gzipping the gzip again.
    "Cache-Control": "private, max-age=3600, no-transform",
  });
  return new Response(Readable.toWeb(stream) as ReadableStream, { headers });
}

/** The denial to send, gzip-encoded like every answer of this route, or null when reading is allowed. */
async function readAccess(): Promise<Response | null> {
  try {
    await requireRead();
    return null;
  } catch (err) {
    if (!(err instanceof AccessDenied)) throw err;
    return jsonError(err.status, err.status === 401 ? "unauthorized" : "forbidden", err.message);
  }
}

/** Stored content is the decompressed file: name the download after it (logs.tar.xz -> logs.tar). */
function downloadNameFor(name: string): string {
  const base = name.split("/").pop() ?? name;
  return base.replace(/\.(gz|bz2|xz)$/i, "").replace(/\.t[gbx]z$/i, ".tar");
}

/** RFC 6266 with an ASCII fallback, so hostile names can't break the header. */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
