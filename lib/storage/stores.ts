// Which store writes new blobs (KINDLING_BLOB_STORE) and which one reads a given
// blob (its Blob.store): switching the setting never strands existing blobs.
import { env } from "@/lib/env";
import type { BlobStore, BlobStoreKind } from "./blob-store";
import { DbBlobStore } from "./db-store";
import { FsBlobStore } from "./fs-store";
import { S3Bucket } from "./s3-bucket";
import { S3BlobStore } from "./s3-store";

const stores = new Map<BlobStoreKind, BlobStore>();

export function storeFor(kind: BlobStoreKind): BlobStore {
  let store = stores.get(kind);
  if (!store) {
    store = newStore(kind);
    stores.set(kind, store);
  }
  return store;
}

function newStore(kind: BlobStoreKind): BlobStore {
  if (kind === "fs") return new FsBlobStore(env().KINDLING_BLOB_DIR);
  if (kind === "s3") return new S3BlobStore(s3BucketFromEnv());
  return new DbBlobStore();
}

/** The store new uploads go to. */
export function defaultStore(): BlobStore {
  return storeFor(env().KINDLING_BLOB_STORE);
}

/** The bucket KINDLING_S3_* describe; throws a readable error when none is configured. */
export function s3BucketFromEnv(): S3Bucket {
  const e = env();
  if (!e.KINDLING_S3_BUCKET)
    throw new Error(
      "object storage is not configured: set KINDLING_S3_BUCKET (and KINDLING_S3_ENDPOINT unless AWS S3)",
    );
  return new S3Bucket({
    bucket: e.KINDLING_S3_BUCKET,
    endpoint: e.KINDLING_S3_ENDPOINT,
    region: e.KINDLING_S3_REGION,
    forcePathStyle: e.KINDLING_S3_FORCE_PATH_STYLE,
    timeoutMs: e.KINDLING_S3_TIMEOUT_MS,
  });
}

/** The bucket store (KINDLING_S3_*), typed: GC and migration need its bucket. */
export function s3Store(): S3BlobStore {
  const store = storeFor("s3");
  if (!(store instanceof S3BlobStore)) throw new Error("the s3 store is not an S3BlobStore");
  return store;
}

/** True when a bucket is configured: its objects are swept for orphans, and discards reach it. */
export function s3Configured(): boolean {
  return env().KINDLING_S3_BUCKET !== undefined;
}

/**
 * The stores that may hold a chunk set's bytes outside its BlobChunk rows. A
 * row with data null does not say whether its bytes are files or objects, so a
 * discard without a known store clears the directory and, when configured, the bucket.
 */
export function externalStores(store?: BlobStore): BlobStore[] {
  if (store && store.kind !== "db") return [store];
  return s3Configured() ? [storeFor("fs"), storeFor("s3")] : [storeFor("fs")];
}
