// The attachment bundle through its real route handler on real PostgreSQL:
// made once and kept, at most two compressions, 503 past the queue, abort kills
// xz, every member within Bugzilla's limit, a valid tar with safe names.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect, test, vi } from "vitest";
import { BUGZILLA_ATTACHMENT_LIMIT } from "@/lib/bugs/bundle";
import { compressionGate } from "@/lib/bugs/bundle-cache";
import { liveXzChildren, xzCounters } from "@/lib/bugs/bundle-xz";
import { db } from "@/lib/db";
import {
  bundleRequest,
  compressibleLog,
  hexLog,
  poptLog,
  storeResult,
  type TarEntry,
  untar,
} from "./bundle-client";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => null }));
vi.mock("@/lib/env", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/env")>();
  return { ...real, env: () => ({ ...real.env(), KINDLING_PUBLIC: true }) };
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const unxz = (bytes: Buffer) => spawnSync("xz", ["-dc"], { input: bytes, maxBuffer: 1 << 28 }).stdout;
const byName = (entries: TarEntry[], suffix: string) => entries.find((entry) => entry.name.endsWith(suffix));

test("a big file is compressed once, shared by concurrent requests, then served from the kept row", async () => {
  const log = compressibleLog(3 << 20);
  const id = await storeResult([
    { name: "emerge-info.txt", content: Buffer.from(`Portage 3.0.66 ${randomBytes(4).toString("hex")}\n`) },
    { name: "build.log", content: log },
  ]);
  const before = xzCounters.started;
  const [first, second] = await Promise.all([bundleRequest(id), bundleRequest(id)]);
  expect(first.status).toBe(200);
  const [entries, twin] = await Promise.all([untar(first), untar(second)]);
  expect(xzCounters.started - before).toBe(1);
  expect(entries.map((entry) => entry.name.replace(/^[^/]+\//, ""))).toEqual([
    "emerge-info.txt",
    "build.log.xz",
    "README.txt",
  ]);
  expect(twin.map((entry) => entry.name)).toEqual(entries.map((entry) => entry.name));
  expect(unxz(byName(entries, "build.log.xz")?.bytes ?? Buffer.alloc(0)).equals(log)).toBe(true);
  const afterFirst = xzCounters.started;
  const warm = await untar(await bundleRequest(id));
  expect(xzCounters.started).toBe(afterFirst);
  expect(
    byName(warm, "build.log.xz")?.bytes.equals(byName(entries, "build.log.xz")?.bytes ?? Buffer.alloc(0)),
  ).toBe(true);
  const rows = await db.bundleMember.findMany({ where: { blobSha256: await blobOf(id, "build.log") } });
  expect(rows.map((row) => row.variant)).toEqual(["xz"]);
});

test("a 5 MB incompressible log becomes an excerpt with its error lines; every member fits; README says so", async () => {
  const noise = () => randomBytes(5 << 19);
  const log = Buffer.concat([noise(), Buffer.from("\n"), poptLog(), noise()]);
  const id = await storeResult([{ name: "build.log", content: log }]);
  const build = await db.build.findUniqueOrThrow({ where: { id }, select: { primaryText: true } });
  const entries = await untar(await bundleRequest(id));
  for (const entry of entries) expect(entry.bytes.length).toBeLessThanOrEqual(BUGZILLA_ATTACHMENT_LIMIT);
  const excerpt = byName(entries, "build.log.excerpt.xz");
  expect(excerpt).toBeDefined();
  const text = unxz(excerpt?.bytes ?? Buffer.alloc(0)).toString("utf8");
  expect(text).toContain("===== head");
  expect(text).toContain("(the primary error) =====");
  expect(build.primaryText).toBeTruthy();
  expect(text).toContain(build.primaryText ?? "no primary");
  expect(text).toContain("===== tail");
  const readme = byName(entries, "README.txt")?.bytes.toString() ?? "";
  expect(readme).toMatch(/build\.log\.excerpt\.xz\n {2}EXCERPT/);
  expect(readme).toMatch(/full file: \S+\/files\/\d+/);
});

test("at most two compressions run; another bundle's waits in the queue", async () => {
  const hex = (name: string) => ({ name, content: hexLog(3 << 20) });
  const first = await storeResult([{ name: "build.log", content: poptLog() }, hex("a.log"), hex("b.log")]);
  const second = await storeResult([{ name: "build.log", content: poptLog() }, hex("c.log")]);
  const responses = [await bundleRequest(first), await bundleRequest(second)];
  expect(compressionGate.load).toEqual({ running: 2, queued: 1 });
  let most = 0;
  const watch = setInterval(() => (most = Math.max(most, liveXzChildren().length)), 5);
  const [entries, others] = await Promise.all(responses.map(untar));
  clearInterval(watch);
  expect(most).toBeGreaterThan(0);
  expect(most).toBeLessThanOrEqual(2);
  // Hex text xz-compresses to ~1.7 MB: too big whole, so each is an excerpt within the limit.
  const all = [...entries, ...others];
  expect(all.filter((entry) => entry.name.endsWith(".excerpt.xz"))).toHaveLength(3);
  for (const entry of all) expect(entry.bytes.length).toBeLessThanOrEqual(BUGZILLA_ATTACHMENT_LIMIT);
});

test("a full gate answers 503 with Retry-After; a bundle with more big files than the queue holds completes", async () => {
  const names = Array.from({ length: 11 }, (_, i) => `part${i}.log`);
  const id = await storeResult([
    { name: "build.log", content: poptLog() },
    ...names.map((name) => ({ name, content: hexLog(1100 * 1024) })),
  ]);
  const hold = new AbortController();
  let release = () => {};
  const blocked = new Promise<void>((resolve) => (release = resolve));
  const { maxRunning, maxQueued } = compressionGate;
  const holders = Array.from({ length: maxRunning + maxQueued }, () =>
    compressionGate.run(() => blocked, hold.signal),
  );
  const busy = await bundleRequest(id);
  expect(busy.status).toBe(503);
  expect(busy.headers.get("Retry-After")).toMatch(/^\d+$/);
  expect(await busy.json()).toMatchObject({ error: { code: "busy" } });
  release();
  await Promise.all(holders);

  const response = await bundleRequest(id);
  expect(response.status).toBe(200);
  let most = 0;
  const watch = setInterval(() => (most = Math.max(most, liveXzChildren().length)), 5);
  const entries = await untar(response);
  clearInterval(watch);
  expect(most).toBeLessThanOrEqual(2);
  expect(entries.filter((entry) => entry.name.endsWith(".xz"))).toHaveLength(11);
  for (const entry of entries) expect(entry.bytes.length).toBeLessThanOrEqual(BUGZILLA_ATTACHMENT_LIMIT);
  expect(compressionGate.load).toEqual({ running: 0, queued: 0 });
});

test("when the client goes away, xz is killed and nothing is kept", async () => {
  const id = await storeResult([{ name: "build.log", content: hexLog(4 << 20) }]);
  const client = new AbortController();
  const response = await bundleRequest(id, client.signal);
  expect(response.status).toBe(200);
  await waitFor(() => liveXzChildren().length === 1);
  const startedBefore = xzCounters.started;
  client.abort();
  await response.body?.cancel();
  await waitFor(() => liveXzChildren().length === 0, 300);
  // Had the compression gone on, its excerpt would be made (another xz) and kept by now.
  await sleep(1500);
  expect(xzCounters.started).toBe(startedBefore);
  expect(await db.bundleMember.count({ where: { blobSha256: await blobOf(id, "build.log") } })).toBe(0);
});

test("hostile and non-UTF-8 names are replaced by generated ones; bytes pass unchanged", async () => {
  const odd = Buffer.from([0x66, 0xff, 0xfe, 0x0a, 0xc3, 0x28, 0x0a]);
  const id = await storeResult([
    { name: "build.log", content: poptLog() },
    { name: "emerge-info.txt", content: odd },
  ]);
  const file = await db.file.findFirstOrThrow({ where: { buildId: id, name: "emerge-info.txt" } });
  const hostile = [
    "README.txt",
    "../../../../tmp/evil.sh",
    "/etc/passwd",
    "caf\uFFFD\u202Egol.exe",
    "..",
    "a\\..\\b",
  ];
  for (const name of hostile)
    await db.file.create({
      data: { buildId: id, name, blobSha256: file.blobSha256, size: file.size, role: "other" },
    });
  const entries = await untar(await bundleRequest(id));
  const directory = entries[0].name.split("/")[0];
  expect(directory).toMatch(/^dev-libs_bundle[0-9a-f]+-1\.0-build\d+$/);
  for (const entry of entries) {
    expect(entry.type).toBe("file");
    expect(entry.name.split("/")).toHaveLength(2);
    expect(entry.name.startsWith(`${directory}/`)).toBe(true);
    expect(entry.name).toMatch(/^[A-Za-z0-9._+:/-]+$/);
    expect(entry.name.split("/")[1].startsWith(".")).toBe(false);
  }
  expect(entries).toHaveLength(hostile.length + 3);
  expect(byName(entries, "/emerge-info.txt")?.bytes.equals(odd)).toBe(true);
  expect(new Set(entries.map((entry) => entry.name)).size).toBe(entries.length);
});

async function blobOf(buildId: number, name: string): Promise<string> {
  return (await db.file.findFirstOrThrow({ where: { buildId, name } })).blobSha256;
}

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met in ${timeoutMs} ms`);
    await sleep(10);
  }
}
