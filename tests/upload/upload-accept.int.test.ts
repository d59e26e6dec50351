// The upload API accepts results in every documented form, stores each file
// byte-exact and once, and answers a retry with the existing id.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { openTextStream } from "@/lib/storage/blob-reader";
import {
  bundleRequest,
  corpusFile,
  multipartRequest,
  newTinderbox,
  storedFor,
  tarBytes,
  unique,
  uniqueCorpusLog,
  upload,
} from "./upload-client";

const POPT = "generated/compile-c-implicit-decl-popt/build.log";

const uniqueLog = (relative = POPT) => uniqueCorpusLog(relative);

async function storedText(sha256: string): Promise<Buffer> {
  const stream = await openTextStream(sha256);
  const parts: Buffer[] = [];
  for await (const chunk of stream ?? []) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

describe("a new result", () => {
  test("is stored with its analysis and answered 201 with id and url", async () => {
    const { token, tinderboxId } = await newTinderbox();
    const log = uniqueLog();
    const res = await upload(
      multipartRequest(token, { atom: "dev-libs/popt-1.19" }, [
        { name: "dev-libs:popt-1.19:20261128-044417.log", content: log },
        {
          name: "emerge-info.txt",
          content: corpusFile("real/emerge-info-2025-desktop-systemd/emerge-info.txt"),
        },
      ]),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ created: true });
    expect(String(res.body.url)).toMatch(new RegExp(`/builds/${res.body.id}$`));
    const build = await db.build.findUniqueOrThrow({
      where: { id: Number(res.body.id) },
      include: { files: true, package: true },
    });
    expect(build).toMatchObject({
      tinderboxId,
      atom: "dev-libs/popt-1.19",
      version: "1.19",
      status: "failed",
      phase: "compile",
      kind: "compile",
      primaryLine: 170,
    });
    expect(build.package).toMatchObject({ category: "dev-libs", name: "popt" });
    expect(build.title).toMatch(/^dev-libs\/popt-1\.19 - /);
    expect(build.files.map((f) => [f.name, f.role]).sort()).toEqual([
      ["dev-libs:popt-1.19:20261128-044417.log", "build-log"],
      ["emerge-info.txt", "emerge-info"],
    ]);
    const logFile = build.files.find((f) => f.role === "build-log");
    expect(logFile?.blobSha256).toBe(sha(log));
    expect(await db.finding.count({ where: { buildId: build.id, kind: "error", isPrimary: true } })).toBe(1);
  });

  test("a log that succeeded is stored as succeeded with kind none", async () => {
    const { token } = await newTinderbox();
    const res = await upload(
      multipartRequest(token, {}, [
        { name: "build.log", content: uniqueLog("generated/success-libyaml-full-build/build.log") },
      ]),
    );
    expect(res.status).toBe(201);
    const build = await db.build.findUniqueOrThrow({ where: { id: Number(res.body.id) } });
    expect(build).toMatchObject({
      status: "succeeded",
      kind: "none",
      atom: "dev-libs/libyaml-0.2.5",
      primaryLine: null,
    });
  });
});

describe("retries never duplicate", () => {
  test("the same idempotency key answers 200 with the same id", async () => {
    const { token, tinderboxId } = await newTinderbox();
    const meta = { idempotencyKey: unique("key"), atom: "dev-libs/popt-1.19" };
    const files = [{ name: "build.log", content: uniqueLog() }];
    const first = await upload(multipartRequest(token, meta, files));
    const second = await upload(multipartRequest(token, meta, files));
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(second.body.id).toBe(first.body.id);
    expect(await storedFor(tinderboxId)).toEqual({ builds: 1, files: 1 });
    // Audited once, with the token, in the transaction that stored the result.
    const audit = await db.auditEvent.findMany({
      where: { action: "upload", target: `build:${first.body.id}` },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ userId: null, details: null });
    expect(audit[0].tokenId).toBeGreaterThan(0);
    expect(Math.abs(audit[0].createdAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  test("without a key, the same content is the same result and other content is new", async () => {
    const { token, tinderboxId } = await newTinderbox();
    const files = [{ name: "build.log", content: uniqueLog() }];
    const first = await upload(multipartRequest(token, { atom: "dev-libs/popt-1.19" }, files));
    const again = await upload(multipartRequest(token, { atom: "dev-libs/popt-1.19" }, files));
    const other = await upload(
      multipartRequest(token, { atom: "dev-libs/popt-1.19" }, [{ name: "build.log", content: uniqueLog() }]),
    );
    expect([first.status, again.status, other.status]).toEqual([201, 200, 201]);
    expect(again.body.id).toBe(first.body.id);
    expect(await storedFor(tinderboxId)).toEqual({ builds: 2, files: 2 });
  });

  test("ten concurrent uploads of one result store it once", async () => {
    const { token, tinderboxId } = await newTinderbox();
    const meta = { idempotencyKey: unique("race") };
    const files = [{ name: "build.log", content: uniqueLog() }];
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => upload(multipartRequest(token, meta, files))),
    );
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(await storedFor(tinderboxId)).toEqual({ builds: 1, files: 1 });
  });
});

test("ten different results of one new package at once all land, with one package and one signature row", async () => {
  const { token, tinderboxId } = await newTinderbox();
  const atom = `dev-libs/${unique("pkg").replace(/[^a-z0-9]/g, "")}-1.0`;
  const answers = await Promise.all(
    Array.from({ length: 10 }, () =>
      upload(multipartRequest(token, { atom }, [{ name: "build.log", content: uniqueLog() }])),
    ),
  );
  expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
  expect(await storedFor(tinderboxId)).toEqual({ builds: 10, files: 10 });
  const builds = await db.build.findMany({
    where: { tinderboxId },
    select: { packageId: true, fineSignatureId: true },
  });
  expect(new Set(builds.map((b) => b.packageId)).size).toBe(1);
  expect(new Set(builds.map((b) => b.fineSignatureId)).size).toBe(1);
  const signature = await db.signature.findUniqueOrThrow({ where: { id: builds[0].fineSignatureId ?? 0 } });
  expect(signature).toMatchObject({ buildCount: 10, packageCount: 1 });
  expect(await signaturesOffTheirBuilds()).toEqual([]);
});

test("stats counted in at upload equal a recount from Build, for every signature", async () => {
  const { token } = await newTinderbox();
  // Three packages sharing one failure (one coarse signature), some of them at once.
  const atoms = ["a", "b", "c"].map((p) => `dev-libs/${unique(`sig${p}`).replace(/[^a-z0-9]/g, "")}-1.0`);
  const answers = await Promise.all(
    [...atoms, ...atoms, atoms[0]].map((atom, i) =>
      upload(
        multipartRequest(token, { atom, finishedAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString() }, [
          { name: "build.log", content: uniqueLog() },
        ]),
      ),
    ),
  );
  expect(answers.map((a) => a.status)).toEqual(Array(7).fill(201));
  expect(await signaturesOffTheirBuilds()).toEqual([]);
});

/** Signatures whose stored stats differ from a recount (one statement: one snapshot). */
async function signaturesOffTheirBuilds() {
  return db.$queryRaw<{ id: number }[]>`
    SELECT s.id FROM "Signature" s
    LEFT JOIN LATERAL (
      SELECT count(b.id)::int AS builds, count(DISTINCT b."packageId")::int AS packages,
             min(COALESCE(b."finishedAt", b."createdAt")) AS first_seen,
             max(COALESCE(b."finishedAt", b."createdAt")) AS last_seen
      FROM "Build" b
      WHERE (s.level = 'fine' AND b."fineSignatureId" = s.id) OR (s.level = 'coarse' AND b."coarseSignatureId" = s.id)
    ) r ON true
    WHERE s."buildCount" <> r.builds OR s."packageCount" <> r.packages
       OR s."firstSeenAt" IS DISTINCT FROM r.first_seen OR s."lastSeenAt" IS DISTINCT FROM r.last_seen`;
}

describe("content is stored once and byte-exact", () => {
  test("the same emerge --info in many results is one blob", async () => {
    const { token } = await newTinderbox();
    const info = Buffer.from(
      `${corpusFile("real/emerge-info-2021-plasma-systemd/emerge-info.txt")}${unique()}\n`,
    );
    for (let i = 0; i < 3; i++) {
      const res = await upload(
        multipartRequest(token, {}, [
          { name: "build.log", content: uniqueLog() },
          { name: "emerge-info.txt", content: info },
        ]),
      );
      expect(res.status).toBe(201);
    }
    expect(await db.file.count({ where: { blobSha256: sha(info) } })).toBe(3);
    expect(await db.blob.count({ where: { sha256: sha(info) } })).toBe(1);
  });

  test.each([
    ["gzip", "gz", (b: Buffer) => gzipSync(b)],
    ["xz", "xz", (b: Buffer) => execFileSync("xz", ["-c"], { input: b })],
    ["bzip2", "bz2", (b: Buffer) => execFileSync("bzip2", ["-c"], { input: b })],
  ])("a %s-compressed log is stored decompressed, byte-exact", async (encoding, suffix, compress) => {
    const { token } = await newTinderbox();
    const log = uniqueLog();
    const res = await upload(
      multipartRequest(token, {}, [
        { name: `dev-libs:popt-1.19:20261128-044417.log.${suffix}`, content: compress(log) },
      ]),
    );
    expect(res.status).toBe(201);
    const file = await db.file.findFirstOrThrow({ where: { buildId: Number(res.body.id) } });
    expect(file).toMatchObject({
      role: "build-log",
      uploadEncoding: encoding,
      blobSha256: sha(log),
      size: BigInt(log.length),
    });
    expect((await storedText(file.blobSha256)).equals(log)).toBe(true);
  });

  test("non-UTF-8 bytes are kept exactly and analysed with replacement characters", async () => {
    const { token } = await newTinderbox();
    const latin1 = Buffer.from("poptconfig.c:210:28: error: \xabFNM_PATHNAME\xbb undeclared\n", "latin1");
    const log = Buffer.concat([uniqueLog(), latin1, Buffer.from([0xff, 0xfe, 0x00, 0x0a])]);
    const res = await upload(
      multipartRequest(token, { atom: "dev-libs/popt-1.19" }, [{ name: "build.log", content: log }]),
    );
    expect(res.status).toBe(201);
    const file = await db.file.findFirstOrThrow({ where: { buildId: Number(res.body.id) } });
    expect((await storedText(file.blobSha256)).equals(log)).toBe(true);
  });
});

describe("tar bundles", () => {
  test.each([
    ["application/x-tar", (b: Buffer) => b],
    ["application/x-xz", (b: Buffer) => execFileSync("xz", ["-c"], { input: b })],
    ["application/gzip", (b: Buffer) => gzipSync(b)],
  ])("%s with kindling.json first is stored, folders kept in names", async (type, wrap) => {
    const { token } = await newTinderbox();
    const archive = await tarBytes([
      {
        name: "kindling.json",
        content: JSON.stringify({
          idempotencyKey: unique(),
          files: [{ name: "logs/main.log", role: "build-log" }],
        }),
      },
      { name: "logs/", type: "directory" },
      { name: "logs/main.log", content: uniqueLog() },
      {
        name: "emerge-info.txt",
        content:
          "Portage 3.0.67 (python 3.13.3-final-0, default/linux/amd64/23.0, gcc-14, glibc-2.40, 6.12.1 x86_64)\n",
      },
    ]);
    const res = await upload(bundleRequest(token, wrap(archive), type));
    expect(res.status).toBe(201);
    const files = await db.file.findMany({
      where: { buildId: Number(res.body.id) },
      orderBy: { name: "asc" },
    });
    expect(files.map((f) => [f.name, f.role])).toEqual([
      ["emerge-info.txt", "emerge-info"],
      ["logs/main.log", "build-log"],
    ]);
  });

  test("an attached archive is kept whole with its member list, links recorded but inert", async () => {
    const { token } = await newTinderbox();
    const res = await upload(
      multipartRequest(token, {}, [
        { name: "build.log", content: uniqueLog() },
        {
          name: "logs.tar.xz",
          content: corpusFile("generated/test-automake-check-libyaml/issue-dir/files/logs.tar.xz"),
        },
      ]),
    );
    expect(res.status).toBe(201);
    const archive = await db.file.findFirstOrThrow({
      where: { buildId: Number(res.body.id), role: "archive" },
      include: { members: true },
    });
    expect(archive.uploadEncoding).toBe("xz");
    expect(archive.members.length).toBeGreaterThan(0);
    expect(archive.members.some((m) => m.path.endsWith("test-suite.log"))).toBe(true);
  });
});
