// A tracker's burndown from real build history (real PostgreSQL, builds stored
// through ingest): open failures until the package builds clean after them,
// backfilled snapshots per day, the package lists, and a search rule reaching
// the bug form's "blocks".
import { randomBytes, randomInt } from "node:crypto";
import { expect, test } from "vitest";
import { db } from "@/lib/db";
import { seedUpload } from "@/lib/ingest/testing/seed-upload";
import { activeTrackerRules } from "@/lib/queries/trackers";
import { newPool } from "@/lib/sql/pool";
import { SNAPSHOT_LOCK_KEY, snapshotTrackers } from "./snapshot-schedule";
import { trackerView } from "./tracker-view";

async function build(atom: string, status: "failed" | "succeeded", day: string): Promise<number> {
  return seedUpload(
    { "build.log": `>>> Emerging (1 of 1) ${atom}\nfoo.c:1:1: error: 'x' undeclared\n` },
    { atom, status, finishedAt: `${day}T12:00:00Z` },
  );
}

test("open failures burn down as packages build clean; the first view backfills one snapshot per day", async () => {
  const category = `trk-${randomBytes(4).toString("hex")}`;
  await build(`${category}/a-1`, "failed", "2026-11-10");
  await build(`${category}/a-1`, "succeeded", "2026-11-15");
  await build(`${category}/b-1`, "failed", "2026-11-12");
  const newestB = await build(`${category}/b-1`, "failed", "2026-11-16");
  await build(`${category}/c-1`, "succeeded", "2026-11-13");
  const onlyC = await build(`${category}/c-1`, "failed", "2026-11-14");
  const elsewhere = await build("dev-libs/not-tracked-1", "failed", "2026-11-14");
  const tracker = await db.tracker.create({
    data: {
      bugNumber: randomInt(10_000_000, 99_999_999),
      title: "t",
      matchType: "search",
      pattern: `category=${category}`,
    },
  });

  const view = await trackerView(tracker.id, new Date("2026-11-20T18:00:00Z"));
  if (!view.ok) throw new Error(view.message);
  const byDay = Object.fromEntries(
    view.days.map((d) => [d.day, [d.openFailures, d.packages, d.fixedPackages]]),
  );
  expect(view.days).toHaveLength(11);
  expect(byDay).toMatchObject({
    "2026-11-10": [1, 1, 0],
    "2026-11-11": [1, 1, 0],
    "2026-11-12": [2, 2, 0],
    "2026-11-14": [3, 3, 0],
    "2026-11-15": [2, 2, 1],
    "2026-11-16": [3, 2, 1],
    "2026-11-20": [3, 2, 1],
  });
  expect(view.now).toMatchObject({ openFailures: 3, packages: 2, fixedPackages: 1 });
  expect(await db.trackerSnapshot.count({ where: { trackerId: tracker.id } })).toBe(11);

  const { open, fixed, byCategory } = view.detail;
  expect(open.map((p) => [p.atom, p.openFailures, p.newestBuildId])).toEqual([
    [`${category}/b`, 2, newestB],
    [`${category}/c`, 1, onlyC],
  ]);
  expect(fixed.map((p) => p.atom)).toEqual([`${category}/a`]);
  expect(byCategory).toEqual([{ key: category, openFailures: 3, packages: 2 }]);

  // The bug form of a picked build lists the tracker under "blocks"; another build's does not.
  const picked = (await activeTrackerRules(onlyC)).find((rule) => rule.bugNumber === tracker.bugNumber);
  expect(picked).toMatchObject({ matchType: "regex", pattern: "^" });
  const other = await activeTrackerRules(elsewhere);
  expect(other.some((rule) => rule.bugNumber === tracker.bugNumber)).toBe(false);
  await db.tracker.update({ where: { id: tracker.id }, data: { active: false } });
});

test("the snapshot job runs in one process at a time (advisory lock) and writes today's row", async () => {
  const category = `trk-${randomBytes(4).toString("hex")}`;
  await build(`${category}/d-1`, "failed", "2026-11-18");
  const tracker = await db.tracker.create({
    data: {
      bugNumber: randomInt(10_000_000, 99_999_999),
      title: "t",
      matchType: "search",
      pattern: `category=${category}`,
    },
  });
  const holder = newPool({ max: 1 });
  const client = await holder.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [SNAPSHOT_LOCK_KEY]);
    expect(await snapshotTrackers(() => false, new Date("2026-11-19T10:00:00Z"))).toBeNull();
    await client.query("SELECT pg_advisory_unlock($1)", [SNAPSHOT_LOCK_KEY]);
    expect(await snapshotTrackers(() => false, new Date("2026-11-19T10:00:00Z"))).toBeGreaterThanOrEqual(1);
  } finally {
    client.release();
    await holder.end();
  }
  const days = await db.trackerSnapshot.findMany({
    where: { trackerId: tracker.id },
    orderBy: { day: "asc" },
  });
  expect(days.map((d) => [d.day.toISOString().slice(0, 10), d.openFailures])).toEqual([
    ["2026-11-18", 1],
    ["2026-11-19", 1],
  ]);
  await db.tracker.update({ where: { id: tracker.id }, data: { active: false } });
});
