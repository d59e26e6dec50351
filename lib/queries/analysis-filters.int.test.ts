// The cause, infra and bug-status filters return exactly the right builds, on
// real PostgreSQL. Every build sits on this run's own tinderbox; nothing is wiped.
import { randomUUID } from "node:crypto";
import { beforeAll, expect, test } from "vitest";
import { db } from "@/lib/db";
import { ensureTinderbox } from "@/lib/ingest/tinderboxes";
import { failureListQuerySchema } from "./failure-filters";
import { listFailures } from "./failures";

const u = randomUUID().slice(0, 8);
const TINDERBOX = `analysis-filters-${u}`;
const BUG_BASE = 700_000_000 + Math.floor(Math.random() * 1_000_000) * 10;
let causeId = 0;

interface Seed {
  name: string;
  infraReason?: string;
  cause?: boolean;
  bugs?: Array<{ status: string; resolution: string } | "unsynced">;
}

const SEEDS: Seed[] = [
  { name: "plain" },
  { name: "disk", infraReason: "disk-full" },
  // Session 14's reasons: a string column, so a new reason filters like the old ones without a migration.
  { name: "emu", infraReason: "emulation" },
  { name: "oom", infraReason: "oom", bugs: [{ status: "CONFIRMED", resolution: "" }] },
  { name: "missing", cause: true, bugs: [{ status: "RESOLVED", resolution: "FIXED" }] },
  { name: "missing2", cause: true, bugs: [{ status: "RESOLVED", resolution: "DUPLICATE" }, "unsynced"] },
  {
    name: "both",
    cause: true,
    bugs: [
      { status: "IN_PROGRESS", resolution: "" },
      { status: "VERIFIED", resolution: "FIXED" },
    ],
  },
  { name: "unsynced", bugs: ["unsynced"] },
];

async function seedBuild(seed: Seed, tinderboxId: number, index: number): Promise<void> {
  const pkg = await db.package.create({ data: { category: `af${u}-libs`, name: seed.name } });
  const build = await db.build.create({
    data: {
      tinderboxId,
      packageId: pkg.id,
      idempotencyKey: `${seed.name}-${u}`,
      atom: `af${u}-libs/${seed.name}-1.0`,
      version: "1.0",
      status: "failed",
      kind: "compile",
      finishedAt: new Date(Date.UTC(2026, 0, 1 + index)),
      infraReason: seed.infraReason ?? null,
      causeId: seed.cause ? causeId : null,
    },
  });
  for (const [i, bug] of (seed.bugs ?? []).entries()) {
    const bugNumber = BUG_BASE + index * 100 + i;
    if (bug !== "unsynced") await db.bugzillaBug.create({ data: { bugNumber, ...bug } });
    await db.bugLink.create({
      data: { buildId: build.id, bugNumber, url: `https://bugs.gentoo.org/${bugNumber}` },
    });
  }
}

beforeAll(async () => {
  const tinderbox = await ensureTinderbox(TINDERBOX);
  causeId = (await db.cause.create({ data: { type: "pkg-config", name: `libpcre-${u}` } })).id;
  for (const [index, seed] of SEEDS.entries()) await seedBuild(seed, tinderbox.id, index);
});

async function names(params: Record<string, string>): Promise<string[]> {
  const query = failureListQuerySchema.parse({ pageSize: "200", tinderbox: TINDERBOX, ...params });
  const list = await listFailures(query);
  return list.rows.map((row) => row.atom.split("/")[1].replace(/-1\.0$/, "")).sort();
}

test("cause by id and by type:name; an unknown cause matches nothing", async () => {
  expect(await names({ cause: String(causeId) })).toEqual(["both", "missing", "missing2"]);
  expect(await names({ cause: `pkg-config:libpcre-${u}` })).toEqual(["both", "missing", "missing2"]);
  expect(await names({ cause: `header:libpcre-${u}` })).toEqual([]);
  expect(await names({ cause: "no-colon" })).toEqual([]);
});

test("infra only, exclude, one reason; the default list shows everything", async () => {
  expect(await names({})).toHaveLength(SEEDS.length);
  expect(await names({ infra: "only" })).toEqual(["disk", "emu", "oom"]);
  expect(await names({ infra: "disk-full" })).toEqual(["disk"]);
  expect(await names({ infra: "emulation" })).toEqual(["emu"]);
  expect(await names({ infra: "disk-io" })).toEqual([]);
  expect(await names({ infra: "exclude" })).toEqual(["both", "missing", "missing2", "plain", "unsynced"]);
  expect(await names({ infra: "bogus" })).toHaveLength(SEEDS.length);
});

test("bug status through BugLink and BugzillaBug", async () => {
  expect(await names({ bugStatus: "open" })).toEqual(["both", "oom"]);
  expect(await names({ bugStatus: "fixed" })).toEqual(["both", "missing"]);
  expect(await names({ bugStatus: "resolved-other" })).toEqual(["missing2"]);
  expect(await names({ bugStatus: "none" })).toEqual(["disk", "emu", "plain"]);
});

test("filters combine, and rows carry the infra reason and the cause", async () => {
  expect(await names({ cause: String(causeId), bugStatus: "fixed" })).toEqual(["both", "missing"]);
  expect(await names({ infra: "only", bugStatus: "open" })).toEqual(["oom"]);
  const query = failureListQuerySchema.parse({ tinderbox: TINDERBOX, pageSize: "200" });
  const rows = (await listFailures(query)).rows;
  expect(rows.find((r) => r.atom.includes("/disk-"))).toMatchObject({
    infraReason: "disk-full",
    cause: null,
  });
  expect(rows.find((r) => r.atom.includes("/missing-"))).toMatchObject({
    infraReason: null,
    cause: { id: causeId, type: "pkg-config", name: `libpcre-${u}` },
  });
});
