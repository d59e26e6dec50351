// The multipart/form-data body of one upload, produced as a stream: the framing and
// the files' chunks are yielded as they are needed, so memory stays flat for a 1 GB
// log and backpressure from the socket paces the generator.
import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import type { ResultPayload } from "./payloads";

export interface MultipartBody {
  contentType: string;
  /** A fresh stream per call: each attempt of a retry sends the body from the start. */
  open(onBytes: (bytes: number) => void): Readable;
}

export function multipartBody(payload: ResultPayload): MultipartBody {
  const boundary = `kindling-bench-${randomBytes(12).toString("hex")}`;
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    open: (onBytes) => Readable.from(counted(frames(payload, boundary), onBytes), { objectMode: false }),
  };
}

function* frames(payload: ResultPayload, boundary: string): Generator<Buffer> {
  // meta first: the server refuses files before it (docs/upload-format.md).
  yield Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="meta"\r\n\r\n${JSON.stringify(payload.meta)}\r\n`,
  );
  for (const file of payload.files) {
    yield Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename=${JSON.stringify(file.name)}\r\n` +
        "Content-Type: application/octet-stream\r\n\r\n",
    );
    yield* file.chunks();
    yield Buffer.from("\r\n");
  }
  yield Buffer.from(`--${boundary}--\r\n`);
}

function* counted(source: Iterable<Buffer>, onBytes: (bytes: number) => void): Generator<Buffer> {
  for (const chunk of source) {
    onBytes(chunk.length);
    yield chunk;
  }
}
