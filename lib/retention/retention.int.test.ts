// Retention on a real PostgreSQL through the real ingest path: each rule, the
// default policy, a blob shared with a build that is kept, the same bytes sent
// again after a purge, and a run interrupted between files and blobs.
import { afterAll, expect, test } from "vitest";
import { db } from "@/lib/db";
import { withJobLock } from "@/lib/jobs/job-lock";
import { saveRetentionPolicy } from "./policy";
import { purgeFiles } from "./purge";
import { formatRetentionReport } from "./report";
import { type RetentionReport, runRetention } from "./run";
import { agedBuild, readLines, readRaw, tarOf, uniqueLog } from "./testing";

const FOREVER = { failureFileDays: null, successFileDays: null, archiveDays: null, archiveMinBytes: null };

afterAll(async () => {
  await db.retentionPolicy.deleteMany({ where: { tinderboxId: null } });
});

async function fileState(fileId: number) {
  const file = await db.file.findUniqueOrThrow({ where: { id: fileId }, include: { blob: true } });
  const chunks = await db.blobChunk.count({ where: { chunkSetId: file.blob.chunkSetId } });
  return { filePurged: file.purgedAt !== null, blobPurged: file.blob.purgedAt !== null, chunks };
}

test("failed builds' files: old ones go (dry run first), young ones and other rules' files stay; the build row stays", async () => {
  const old = await agedBuild(
    { "build.log": uniqueLog(), "emerge-info.txt": uniqueLog(5) },
    { status: "failed", ageDays: 40 },
  );
  const young = await agedBuild({ "build.log": uniqueLog() }, { status: "failed", ageDays: 10 });
  const success = await agedBuild({ "build.log": uniqueLog() }, { status: "succeeded", ageDays: 40 });
  for (const tb of [old, young, success])
    await saveRetentionPolicy(tb.tinderboxId, { ...FOREVER, failureFileDays: 30 });

  const dry = await runRetention({ dryRun: true });
  const tinderbox = await db.tinderbox.findUniqueOrThrow({ where: { id: old.tinderboxId } });
  expect(dry.rows.filter((row) => row.tinderbox === tinderbox.name)).toEqual([
    { tinderbox: tinderbox.name, rule: "failed-build-files", builds: 1, files: 2, bytes: expect.any(Number) },
  ]);
  expect(dry.spaceReturned.blobs).toBeGreaterThanOrEqual(2);
  expect(formatRetentionReport(dry)).toContain("files of failed builds");
  expect((await fileState(old.files[0].id)).filePurged).toBe(false);

  const report = await runRetention({ dryRun: false });
  expect(report.purgedFiles).toBeGreaterThanOrEqual(2);
  for (const file of old.files)
    expect(await fileState(file.id)).toEqual({ filePurged: true, blobPurged: true, chunks: 0 });
  for (const kept of [young, success]) expect((await fileState(kept.files[0].id)).filePurged).toBe(false);
  expect(await db.build.findUnique({ where: { id: old.buildId } })).not.toBeNull();

  const raw = await readRaw(old.files[0].id);
  expect(raw.status).toBe(410);
  expect(JSON.parse(raw.body.toString())).toMatchObject({
    error: {
      code: "removed",
      message: expect.stringMatching(/^This file was removed on \d{4}-\d\d-\d\d by the retention policy\.$/),
    },
  });
  expect(await readLines(old.files[0].id)).toMatchObject({
    status: 410,
    json: { error: { code: "removed" } },
  });
  expect((await readLines(young.files[0].id)).status).toBe(200);
});

test("successful builds' files and large archives each follow their own rule", async () => {
  const success = await agedBuild({ "build.log": uniqueLog() }, { status: "succeeded", ageDays: 8 });
  const bigArchive = await tarOf({ "a/config.log": uniqueLog(3000) });
  const smallArchive = await tarOf({ "b/config.log": uniqueLog(3) });
  const archives = await agedBuild(
    { "build.log": uniqueLog(), "big.tar": bigArchive, "small.tar": smallArchive },
    { status: "failed", ageDays: 8 },
  );
  await saveRetentionPolicy(success.tinderboxId, { ...FOREVER, successFileDays: 7 });
  await saveRetentionPolicy(archives.tinderboxId, {
    ...FOREVER,
    archiveDays: 7,
    archiveMinBytes: BigInt(smallArchive.length + 1),
  });
  await runRetention({ dryRun: false });
  expect((await fileState(success.files[0].id)).filePurged).toBe(true);
  const byName = new Map(archives.files.map((file) => [file.name, file.id]));
  expect((await fileState(byName.get("big.tar") as number)).filePurged).toBe(true);
  expect((await fileState(byName.get("small.tar") as number)).filePurged).toBe(false);
  expect((await fileState(byName.get("build.log") as number)).filePurged).toBe(false);
});

test("the default policy covers tinderboxes without one; a tinderbox's own policy replaces it", async () => {
  const covered = await agedBuild({ "build.log": uniqueLog() }, { status: "failed", ageDays: 400 });
  const own = await agedBuild({ "build.log": uniqueLog() }, { status: "failed", ageDays: 400 });
  await saveRetentionPolicy(own.tinderboxId, FOREVER);
  await saveRetentionPolicy(null, { ...FOREVER, failureFileDays: 365 });
  try {
    await runRetention({ dryRun: false });
  } finally {
    await db.retentionPolicy.deleteMany({ where: { tinderboxId: null } });
  }
  expect((await fileState(covered.files[0].id)).filePurged).toBe(true);
  expect((await fileState(own.files[0].id)).filePurged).toBe(false);
});

test("a blob shared with a kept build keeps its chunks; once every user is purged it goes; the same bytes sent again are stored again", async () => {
  const log = uniqueLog(2000);
  const purged = await agedBuild({ "build.log": log }, { status: "failed", ageDays: 40 });
  const kept = await agedBuild({ "build.log": log }, { status: "failed", ageDays: 1 });
  expect(kept.files[0].blobSha256).toBe(purged.files[0].blobSha256);
  await saveRetentionPolicy(purged.tinderboxId, { ...FOREVER, failureFileDays: 30 });
  await saveRetentionPolicy(kept.tinderboxId, { ...FOREVER, failureFileDays: 30 });

  const dry = await runRetention({ dryRun: true });
  expect(dry.rows.some((row) => row.files > 0)).toBe(true);
  await runRetention({ dryRun: false });
  expect(await fileState(purged.files[0].id)).toMatchObject({ filePurged: true, blobPurged: false });
  expect((await fileState(kept.files[0].id)).chunks).toBeGreaterThan(0);
  expect((await readRaw(kept.files[0].id)).body.toString()).toBe(log);

  await db.file.update({
    where: { id: kept.files[0].id },
    data: { createdAt: new Date(Date.now() - 40 * 86_400_000) },
  });
  await runRetention({ dryRun: false });
  expect(await fileState(kept.files[0].id)).toEqual({ filePurged: true, blobPurged: true, chunks: 0 });

  // This process remembered the blob as stored (the kept upload reused it): the first send
  // fails with a send-again message (an uploader retries a 5xx), the second stores the bytes.
  const send = () => agedBuild({ "build.log": log }, { status: "failed", ageDays: 0 });
  await expect(send()).rejects.toThrow(/removed by retention while this upload reused it; send again/);
  const again = await send();
  expect(again.files[0].blobSha256).toBe(purged.files[0].blobSha256);
  expect(await fileState(again.files[0].id)).toMatchObject({ filePurged: false, blobPurged: false });
  expect((await readRaw(again.files[0].id)).body.toString()).toBe(log);
  // The purged files stay purged: their page still says so.
  expect((await readRaw(purged.files[0].id)).status).toBe(410);
});

test("a small file reused from the writer's memory after a purge is stored again", async () => {
  const info = uniqueLog(3);
  const first = await agedBuild(
    { "build.log": uniqueLog(), "emerge-info.txt": info },
    { status: "failed", ageDays: 40 },
  );
  await saveRetentionPolicy(first.tinderboxId, { ...FOREVER, failureFileDays: 30 });
  await runRetention({ dryRun: false });
  const infoFile = first.files.find((file) => file.name === "emerge-info.txt");
  expect((await fileState(infoFile?.id as number)).blobPurged).toBe(true);
  const again = await agedBuild(
    { "build.log": uniqueLog(), "emerge-info.txt": info },
    { status: "failed", ageDays: 0 },
  );
  const againInfo = again.files.find((file) => file.name === "emerge-info.txt");
  expect((await readRaw(againInfo?.id as number)).body.toString()).toBe(info);
});

test("a run stopped between marking files and deleting chunks is finished by the next", async () => {
  const build = await agedBuild({ "build.log": uniqueLog() }, { status: "failed", ageDays: 40 });
  await purgeFiles([build.files[0].id], new Date());
  expect(await fileState(build.files[0].id)).toMatchObject({ filePurged: true, blobPurged: false });
  expect((await readRaw(build.files[0].id)).status).toBe(410);
  const report = await runRetention({ dryRun: false });
  expect(report.purgedBlobs).toBeGreaterThanOrEqual(1);
  expect(await fileState(build.files[0].id)).toEqual({ filePurged: true, blobPurged: true, chunks: 0 });
});

test("while another instance runs retention, a run is skipped and removes nothing", async () => {
  const build = await agedBuild({ "build.log": uniqueLog() }, { status: "failed", ageDays: 40 });
  await saveRetentionPolicy(build.tinderboxId, { ...FOREVER, failureFileDays: 30 });
  const inner = await withJobLock("retention", () => runRetention({ dryRun: false }));
  expect(inner).toMatchObject({ skipped: true, purgedFiles: 0 });
  expect((await fileState(build.files[0].id)).filePurged).toBe(false);
  expect(formatRetentionReport(inner as RetentionReport)).toContain("another instance");
});
