// Which store writes new blobs (KINDLING_BLOB_STORE) and which one reads a given
// blob (its Blob.store): switching the setting never strands existing blobs.
import { env } from "@/lib/env";
import type { BlobStore, BlobStoreKind } from "./blob-store";
import { DbBlobStore } from "./db-store";
import { FsBlobStore } from "./fs-store";

const stores = new Map<BlobStoreKind, BlobStore>();

export function storeFor(kind: BlobStoreKind): BlobStore {
  let store = stores.get(kind);
  if (!store) {
    store = kind === "fs" ? new FsBlobStore(env().KINDLING_BLOB_DIR) : new DbBlobStore();
    stores.set(kind, store);
  }
  return store;
}

/** The store new uploads go to. */
export function defaultStore(): BlobStore {
  return storeFor(env().KINDLING_BLOB_STORE);
}
