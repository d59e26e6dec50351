// blobs:migrate against real stores: PostgreSQL, a directory and an s3rver
// bucket started here. A migration moves every blob of its database, so this
// file runs on a database of its own, created and migrated before anything
// reads the environment, and dropped at the end.
import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { db } from "@/lib/db";
import { dropDatabaseIfExists } from "@/lib/migrate/create-database";
import { closeSqlPool } from "@/lib/sql/pool";
import { openTextStream } from "./blob-reader";
import { closeChunkPool } from "./chunk-pool";
import { FsBlobStore } from "./fs-store";
import { type MigrateOptions, migrateBlobs } from "./migrate-blobs";
import { MIGRATE_JOB } from "./migrate-pending";
import { S3CallFailed } from "./s3-bucket";
import { chunkSetPrefix } from "./s3-store";
import { startTestS3, type TestS3, testS3Env } from "./s3-test-server";
import { s3Store, storeFor } from "./stores";
import { piecesOf, readAll, storeContent, uniqueContent } from "./test-helpers";

const setup = await vi.hoisted(async () => {
  const { freePort, testS3Env: s3Env } = await import("./s3-test-server");
  const { migrateDeploy } = await import("@/lib/migrate/schema-engine");
  const base = process.env.DATABASE_URL ?? "";
  const url = new URL(base);
  url.pathname = `${url.pathname}_migrate`;
  await migrateDeploy(url.toString());
  const port = await freePort();
  const env = {
    ...s3Env(port),
    DATABASE_URL: url.toString(),
    KINDLING_BLOB_DIR: `/tmp/kindling-migrate-test-${process.pid}`,
  };
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  return { port, databaseUrl: url.toString(), blobDir: env.KINDLING_BLOB_DIR };
});

let server: TestS3;
const contents: Buffer[] = [];

beforeAll(async () => {
  server = await startTestS3(setup.port);
  // Mixed sources: multi-chunk, one-chunk, empty and non-UTF-8 content, in db and fs.
  const samples = [
    uniqueContent(
      randomBytes(400 * 1024)
        .toString("base64")
        .replace(/(.{100})/g, "$1\n"),
    ),
    uniqueContent(Buffer.concat([randomBytes(200 * 1024), Buffer.from([0xff, 0x0a, 0xc3])])),
    uniqueContent("one line\n"),
    Buffer.alloc(0),
  ];
  for (const [i, content] of samples.entries()) {
    await storeContent(content, storeFor(i % 2 === 0 ? "db" : "fs"), 64 * 1024);
    contents.push(content);
  }
});

afterAll(async () => {
  await server.stop();
  await Promise.allSettled([db.$disconnect(), closeChunkPool(), closeSqlPool()]);
  await dropDatabaseIfExists(setup.databaseUrl);
  await rm(setup.blobDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

const migrate = (to: MigrateOptions["to"], more: Partial<MigrateOptions> = {}) =>
  migrateBlobs({ to, graceMs: 0, ...more });

/** Every content reads back byte-exact from the store its Blob row names. */
async function expectAllReadable() {
  for (const content of contents) {
    const sha256 = createHash("sha256").update(content).digest("hex");
    const text = await openTextStream(sha256);
    expect((await readAll(text ?? piecesOf(Buffer.alloc(0)))).equals(content)).toBe(true);
  }
}

/** Every blob is in `kind` and readable, and no other store keeps a copy. */
async function expectAllIn(kind: MigrateOptions["to"]) {
  const blobs = await db.blob.findMany();
  expect(blobs).toHaveLength(contents.length);
  expect(blobs.map((b) => b.store)).toEqual(blobs.map(() => kind));
  await expectAllReadable();
  const chunks = await db.blobChunk.count();
  expect(await db.blobChunk.count({ where: { data: null } })).toBe(kind === "db" ? 0 : chunks);
  expect((await s3Store().bucket.list("chunks/")).objects.length).toBe(kind === "s3" ? chunks : 0);
  for (const blob of blobs) expect(existsSync(dirOf(blob.chunkSetId))).toBe(kind === "fs");
}

function dirOf(chunkSetId: string): string {
  const fs = storeFor("fs");
  if (!(fs instanceof FsBlobStore)) throw new Error("not the fs store");
  return fs.chunkSetDir(chunkSetId);
}

describe("npm run blobs:migrate", () => {
  test("moves db+fs -> s3 -> fs -> db, verified, the old copies deleted", async () => {
    const toS3 = await migrate("s3");
    expect([toS3.done, toS3.failed, toS3.oldCopiesDeleted]).toEqual([contents.length, 0, contents.length]);
    await expectAllIn("s3");
    const toFs = await migrate("fs");
    expect(toFs.done).toBe(contents.length);
    await expectAllIn("fs");
    await migrate("db");
    await expectAllIn("db");
    expect((await migrate("db")).total).toBe(0);
  });

  test("a bucket failing mid-run stops it with the bucket's error; the next run finishes", async () => {
    server.failPutsFrom(4, "500");
    const err = await migrate("s3").catch((e: unknown) => e);
    server.heal();
    expect(err).toBeInstanceOf(S3CallFailed);
    expect(String(err)).toMatch(/PUT chunks\/.*failed/);
    // Nothing switched without its copy: every blob still reads back from the store it names.
    await expectAllReadable();
    const again = await migrate("s3");
    expect(again.failed).toBe(0);
    await expectAllIn("s3");
  });

  test("a run stopped after a switch keeps the old copy queued; the next run deletes it", async () => {
    const stop = new AbortController();
    const first = await migrate("fs", {
      graceMs: 3_600_000,
      signal: stop.signal,
      onProgress: (p) => p.done > 0 && stop.abort(),
    });
    expect([first.stopped, first.done, first.oldCopiesDeleted]).toEqual([true, 1, 0]);
    const state = await db.jobState.findUniqueOrThrow({ where: { name: MIGRATE_JOB } });
    const pending = (state.details as { pending: { chunkSetId: string; from: string }[] }).pending;
    expect(pending).toHaveLength(1);
    expect(pending[0].from).toBe("s3");
    // The old copy outlives the switch: a reader that looked the blob up before it still finds the bytes.
    expect(
      (await s3Store().bucket.list(chunkSetPrefix(pending[0].chunkSetId))).objects.length,
    ).toBeGreaterThan(0);

    const resumed = await migrate("fs");
    expect(resumed.oldCopiesDeleted).toBe(contents.length);
    await expectAllIn("fs");
    const after = await db.jobState.findUniqueOrThrow({ where: { name: MIGRATE_JOB } });
    expect(after.details).toEqual({ pending: [] });
  });

  test("a copy that does not verify is not switched, and its copy is removed", async () => {
    const blob = await db.blob.findFirstOrThrow({ where: { size: { gt: 100_000 } } });
    const chunk = await db.blobChunk.findFirstOrThrow({ where: { chunkSetId: blob.chunkSetId, index: 1 } });
    // The fs copy of chunk 1 rots: still valid gzip, other bytes.
    writeFileSync(`${dirOf(blob.chunkSetId)}/1.gz`, gzipSync(Buffer.alloc(chunk.rawSize, 0x41)));
    const report = await migrate("s3");
    expect(report.mismatches).toEqual([{ sha256: blob.sha256, reason: expect.stringMatching(/sha256/) }]);
    expect((await db.blob.findUniqueOrThrow({ where: { sha256: blob.sha256 } })).store).toBe("fs");
    expect((await s3Store().bucket.list(chunkSetPrefix(blob.chunkSetId))).objects).toEqual([]);
  });
});

test("--from moves only the blobs of that store", async () => {
  // Left by the test above: one blob in fs with a rotten chunk, the others in s3.
  const report = await migrate("db", { from: "s3" });
  expect([report.done, report.failed]).toEqual([contents.length - 1, 0]);
  const stores = (await db.blob.findMany()).map((b) => b.store).sort();
  expect(stores).toEqual([...Array(contents.length - 1).fill("db"), "fs"]);
});

describe("the command", () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(
        "npx",
        ["tsx", "scripts/blobs-migrate.ts", ...args],
        { env: { ...process.env, ...env }, timeout: 60_000 },
        (error, _stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stderr }),
      );
    });

  test("a bad argument exits 2 with the usage", async () => {
    const { code, stderr } = await run(["--to", "tape"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--to tape: not one of s3, fs, db\nusage: npm run blobs:migrate/);
    expect((await run(["--to", "s3", "--from", "s3"])).stderr).toMatch(
      /--from s3: not one of s3, fs, db other than --to/,
    );
  });

  test("an unreachable bucket exits 1 with one sentence naming it", async () => {
    const { code, stderr } = await run(["--to", "s3"], {
      ...testS3Env(1),
      KINDLING_S3_TIMEOUT_MS: "2000",
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^blobs:migrate: object storage bucket kindling-test at http:\/\/127\.0\.0\.1:1: HEAD bucket failed: .*ECONNREFUSED/m,
    );
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
