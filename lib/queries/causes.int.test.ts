// The causes list (ranking, type and name filters), one cause's counts and the
// provider read from a build's own qlist-info.txt, on real PostgreSQL.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { beforeAll, expect, test } from "vitest";
import { db } from "@/lib/db";
import { ingestUpload } from "@/lib/ingest/ingest-upload";
import { ensureTinderbox } from "@/lib/ingest/tinderboxes";
import type { UploadPart } from "@/lib/ingest/upload-parts";
import { causeListQuerySchema, causePackages, causeProviders, findCause, listCauses } from "./causes";

const u = randomUUID().slice(0, 8);
const TMUX = "fixtures/corpus/generated/configure-autoconf-tmux-libevent-missing";
const causes: Record<string, number> = {};

async function failures(causeId: number, packages: string[], status: "failed" | "succeeded" = "failed") {
  const tinderbox = await ensureTinderbox(`causes-${u}`);
  for (const name of packages) {
    const pkg = await db.package.upsert({
      where: { category_name: { category: `cz${u}`, name } },
      create: { category: `cz${u}`, name },
      update: {},
    });
    await db.build.create({
      data: {
        tinderboxId: tinderbox.id,
        packageId: pkg.id,
        idempotencyKey: randomUUID(),
        atom: `cz${u}/${name}-1`,
        version: "1",
        status,
        kind: "configure",
        causeId,
        finishedAt: new Date("2026-11-01T00:00:00Z"),
      },
    });
  }
}

async function ingestTmux(): Promise<number> {
  const tinderbox = await ensureTinderbox(`causes-qlist-${u}`);
  const files = {
    "build.log": `${TMUX}/build.log`,
    "qlist-info.txt": `${TMUX}/issue-dir/files/qlist-info.txt`,
  };
  async function* parts(): AsyncGenerator<UploadPart> {
    yield { type: "meta", text: JSON.stringify({ idempotencyKey: randomUUID() }) };
    for (const [name, path] of Object.entries(files))
      yield { type: "file", name, stream: Readable.from([readFileSync(path)]) };
  }
  const outcome = await ingestUpload(parts(), { tinderboxId: tinderbox.id, tokenId: null });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.id;
}

beforeAll(async () => {
  for (const [key, type, name] of [
    ["many", "pkg-config", `libpcre-${u}`],
    ["spread", "header", `zlib-${u}.h`],
    ["cmake", "executable", "cmake"],
  ]) {
    const cause = await db.cause.upsert({
      where: { type_name: { type, name } },
      create: { type, name },
      update: {},
    });
    causes[key] = cause.id;
  }
  // "many": 4 failures in 2 packages; "spread": 3 failures in 3 packages; successes never count.
  await failures(causes.many, ["a", "a", "a", "b"]);
  await failures(causes.spread, ["c", "d", "e"]);
  await failures(causes.spread, ["f", "g"], "succeeded");
});

async function listed(params: Record<string, string>) {
  const list = await listCauses(causeListQuerySchema.parse({ pageSize: "200", q: u, ...params }));
  return list.rows.map((row) => [row.name, row.failures, row.packages]);
}

test("ranked by failures or by packages, filtered by type and name", async () => {
  const many = [`libpcre-${u}`, 4, 2];
  const spread = [`zlib-${u}.h`, 3, 3];
  expect(await listed({})).toEqual([many, spread]);
  expect(await listed({ sort: "packages" })).toEqual([spread, many]);
  expect(await listed({ type: "header" })).toEqual([spread]);
  expect(await listed({ q: `libpcre-${u}` })).toEqual([many]);
  expect(await listed({ q: `nothing-${u}` })).toEqual([]);
  expect(await listed({ type: "not-a-type", sort: "bogus" })).toEqual([many, spread]);
});

test("one cause's counts and packages", async () => {
  expect(await findCause(causes.many)).toMatchObject({ type: "pkg-config", failures: 4, packages: 2 });
  expect(await findCause(2_000_000_000)).toBeNull();
  expect(await causePackages(causes.many)).toEqual([
    { category: `cz${u}`, name: "a", failures: 3 },
    { category: `cz${u}`, name: "b", failures: 1 },
  ]);
});

test("the provider comes from the build's own qlist-info.txt", async () => {
  const buildId = await ingestTmux();
  await db.build.update({ where: { id: buildId }, data: { causeId: causes.cmake } });
  const cause = await findCause(causes.cmake);
  if (!cause) throw new Error("cause missing");
  const sightings = await causeProviders(cause);
  expect(sightings.find((s) => s.buildId === buildId)).toMatchObject({
    source: "qlist-info.txt",
    provider: { package: "dev-build/cmake", version: "3.31.7-r1" },
  });
  const pcre = await causeProviders({ id: causes.cmake, type: "pkg-config", name: `libpcre-${u}` });
  expect(pcre.find((s) => s.buildId === buildId)?.provider).toBeNull();
});
