// "My packages on trackers" on a real PostgreSQL: a maintainer sees, per active
// tracker, the open packages that name them (by e-mail, any case), not others'
// packages, not fixed ones, not inactive trackers'.
import { randomInt, randomUUID } from "node:crypto";
import { expect, test } from "vitest";
import { db } from "@/lib/db";
import { seedUpload } from "@/lib/ingest/testing/seed-upload";
import { myPackagesOnTrackers } from "./my-packages";

async function build(atom: string, status: "failed" | "succeeded", day: string): Promise<number> {
  const log = ` * Package:    ${atom}:0\nfoo.c:1:1: error: 'x' undeclared\n`;
  return seedUpload({ "build.log": log }, { atom, status, finishedAt: `${day}T12:00:00Z` });
}

async function maintain(buildId: number, email: string): Promise<void> {
  const { packageId } = await db.build.findUniqueOrThrow({ where: { id: buildId } });
  await db.packageMaintainer.create({ data: { packageId, email } });
}

// The overview looks at the first 30 active trackers by bug number: a low number keeps this
// one among them whatever trackers other tests left active (toralf's seeded ones are 6-digit).
test("a maintainer's open packages per active tracker, and nobody else's", async () => {
  const category = `mine-${randomUUID().slice(0, 8)}`;
  const me = `${randomUUID().slice(0, 8)}@gentoo.example`;
  const mineOpen = await build(`${category}/mine-1`, "failed", "2026-11-10");
  const mineFixed = await build(`${category}/fixed-1`, "failed", "2026-11-10");
  await build(`${category}/fixed-1`, "succeeded", "2026-11-11");
  const theirs = await build(`${category}/theirs-1`, "failed", "2026-11-10");
  await maintain(mineOpen, me);
  await maintain(mineFixed, me);
  await maintain(theirs, `other-${me}`);
  const tracker = await db.tracker.create({
    data: {
      bugNumber: randomInt(1000, 99_999),
      title: "mine",
      matchType: "search",
      pattern: `category=${category}`,
    },
  });
  const inactive = await db.tracker.create({
    data: {
      bugNumber: randomInt(10_000_000, 99_999_999),
      title: "old",
      matchType: "search",
      pattern: `category=${category}`,
      active: false,
    },
  });

  const found = await myPackagesOnTrackers(me.toUpperCase());
  const mine = found.filter((t) => t.trackerId === tracker.id || t.trackerId === inactive.id);
  expect(mine.map((t) => [t.trackerId, t.packages.map((p) => [p.atom, p.newestBuildId])])).toEqual([
    [tracker.id, [[`${category}/mine`, mineOpen]]],
  ]);
  expect(await myPackagesOnTrackers(`nobody-${me}`)).toEqual([]);
  await db.tracker.update({ where: { id: tracker.id }, data: { active: false } });
});
