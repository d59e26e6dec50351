// The few S3 calls Kindling makes, each with a deadline and the caller's abort
// signal, and each failure turned into one error that names the bucket and the
// call. Works with AWS S3, MinIO, Ceph RGW and Garage (docs/storage.md).
import { createHash } from "node:crypto";
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadBucketCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";

export interface S3BucketConfig {
  bucket: string;
  /** Unset: AWS S3 itself. MinIO, Ceph RGW, Garage: their URL. */
  endpoint?: string;
  region: string;
  /** http://host/bucket/key instead of http://bucket.host/key (MinIO, Garage, most self-hosted). */
  forcePathStyle: boolean;
  /** Deadline of one call, body included. */
  timeoutMs: number;
  /** Tests pass keys; otherwise the SDK's chain (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, profiles, roles). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export interface ListedObject {
  key: string;
  lastModified: Date;
}

/** An S3 call that failed or timed out; the message says which bucket, which call and why. */
export class S3CallFailed extends Error {
  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
    this.name = "S3CallFailed";
  }
}

// DeleteObjects takes at most 1000 keys.
const DELETE_BATCH = 1000;

export class S3Bucket {
  readonly name: string;
  private readonly client: S3Client;

  constructor(readonly config: S3BucketConfig) {
    this.name = config.bucket;
    // Node 20 is this project's runtime and the pinned SDK supports it; its notice
    // about releases after January 2027 would otherwise be printed by every process.
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
    this.client = new S3Client({
      endpoint: config.endpoint,
      region: config.region,
      forcePathStyle: config.forcePathStyle,
      credentials: config.credentials,
      // MinIO, Ceph RGW and Garage releases still in use reject the SDK's default
      // CRC32 checksum headers/trailers; send them only where S3 requires them.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
      // Socket-level limits under the per-call deadline below.
      requestHandler: {
        connectionTimeout: Math.min(config.timeoutMs, 10_000),
        requestTimeout: config.timeoutMs,
      },
    });
    this.client.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === "DeleteObjectsCommand") sendContentMd5(args.request);
        return next(args);
      },
      // After the SDK's own build steps (its checksum headers), before signing.
      { step: "build", priority: "low", name: "kindlingContentMd5ForDeleteObjects" },
    );
  }

  /** Where this bucket is, for messages: "bucket kindling at http://minio:9000". */
  describe(): string {
    return `bucket ${this.name} at ${this.config.endpoint ?? `AWS S3 (${this.config.region})`}`;
  }

  async put(key: string, body: Buffer, signal?: AbortSignal): Promise<void> {
    await this.call(`PUT ${key}`, signal, (abortSignal) =>
      this.client.send(new PutObjectCommand({ Bucket: this.name, Key: key, Body: body }), { abortSignal }),
    );
  }

  async get(key: string, signal?: AbortSignal): Promise<Buffer> {
    return this.call(`GET ${key}`, signal, async (abortSignal) => {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.name, Key: key }), {
        abortSignal,
      });
      if (!out.Body) throw new Error("empty response body");
      return Buffer.from(await out.Body.transformToByteArray());
    });
  }

  /** One page (up to 1000 keys) under `prefix`, after `startAfter`; `next` is undefined on the last page. */
  async list(
    prefix: string,
    startAfter?: string,
    signal?: AbortSignal,
  ): Promise<{ objects: ListedObject[]; next?: string }> {
    return this.call(`LIST ${prefix}`, signal, async (abortSignal) => {
      const out = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.name, Prefix: prefix, StartAfter: startAfter || undefined }),
        { abortSignal },
      );
      const objects = (out.Contents ?? []).flatMap((o) =>
        o.Key ? [{ key: o.Key, lastModified: o.LastModified ?? new Date(0) }] : [],
      );
      return { objects, next: out.IsTruncated ? objects.at(-1)?.key : undefined };
    });
  }

  async deleteKeys(keys: readonly string[], signal?: AbortSignal): Promise<void> {
    for (let at = 0; at < keys.length; at += DELETE_BATCH) {
      const batch = keys.slice(at, at + DELETE_BATCH);
      await this.call(`DELETE ${batch.length} keys`, signal, async (abortSignal) => {
        const out = await this.client.send(
          new DeleteObjectsCommand({
            Bucket: this.name,
            Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true },
          }),
          { abortSignal },
        );
        const failed = out.Errors ?? [];
        if (failed.length > 0)
          throw new Error(`${failed.length} not deleted, e.g. ${failed[0].Key}: ${failed[0].Code}`);
      });
    }
  }

  /** Deletes every object whose key starts with `prefix`. */
  async deletePrefix(prefix: string, signal?: AbortSignal): Promise<number> {
    let deleted = 0;
    let after: string | undefined;
    do {
      const page = await this.list(prefix, after, signal);
      await this.deleteKeys(
        page.objects.map((o) => o.key),
        signal,
      );
      deleted += page.objects.length;
      after = page.next;
    } while (after);
    return deleted;
  }

  /** Throws S3CallFailed with a readable reason when the bucket cannot be reached or used. */
  async check(signal?: AbortSignal): Promise<void> {
    await this.call("HEAD bucket", signal, (abortSignal) =>
      this.client.send(new HeadBucketCommand({ Bucket: this.name }), { abortSignal }),
    );
  }

  destroy(): void {
    this.client.destroy();
  }

  private async call<T>(
    what: string,
    signal: AbortSignal | undefined,
    run: (abortSignal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const deadline = AbortSignal.timeout(this.config.timeoutMs);
    const abortSignal = signal ? AbortSignal.any([signal, deadline]) : deadline;
    try {
      return await run(abortSignal);
    } catch (err) {
      const reason = deadline.aborted
        ? `no answer within ${this.config.timeoutMs} ms`
        : signal?.aborted
          ? "aborted by the caller"
          : errorText(err);
      throw new S3CallFailed(`object storage ${this.describe()}: ${what} failed: ${reason}`, { cause: err });
    }
  }
}

/**
 * DeleteObjects must carry an integrity header. SDK releases since 3.729 send a
 * CRC32 one (x-amz-checksum-crc32), which AWS accepts and MinIO, Ceph RGW and
 * Garage releases still in use refuse ("Missing required header for this
 * request: Content-MD5"). Content-MD5 is what every S3 server accepts, AWS included.
 */
function sendContentMd5(request: unknown): void {
  if (typeof request !== "object" || request === null || !("headers" in request)) return;
  const { headers, body } = request as { headers: Record<string, string>; body?: unknown };
  for (const header of Object.keys(headers)) {
    const lower = header.toLowerCase();
    if (lower.startsWith("x-amz-checksum-") || lower.startsWith("x-amz-sdk-checksum-"))
      delete headers[header];
  }
  const bytes = typeof body === "string" || body instanceof Uint8Array ? body : "";
  headers["content-md5"] = createHash("md5").update(bytes).digest("base64");
}

function errorText(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const status = (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  const code = (err as { code?: string }).code;
  const detail = [err.name !== "Error" ? err.name : undefined, status ? `HTTP ${status}` : undefined, code]
    .filter(Boolean)
    .join(", ");
  return detail ? `${err.message} (${detail})` : err.message;
}
