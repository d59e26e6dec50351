// KINDLING_S3_* as lib/env.ts reads them: a missing or bad setting is one
// readable error naming the variable, and the defaults are the documented ones.
import { afterEach, beforeEach, expect, test, vi } from "vitest";

const S3_VARIABLES = [
  "KINDLING_BLOB_STORE",
  "KINDLING_S3_BUCKET",
  "KINDLING_S3_ENDPOINT",
  "KINDLING_S3_REGION",
  "KINDLING_S3_FORCE_PATH_STYLE",
  "KINDLING_S3_TIMEOUT_MS",
];

beforeEach(() => {
  for (const name of S3_VARIABLES) vi.stubEnv(name, undefined);
  // env() parses once per module instance.
  vi.resetModules();
});
afterEach(() => vi.unstubAllEnvs());

async function parsedEnv() {
  const { env } = await import("@/lib/env");
  return env();
}

test("KINDLING_BLOB_STORE=s3 without a bucket names the missing variable", async () => {
  vi.stubEnv("KINDLING_BLOB_STORE", "s3");
  await expect(parsedEnv()).rejects.toThrow(/KINDLING_S3_BUCKET: KINDLING_BLOB_STORE=s3 needs a bucket name/);
});

test.each([
  ["KINDLING_S3_BUCKET", "ab"],
  ["KINDLING_S3_ENDPOINT", "ftp://minio:9000"],
  ["KINDLING_S3_FORCE_PATH_STYLE", "maybe"],
  ["KINDLING_S3_TIMEOUT_MS", "5"],
])("a bad %s (%j) is refused by name", async (name, value) => {
  vi.stubEnv("KINDLING_S3_BUCKET", "kindling-blobs");
  vi.stubEnv(name, value);
  await expect(parsedEnv()).rejects.toThrow(new RegExp(`Invalid environment: ${name}:`));
});

test("defaults: region us-east-1, virtual-host addressing, 30 s per call; empty counts as unset", async () => {
  vi.stubEnv("KINDLING_BLOB_STORE", "s3");
  vi.stubEnv("KINDLING_S3_BUCKET", "kindling-blobs");
  vi.stubEnv("KINDLING_S3_ENDPOINT", "");
  vi.stubEnv("KINDLING_S3_REGION", "");
  expect(await parsedEnv()).toMatchObject({
    KINDLING_S3_ENDPOINT: undefined,
    KINDLING_S3_REGION: "us-east-1",
    KINDLING_S3_FORCE_PATH_STYLE: false,
    KINDLING_S3_TIMEOUT_MS: 30_000,
  });
  const { s3BucketFromEnv } = await import("./stores");
  expect(s3BucketFromEnv().describe()).toBe("bucket kindling-blobs at AWS S3 (us-east-1)");
});

test("a store that is not configured says what to set", async () => {
  const { s3BucketFromEnv } = await import("./stores");
  expect(() => s3BucketFromEnv()).toThrow(/set KINDLING_S3_BUCKET/);
});
