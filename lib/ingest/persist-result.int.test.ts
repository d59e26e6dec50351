// The result transaction in plain SQL writes what the Prisma version did: the
// columns it converts by hand (timestamps, arrays, enums, jsonb, bigint), the
// maintainer precedence, the tinderbox update and the duplicate-key answer.
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { expect, test } from "vitest";
import { corpusFile, tarBytes } from "@/tests/upload/upload-client";
import { db } from "../db";
import { isUniqueViolation, pgSql, transaction } from "../sql/executor";
import { sqlPool } from "../sql/pool";
import { ingestUpload } from "./ingest-upload";
import type { ResultMeta } from "./result-meta";
import { ensureTinderbox } from "./tinderboxes";

const LOG = "generated/compile-c-implicit-decl-popt/build.log";

async function uploadResult(
  tinderboxId: number,
  meta: ResultMeta,
  extra: { name: string; content: Buffer }[] = [],
) {
  const log = Buffer.concat([corpusFile(LOG), Buffer.from(`# ${randomUUID()}\n`)]);
  const files = [{ name: "build.log", content: log }, ...extra];
  async function* parts() {
    yield { type: "meta" as const, text: JSON.stringify(meta) };
    for (const f of files) yield { type: "file" as const, name: f.name, stream: Readable.from([f.content]) };
  }
  const outcome = await ingestUpload(parts(), { tinderboxId, tokenId: null });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

test("a result's rows carry exact timestamps, arrays, enums, analysis and archive members", async () => {
  const { id: tinderboxId } = await ensureTinderbox(`persist-${randomUUID()}`);
  const archive = await tarBytes([{ name: "logs/test-suite.log", content: "FAIL: x\n" }]);
  const outcome = await uploadResult(
    tinderboxId,
    {
      idempotencyKey: randomUUID(),
      atom: "dev-libs/popt-1.19",
      startedAt: "2026-11-28T04:00:00.123+01:00",
      finishedAt: "2026-11-28T03:44:17.5Z",
      useFlags: ["nls", "-static-libs"],
      tinderbox: { arch: "amd64", toolchainTags: ["gcc-15"] },
    },
    [{ name: "logs.tar", content: archive }],
  );
  const build = await db.build.findUniqueOrThrow({
    where: { id: outcome.id },
    include: {
      files: { include: { members: true }, orderBy: { id: "asc" } },
      findings: true,
      tinderbox: true,
    },
  });
  expect(build).toMatchObject({
    startedAt: new Date("2026-11-28T03:00:00.123Z"),
    finishedAt: new Date("2026-11-28T03:44:17.500Z"),
    durationSec: 2657,
    useFlags: ["nls", "-static-libs"],
    status: "failed",
    kind: "compile",
    analysis: expect.objectContaining({ buildLog: "build.log" }),
  });
  expect(Math.abs(build.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
  expect(build.findings.some((f) => f.isPrimary && f.kind === "error" && f.severity === "error")).toBe(true);
  const [log, tar] = build.files;
  expect(log).toMatchObject({ name: "build.log", role: "build-log", uploadEncoding: "none" });
  expect(Number(log.lineCount)).toBeGreaterThan(10);
  expect(tar).toMatchObject({ role: "archive", lineCount: null, size: BigInt(archive.length) });
  expect(tar.members.map((m) => [m.position, m.path, m.type, m.size])).toEqual([
    [0, "logs/test-suite.log", "file", 8n],
  ]);
  expect(tar.members[0].mtime).toBeInstanceOf(Date);
  // Fields the uploader left out keep their stored values.
  expect(build.tinderbox).toMatchObject({ arch: "amd64", toolchainTags: ["gcc-15"], description: "" });
});

test("metadata maintainers replace the package's list in order; log maintainers never override them", async () => {
  const { id: tinderboxId } = await ensureTinderbox(`persist-${randomUUID()}`);
  const name = `pkg${randomUUID().slice(0, 8)}`;
  const maintainers = [
    { email: "B@Example.org", name: "B" },
    { email: "maintainer-needed@gentoo.org" },
    { email: "b@example.org", name: "again" },
  ];
  const first = await uploadResult(tinderboxId, { atom: `dev-libs/${name}-1`, maintainers });
  // No maintainers in meta: the log's Maintainer line must not add rows now.
  await uploadResult(tinderboxId, { atom: `dev-libs/${name}-2` });
  expect(await maintainersOf(first.id)).toEqual([
    { email: "b@example.org", name: "B", type: "person", position: 0, source: "metadata" },
    { email: "maintainer-needed@gentoo.org", name: "", type: "project", position: 1, source: "metadata" },
  ]);
  // A package nobody sent metadata for takes the log's ` * Maintainer:` line.
  const logOnly = await uploadResult(tinderboxId, { atom: `dev-libs/${name}x-1` });
  expect(await maintainersOf(logOnly.id)).toEqual([
    { email: "base-system@gentoo.org", name: "", type: "person", position: 0, source: "log" },
  ]);
});

async function maintainersOf(buildId: number) {
  const build = await db.build.findUniqueOrThrow({ where: { id: buildId }, select: { packageId: true } });
  return db.packageMaintainer.findMany({
    where: { packageId: build.packageId },
    orderBy: { position: "asc" },
    select: { email: true, name: true, type: true, position: true, source: true },
  });
}

test("a retry answers the stored build and leaves no chunk sets behind", async () => {
  const { id: tinderboxId } = await ensureTinderbox(`persist-${randomUUID()}`);
  const meta = { idempotencyKey: randomUUID(), atom: "dev-libs/popt-1.19" };
  const first = await uploadResult(tinderboxId, meta);
  const chunkSets = await db.blobChunk.groupBy({ by: ["chunkSetId"] });
  const again = await uploadResult(tinderboxId, meta);
  expect(again).toEqual({ ok: true, id: first.id, created: false });
  expect((await db.blobChunk.groupBy({ by: ["chunkSetId"] })).length).toBe(chunkSets.length);
});

test("two uploads of one result at once store it once; the loser answers the stored build", async () => {
  const { id: tinderboxId } = await ensureTinderbox(`persist-${randomUUID()}`);
  const meta = { idempotencyKey: randomUUID(), atom: "dev-libs/popt-1.19" };
  const before = (await db.blobChunk.groupBy({ by: ["chunkSetId"] })).length;
  // Both pass ingest's look-up before the files; the result transaction has none, its Build insert
  // meets the other's on the unique key.
  const outcomes = await Promise.all([uploadResult(tinderboxId, meta), uploadResult(tinderboxId, meta)]);
  expect(outcomes[0].id).toBe(outcomes[1].id);
  expect(outcomes.map((o) => o.created).sort()).toEqual([false, true]);
  expect(await db.build.count({ where: { tinderboxId } })).toBe(1);
  const stored = await db.file.count({ where: { buildId: outcomes[0].id } });
  expect((await db.blobChunk.groupBy({ by: ["chunkSetId"] })).length).toBeLessThanOrEqual(before + stored);
});

test("a duplicate (tinderbox, idempotency key) is recognised by its constraint; the transaction rolls back", async () => {
  const { id: tinderboxId } = await ensureTinderbox(`persist-${randomUUID()}`);
  const key = randomUUID();
  const insert = `INSERT INTO "Package" ("category", "name") VALUES ('dup-test', $1) RETURNING "id"`;
  const packageName = randomUUID();
  const build = `INSERT INTO "Build" ("tinderboxId", "packageId", "idempotencyKey", "atom", "version", "status", "kind")
                 VALUES ($1, $2, $3, 'dup-test/x-1', '1', 'failed', 'unknown')`;
  const failure = await transaction(sqlPool(), async (sql) => {
    const [pkg] = await sql.query<{ id: number }>(insert, [packageName]);
    await sql.query(build, [tinderboxId, pkg.id, key]);
    await sql.query(build, [tinderboxId, pkg.id, key]);
  }).catch((err: unknown) => err);
  expect(isUniqueViolation(failure, "Build_tinderboxId_idempotencyKey_key")).toBe(true);
  const left = await pgSql(sqlPool()).query(`SELECT 1 FROM "Package" WHERE "name" = $1`, [packageName]);
  expect(left).toEqual([]);
});
