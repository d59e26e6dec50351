// The s3 store against a real S3-protocol server (s3rver) started here on a
// free localhost port: results go in through the upload route as a tinderbox
// sends them, and come back out as windows, whole files and archive members.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { db } from "@/lib/db";
import { bigBuildLog } from "@/lib/files/testing/big-log";
import { readArchiveMember } from "@/lib/ingest/archive";
import {
  blobExists,
  multipartRequest,
  newTinderbox,
  storedFor,
  tarBytes,
  upload,
} from "@/tests/upload/upload-client";
import { openGzipStream, openTextStream } from "./blob-reader";
import { stageBlob } from "./blob-writer";
import { collectOrphanChunkSets } from "./gc";
import { readLineWindow } from "./line-window";
import { migrateBlobs } from "./migrate-blobs";
import { S3Bucket } from "./s3-bucket";
import { SWEEP_JOB, sweepOrphanObjects } from "./s3-orphans";
import { chunkKey, chunkSetPrefix, S3BlobStore } from "./s3-store";
import { startTestS3, type TestS3 } from "./s3-test-server";
import { s3Store } from "./stores";
import { piecesOf, readAll, referenceLines, uniqueContent } from "./test-helpers";

const port = await vi.hoisted(async () => {
  const { freePort, testS3Env } = await import("./s3-test-server");
  const free = await freePort();
  for (const [name, value] of Object.entries({ ...testS3Env(free), KINDLING_BLOB_STORE: "s3" }))
    vi.stubEnv(name, value);
  return free;
});

let server: TestS3;
beforeAll(async () => {
  server = await startTestS3(port);
});
afterAll(async () => {
  // The int project shares one database: later files must not meet blobs in a bucket that is gone.
  const report = await migrateBlobs({ to: "db", from: "s3", graceMs: 0 });
  expect(report.failed).toBe(0);
  await server.stop();
  vi.unstubAllEnvs();
});

const ARCHIVE = "fixtures/corpus/generated/test-automake-check-libyaml/issue-dir/files/logs.tar.xz";
const MEMBER = "var/tmp/portage/dev-libs/libyaml-0.2.5-r1/work/yaml-0.2.5/tests/test-suite.log";

const memberBytes = () => execFileSync("tar", ["-xOJf", ARCHIVE, MEMBER]);

/** The corpus case's test-suite.log in a tar.xz of its own (a unique member keeps dedupe out of it). */
async function uniqueArchive(): Promise<Buffer> {
  const tar = await tarBytes([
    { name: MEMBER, content: memberBytes() },
    { name: "run-id", content: randomUUID() },
  ]);
  return execFileSync("xz", ["-c"], { input: tar });
}

/** A realistic build log of about `bytes`, unique to this call. */
function buildLog(bytes: number) {
  const log = bigBuildLog(bytes, randomUUID());
  return { atom: log.atom, fileName: log.fileName, content: Buffer.concat([...log.pieces]) };
}

async function objectsUnder(prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let after: string | undefined;
  do {
    const page = await s3Store().bucket.list(prefix, after);
    keys.push(...page.objects.map((o) => o.key));
    after = page.next;
  } while (after);
  return keys;
}

async function blobOf(buildId: number, name: string) {
  const file = await db.file.findFirstOrThrow({ where: { buildId, name }, include: { blob: true } });
  return file.blob;
}

describe("a result uploaded with KINDLING_BLOB_STORE=s3", () => {
  const log = buildLog(3_500_000);
  let buildId: number;

  beforeAll(async () => {
    const { token } = await newTinderbox();
    const res = await upload(
      multipartRequest(token, { atom: log.atom }, [
        { name: log.fileName, content: log.content },
        { name: "logs.tar.xz", content: await uniqueArchive() },
      ]),
    );
    expect(res.status).toBe(201);
    buildId = Number(res.body.id);
  });

  test("keeps one object per chunk in the bucket, reads back byte-exact", async () => {
    const blob = await blobOf(buildId, log.fileName);
    expect(blob.store).toBe("s3");
    const chunks = await db.blobChunk.findMany({ where: { chunkSetId: blob.chunkSetId } });
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    expect(chunks.every((c) => c.data === null)).toBe(true);
    expect((await objectsUnder(chunkSetPrefix(blob.chunkSetId))).sort()).toEqual(
      chunks.map((c) => chunkKey(blob.chunkSetId, c.index)).sort(),
    );
    const text = await openTextStream(blob.sha256);
    expect((await readAll(text ?? piecesOf(Buffer.alloc(0)))).equals(log.content)).toBe(true);
  });

  test("a window in the middle of the log is one GET of one chunk", async () => {
    const blob = await blobOf(buildId, log.fileName);
    const middle = await db.blobChunk.findFirstOrThrow({ where: { chunkSetId: blob.chunkSetId, index: 1 } });
    const from = Number(middle.firstLine) + 10;
    const before = server.requests.length;
    const window = await readLineWindow(blob.sha256, from, from + 199);
    const calls = server.requests.slice(before);
    expect(calls).toEqual([`GET /${s3Store().bucket.name}/${chunkKey(blob.chunkSetId, 1)}`]);
    expect(window?.lines).toEqual(referenceLines(log.content).slice(from - 1, from + 199));
  });

  test("a request that aborts stops its reads at once: a download errors, a window rejects", async () => {
    const blob = await blobOf(buildId, log.fileName);
    const middle = await db.blobChunk.findFirstOrThrow({ where: { chunkSetId: blob.chunkSetId, index: 1 } });
    try {
      // The first chunk arrives, every later GET hangs: only the request's signal can end the read.
      server.hangGetsFrom(2);
      const download = new AbortController();
      const stream = await openGzipStream(blob.sha256, download.signal);
      const reading = readAll(stream ?? piecesOf(Buffer.alloc(0)));
      setTimeout(() => download.abort(), 300);
      const started = Date.now();
      await expect(reading).rejects.toThrow(/aborted by the caller/);
      server.hangGetsFrom(1);
      const view = new AbortController();
      setTimeout(() => view.abort(), 300);
      const from = Number(middle.firstLine);
      await expect(readLineWindow(blob.sha256, from, from + 10, undefined, view.signal)).rejects.toThrow(
        /aborted by the caller/,
      );
      // Far below the 15 s call timeout the reads would otherwise wait for.
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      server.heal();
    }
  });

  test("archive members are read back from the bucket", async () => {
    const archive = await blobOf(buildId, "logs.tar.xz");
    expect(archive.store).toBe("s3");
    const member = await readArchiveMember(archive.sha256, MEMBER);
    expect((await readAll(member ?? piecesOf(Buffer.alloc(0)))).equals(memberBytes())).toBe(true);
  });

  test("the same log in a second result is one blob; the second copy's objects are deleted", async () => {
    const objectsBefore = await objectsUnder("chunks/");
    const { token } = await newTinderbox();
    const res = await upload(
      multipartRequest(token, { atom: log.atom }, [{ name: log.fileName, content: log.content }]),
    );
    expect(res.status).toBe(201);
    const again = await blobOf(Number(res.body.id), log.fileName);
    expect(again.chunkSetId).toBe((await blobOf(buildId, log.fileName)).chunkSetId);
    expect((await objectsUnder("chunks/")).sort()).toEqual(objectsBefore.sort());
  });
});

describe("a bucket failing mid-upload", () => {
  test.each(["500", "reset"] as const)(
    "(%s on the 3rd PUT on) answers 5xx JSON, keeps nothing; the retry is stored once",
    async (how) => {
      const log = buildLog(2_500_000);
      const { token, tinderboxId } = await newTinderbox();
      // One idempotency key for every attempt, as the uploader sends it.
      const meta = { atom: log.atom, idempotencyKey: `retry-${randomUUID()}` };
      const attempt = () =>
        upload(multipartRequest(token, meta, [{ name: log.fileName, content: log.content }]));
      const objectsBefore = await objectsUnder("chunks/");
      const orphanRowsBefore = await orphanChunkRows();
      server.failPutsFrom(3, how);
      const failed = await attempt();
      server.heal();
      expect(failed.status).toBeGreaterThanOrEqual(500);
      expect(failed.body).toMatchObject({
        error: { code: "internal", message: expect.stringMatching(/retry/) },
      });
      expect(await storedFor(tinderboxId)).toEqual({ builds: 0, files: 0 });
      expect(await blobExists(log.content)).toBe(false);
      expect(await orphanChunkRows()).toBe(orphanRowsBefore);
      expect((await objectsUnder("chunks/")).sort()).toEqual(objectsBefore.sort());

      const stored = await attempt();
      expect(stored.status).toBe(201);
      const repeated = await attempt();
      expect([repeated.status, repeated.body.created, repeated.body.id]).toEqual([
        200,
        false,
        stored.body.id,
      ]);
      expect(await storedFor(tinderboxId)).toEqual({ builds: 1, files: 1 });
    },
  );

  test("a PUT that never answers fails after the call timeout and leaves nothing", async () => {
    const content = uniqueContent("hang\n".repeat(1000));
    const orphanRowsBefore = await orphanChunkRows();
    server.failPutsFrom(1, "hang");
    const impatient = new S3BlobStore(new S3Bucket({ ...s3Store().bucket.config, timeoutMs: 1500 }));
    const err = await stageBlob(piecesOf(content), { store: impatient }).catch((e: unknown) => e);
    server.heal();
    expect(String(err)).toMatch(/PUT chunks\/.* failed: no answer within 1500 ms/);
    expect(await orphanChunkRows()).toBe(orphanRowsBefore);
  });
});

test("a read whose signal has fired makes no call and says so", async () => {
  const stop = new AbortController();
  stop.abort();
  const before = server.requests.length;
  const reading = s3Store().readChunks(randomUUID(), 0, 3, stop.signal)[Symbol.asyncIterator]();
  await expect(reading.next()).rejects.toThrow(/aborted by the caller/);
  expect(server.requests.length).toBe(before);
});

test("DeleteObjects carries Content-MD5, not the CRC32 headers MinIO, RGW and Garage refuse", async () => {
  const { bucket } = s3Store();
  const set = randomUUID();
  await bucket.put(chunkKey(set, 0), Buffer.from("a"));
  await bucket.put(chunkKey(set, 1), Buffer.from("b"));
  await bucket.deletePrefix(chunkSetPrefix(set));
  expect(await objectsUnder(chunkSetPrefix(set))).toEqual([]);
  const headers = server.deleteHeaders.at(-1) ?? {};
  expect(String(headers["content-md5"])).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(
    Object.keys(headers).filter(
      (h) => h.startsWith("x-amz-checksum-") || h.startsWith("x-amz-sdk-checksum-"),
    ),
  ).toEqual([]);
});

describe("orphans", () => {
  test("a chunk set never committed is collected with its objects", async () => {
    const staged = await stageBlob(piecesOf(uniqueContent("orphan\n".repeat(200_000))), {
      store: s3Store(),
      chunkSize: 256 * 1024,
    });
    const prefix = chunkSetPrefix(staged.chunkSetId);
    expect((await objectsUnder(prefix)).length).toBe(staged.chunkCount);
    const dayAgo = new Date(Date.now() - 24 * 3600 * 1000);
    await db.blobChunk.updateMany({
      where: { chunkSetId: staged.chunkSetId },
      data: { createdAt: new Date(dayAgo.getTime() - 3600 * 1000) },
    });
    const report = await collectOrphanChunkSets(dayAgo);
    expect(report.discarded).toBeGreaterThanOrEqual(1);
    // A short batch is the run's last: the bucket was swept too.
    expect(report.bucket?.listed).toBeGreaterThan(0);
    expect(await db.blobChunk.count({ where: { chunkSetId: staged.chunkSetId } })).toBe(0);
    expect(await objectsUnder(prefix)).toEqual([]);
  });

  test("the bucket sweep deletes old objects no Blob uses; live, young and foreign keys stay", async () => {
    const { bucket } = s3Store();
    const live = await db.blob.findFirstOrThrow({ where: { store: "s3" } });
    const orphan = randomUUID();
    await bucket.put(chunkKey(orphan, 0), Buffer.from("gz"));
    await bucket.put(chunkKey(orphan, 1), Buffer.from("gz"));
    await bucket.put("not-kindling/readme.txt", Buffer.from("keep"));

    const young = await sweepOrphanObjects(bucket, new Date(Date.now() - 3600 * 1000));
    expect([young.deleted, young.wrapped]).toEqual([0, true]);
    expect(await objectsUnder(chunkSetPrefix(orphan))).toHaveLength(2);

    const old = await sweepOrphanObjects(bucket, new Date(Date.now() + 60_000));
    expect(old.deleted).toBeGreaterThanOrEqual(2);
    expect(await objectsUnder(chunkSetPrefix(orphan))).toEqual([]);
    expect((await objectsUnder(chunkSetPrefix(live.chunkSetId))).length).toBeGreaterThan(0);
    expect(await objectsUnder("not-kindling/")).toEqual(["not-kindling/readme.txt"]);
  });

  test("each sweep goes on from the last one's cursor", async () => {
    const { bucket } = s3Store();
    const orphan = randomUUID();
    await bucket.put(chunkKey(orphan, 0), Buffer.from("gz"));
    // A cursor past the orphan's key: this run lists only what follows it, then wraps.
    const cursor = `${chunkSetPrefix(orphan)}zzz`;
    await db.jobState.upsert({
      where: { name: SWEEP_JOB },
      create: { name: SWEEP_JOB, cursor },
      update: { cursor },
    });
    const first = await sweepOrphanObjects(bucket, new Date(Date.now() + 60_000), 1);
    expect(first.wrapped).toBe(true);
    expect(await objectsUnder(chunkSetPrefix(orphan))).toHaveLength(1);
    expect((await db.jobState.findUniqueOrThrow({ where: { name: SWEEP_JOB } })).cursor).toBe("");
    await sweepOrphanObjects(bucket, new Date(Date.now() + 60_000), 1);
    expect(await objectsUnder(chunkSetPrefix(orphan))).toEqual([]);
  });
});

/** Chunk rows that no Blob points to (in-flight or failed uploads). */
async function orphanChunkRows(): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "BlobChunk" c
    WHERE NOT EXISTS (SELECT 1 FROM "Blob" b WHERE b."chunkSetId" = c."chunkSetId")`;
  return row.n;
}
