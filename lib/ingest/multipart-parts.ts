// multipart/form-data upload bodies, parsed as a stream with busboy so that a
// 1 GB log never sits in memory. Limits are enforced while parsing.
import { PassThrough, type Readable } from "node:stream";
import busboy from "busboy";
import { UploadRejected } from "../http/upload-rejected";
import { MAX_META_BYTES, PartQueue, readMetaText, type UploadPart, type UploadParts } from "./upload-parts";

export interface MultipartLimits {
  maxFileBytes: number;
  maxFiles: number;
}

export function multipartParts(body: Readable, contentType: string, limits: MultipartLimits): UploadParts {
  const queue = new PartQueue<UploadPart>();
  let current: PassThrough | undefined;
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      limits: {
        fileSize: limits.maxFileBytes,
        files: limits.maxFiles,
        fields: 10,
        fieldSize: MAX_META_BYTES,
      },
      preservePath: true,
    });
  } catch (err) {
    queue.fail(new UploadRejected("bad_multipart", `malformed multipart request: ${(err as Error).message}`));
    return queue;
  }
  parser.on("field", (name, value, info) => {
    if (name !== "meta")
      return queue.fail(new UploadRejected("unknown_field", `unknown form field '${name}'`));
    if (info.valueTruncated) return queue.fail(new UploadRejected("meta_too_large", "meta is over 1 MiB"));
    queue.push({ type: "meta", text: value });
  });
  parser.on("file", (fieldName, stream, info) => {
    if (fieldName === "meta") {
      readMetaText(stream, "meta").then(
        (text) => queue.push({ type: "meta", text }),
        (err: Error) => queue.fail(err),
      );
      return;
    }
    // Errors inside a part (a cut-off body, a part over the limit) reach ingest as
    // UploadRejected through this pass-through, so they answer 4xx, not 500.
    const part = new PassThrough();
    // The error is read by whoever consumes the part; until then it must not crash the process.
    part.on("error", () => {});
    current = part;
    stream.on("limit", () =>
      part.destroy(
        new UploadRejected(
          "file_too_large",
          `file '${info.filename}' is over ${limits.maxFileBytes} bytes`,
          413,
        ),
      ),
    );
    stream.on("error", (err: Error) => part.destroy(asRejection(err)));
    stream.pipe(part);
    queue.push({ type: "file", name: info.filename ?? "", stream: part });
  });
  parser.on("filesLimit", () =>
    queue.fail(new UploadRejected("too_many_files", `more than ${limits.maxFiles} files in one result`, 413)),
  );
  parser.on("fieldsLimit", () => queue.fail(new UploadRejected("bad_multipart", "too many form fields")));
  parser.on("error", (err: Error) => {
    const rejection = asRejection(err);
    current?.destroy(rejection);
    queue.fail(rejection);
  });
  parser.on("close", () => queue.end());
  // A dropped connection must fail the part being read too, or ingest waits for it forever.
  body.on("error", (err) => {
    const rejection = new UploadRejected("aborted", `upload interrupted: ${err.message}`);
    current?.destroy(rejection);
    parser.destroy(rejection);
    queue.fail(rejection);
  });
  body.pipe(parser);
  return queue;
}

function asRejection(err: Error): UploadRejected {
  return err instanceof UploadRejected
    ? err
    : new UploadRejected("bad_multipart", `malformed multipart request: ${err.message}`);
}
