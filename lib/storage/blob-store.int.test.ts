import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { describe, expect, test, vi } from "vitest";
import { db } from "@/lib/db";
import { blobInfo, openGzipStream, openTextStream } from "./blob-reader";
import { stageBlob } from "./blob-writer";
import { commitBlob, commitBlobs } from "./commit";
import { discardChunkSet } from "./discard";
import { FsBlobStore } from "./fs-store";
import { collectOrphanChunkSets } from "./gc";
import { storeFor } from "./stores";
import { piecesOf, readAll, storeContent, uniqueContent } from "./test-helpers";

vi.hoisted(() => {
  // The fs store reads KINDLING_BLOB_DIR once (lib/env.ts); give this run its own directory.
  process.env.KINDLING_BLOB_DIR ??= `/tmp/kindling-blobs-test-${process.pid}`;
});

const chunkRows = (chunkSetId: string) => db.blobChunk.count({ where: { chunkSetId } });

describe.each(["db", "fs"] as const)("%s store", (kind) => {
  const store = storeFor(kind);

  test("non-UTF-8 bytes round-trip byte-exact with their sha256", async () => {
    const content = uniqueContent(
      Buffer.concat([randomBytes(3 * 1024 * 1024), Buffer.from([0xff, 0x0a, 0xc3])]),
    );
    const staged = await storeContent(content, store, 256 * 1024);
    expect(staged.created).toBe(true);
    const { createHash } = await import("node:crypto");
    expect(staged.sha256).toBe(createHash("sha256").update(content).digest("hex"));
    expect(staged.chunkCount).toBeGreaterThan(10);
    const text = await openTextStream(staged.sha256);
    expect((await readAll(text ?? piecesOf(Buffer.alloc(0)))).equals(content)).toBe(true);
    const gz = await openGzipStream(staged.sha256);
    const gzBytes = await readAll(gz ?? piecesOf(Buffer.alloc(0)));
    expect(gzBytes.length).toBe(staged.gzSize);
    expect((await readAll(piecesOf(gzBytes).pipe(createGunzip()))).equals(content)).toBe(true);
    expect(await blobInfo(staged.sha256)).toMatchObject({
      store: kind,
      size: content.length,
      gzSize: gzBytes.length,
    });
  });

  test("the same content stored twice is one Blob; the loser's chunks are discarded", async () => {
    // Two chunks: too big for the one-chunk reuse below, so the second copy is staged, then loses.
    const content = uniqueContent("emerge --info\n".repeat(1000));
    const first = await storeContent(content, store, 8 * 1024);
    const second = await storeContent(content, store, 8 * 1024);
    expect([first.created, second.created]).toEqual([true, false]);
    expect(first.sha256).toBe(second.sha256);
    expect(await db.blob.count({ where: { sha256: first.sha256 } })).toBe(1);
    expect(await chunkRows(first.chunkSetId)).toBeGreaterThan(1);
    expect(await chunkRows(second.chunkSetId)).toBe(0);
    if (store instanceof FsBlobStore) expect(existsSync(store.chunkSetDir(second.chunkSetId))).toBe(false);
  });

  test("one-chunk content already stored is reused: nothing written, its chunk set kept", async () => {
    const content = uniqueContent("emerge --info\n".repeat(1000));
    const first = await storeContent(content, store);
    const second = await storeContent(content, store);
    // The third is answered from the writer's memory of stored blobs, not the database.
    const third = await storeContent(content, store);
    expect([first.created, second.created, second.reused]).toEqual([true, false, true]);
    expect([third.created, third.reused, third.chunkSetId]).toEqual([false, true, first.chunkSetId]);
    expect(second.chunkSetId).toBe(first.chunkSetId);
    expect(await chunkRows(first.chunkSetId)).toBe(1);
    expect(await readAll((await openTextStream(first.sha256)) ?? Readable.from([]))).toEqual(content);
  });

  test("concurrent commits of the same content: exactly one wins", async () => {
    const content = uniqueContent("same bytes\n".repeat(50_000));
    const staged = await Promise.all([1, 2, 3, 4].map(() => stageBlob(piecesOf(content), { store })));
    const results = await Promise.all(staged.map((s) => db.$transaction((tx) => commitBlob(tx, s))));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const blob = await db.blob.findUniqueOrThrow({ where: { sha256: staged[0].sha256 } });
    const losers = staged.filter((s) => s.chunkSetId !== blob.chunkSetId);
    expect(losers).toHaveLength(3);
    expect(await Promise.all(losers.map((s) => discardChunkSet(s.chunkSetId, store)))).toEqual([
      true,
      true,
      true,
    ]);
    // A discard never removes the winner.
    expect(await discardChunkSet(blob.chunkSetId, store)).toBe(false);
    expect(
      (await readAll((await openTextStream(blob.sha256)) ?? piecesOf(Buffer.alloc(0)))).equals(content),
    ).toBe(true);
  });

  test("commitBlobs commits a result's files at once; a duplicate inside the batch loses", async () => {
    const a = uniqueContent("file a\n");
    const b = uniqueContent("file b\n");
    const staged = await Promise.all([a, b, a].map((c) => stageBlob(piecesOf(c), { store })));
    const results = await db.$transaction((tx) => commitBlobs(tx, staged));
    expect(results.map((r) => r.created)).toEqual([true, true, false]);
    expect(await discardChunkSet(staged[2].chunkSetId, store)).toBe(true);
    expect(await db.blob.count({ where: { sha256: { in: staged.map((s) => s.sha256) } } })).toBe(2);
  });

  test("a chunk set that is never committed is collected as an orphan", async () => {
    const staged = await stageBlob(piecesOf(uniqueContent("orphan\n".repeat(10))), { store });
    expect(await chunkRows(staged.chunkSetId)).toBe(1);
    const dayAgo = new Date(Date.now() - 24 * 3600 * 1000);
    await db.blobChunk.updateMany({
      where: { chunkSetId: staged.chunkSetId },
      data: { createdAt: new Date(dayAgo.getTime() - 3600 * 1000) },
    });
    const report = await collectOrphanChunkSets(dayAgo);
    expect(report.discarded).toBeGreaterThanOrEqual(1);
    expect(await chunkRows(staged.chunkSetId)).toBe(0);
    if (store instanceof FsBlobStore) expect(existsSync(store.chunkSetDir(staged.chunkSetId))).toBe(false);
  });

  test("a fresh uncommitted chunk set is left alone by GC", async () => {
    const staged = await stageBlob(piecesOf(uniqueContent("in flight\n")), { store });
    await collectOrphanChunkSets(new Date(Date.now() - 3600 * 1000));
    expect(await chunkRows(staged.chunkSetId)).toBe(1);
    await discardChunkSet(staged.chunkSetId, store);
  });

  test("an upload that fails mid-stream leaves no chunks behind", async () => {
    const chunkSetIds = new Set(
      (await db.blobChunk.findMany({ select: { chunkSetId: true } })).map((r) => r.chunkSetId),
    );
    async function* failing() {
      yield uniqueContent("x\n".repeat(600_000));
      throw new Error("connection reset");
    }
    await expect(stageBlob(failing(), { store, chunkSize: 64 * 1024 })).rejects.toThrow("connection reset");
    const after = await db.blobChunk.findMany({ select: { chunkSetId: true }, distinct: ["chunkSetId"] });
    expect(after.filter((r) => !chunkSetIds.has(r.chunkSetId))).toEqual([]);
  });
});

test("an unknown or malformed sha256 reads as null", async () => {
  expect(await blobInfo("0".repeat(64))).toBeNull();
  expect(await openGzipStream("../../etc/passwd")).toBeNull();
});

test("a decompression bomb stops at maxBytes and leaves no chunks", async () => {
  const { spawnSync } = await import("node:child_process");
  const { decompressStream } = await import("@/lib/ingest/decompress");
  const { UploadRejected } = await import("@/lib/http/upload-rejected");
  // 64 MiB of zeros is ~10 KiB of xz: far past a 16 MiB cap once expanded.
  const bomb = spawnSync("xz", ["-c"], { input: Buffer.alloc(64 * 1024 * 1024), maxBuffer: 1 << 30 }).stdout;
  expect(bomb.length).toBeLessThan(64 * 1024);
  const before = await db.blobChunk.count();
  const { stream } = await decompressStream(piecesOf(bomb));
  const err = await stageBlob(stream, { store: storeFor("db"), maxBytes: 16 * 1024 * 1024 }).catch(
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UploadRejected);
  expect(err).toMatchObject({ code: "too_large", status: 413 });
  expect(await db.blobChunk.count()).toBeLessThanOrEqual(before);
});
