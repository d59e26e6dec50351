// Picks the parser for an upload body by its Content-Type (docs/upload-format.md).
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import { UploadRejected } from "../http/upload-rejected";
import { bundleParts } from "./bundle-parts";
import type { IngestLimits } from "./limits";
import { multipartParts } from "./multipart-parts";
import type { UploadParts } from "./upload-parts";

const BUNDLE_TYPES = /^application\/(x-tar|tar|gzip|x-gzip|x-xz|x-bzip2|octet-stream)\b/i;

export interface RequestBody {
  body: Readable;
  parts: UploadParts;
}

export function partsFromRequest(request: Request, limits: IngestLimits): RequestBody {
  const contentType = request.headers.get("content-type") ?? "";
  if (!request.body) throw new UploadRejected("empty_body", "the request has no body");
  const isMultipart = /^multipart\/form-data/i.test(contentType);
  if (!isMultipart && !BUNDLE_TYPES.test(contentType)) {
    throw new UploadRejected(
      "unsupported_media_type",
      `Content-Type must be multipart/form-data or a tar bundle (application/x-tar, gzip, x-xz, x-bzip2), not '${contentType}'`,
      415,
    );
  }
  const body = Readable.fromWeb(request.body as unknown as NodeWebReadableStream<Uint8Array>);
  const parts = isMultipart
    ? multipartParts(body, contentType, { maxFileBytes: limits.maxFileBytes, maxFiles: limits.maxFiles })
    : bundleParts(body, limits);
  return { body, parts };
}
