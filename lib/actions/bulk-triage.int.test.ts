// Bulk triage: selected ids or every failure the list's filter matches (not
// just one page), maintainers only, capped, each build audited.
import { expect, test } from "vitest";
import { db } from "@/lib/db";
import { bulkTriage, MAX_BULK_BUILDS } from "./bulk-triage";
import { seedFailures, seedUser } from "./test-seed";
import { createTracker } from "./trackers";

const statesOf = async (ids: number[]) =>
  (await db.build.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } })).map((b) => b.triageState);

test("selected ids get the state, a TriageEvent and an AuditEvent each; their version is bumped", async () => {
  const maintainer = await seedUser("maintainer");
  const { ids } = await seedFailures(4);
  const picked = [ids[0], ids[2]];
  const result = await bulkTriage(maintainer, {
    target: { kind: "ids", ids: picked },
    operation: { op: "state", state: "confirmed" },
  });
  expect(result).toMatchObject({ ok: true, builds: 2, changed: 2 });
  expect(await statesOf(ids)).toEqual(["confirmed", "new", "confirmed", "new"]);
  const audits = await db.auditEvent.findMany({ where: { userId: maintainer.id }, orderBy: { id: "asc" } });
  expect(audits.map((audit) => [audit.action, audit.target])).toEqual(
    picked.map((id) => ["triage.set", `build:${id}`]),
  );
  expect(await db.triageEvent.count({ where: { buildId: { in: picked }, toState: "confirmed" } })).toBe(2);
  expect((await db.build.findUniqueOrThrow({ where: { id: ids[0] } })).triageVersion).toBe(1);
});

test("all matching the filter acts on every match, beyond the visible page", async () => {
  const maintainer = await seedUser("maintainer");
  const { ids, packageName } = await seedFailures(30);
  // A page of 25 would show 25 of these 30; the filter covers all of them and nothing else.
  const query = new URLSearchParams({ package: `dev-libs/${packageName}`, pageSize: "25", page: "1" });
  const result = await bulkTriage(maintainer, {
    target: { kind: "filter", query: query.toString() },
    operation: { op: "bug", bugNumber: 934_567 },
  });
  expect(result).toMatchObject({ ok: true, builds: 30, changed: 30 });
  expect(new Set(await statesOf(ids))).toEqual(new Set(["reported"]));
  expect(await db.bugLink.count({ where: { buildId: { in: ids }, bugNumber: 934_567 } })).toBe(30);
  expect(await db.auditEvent.count({ where: { userId: maintainer.id, action: "bug.link" } })).toBe(30);
});

test("adding to a tracker links the tracker's bug and leaves the state alone", async () => {
  const maintainer = await seedUser("maintainer");
  const { ids } = await seedFailures(2);
  const trackerBug = 20_000_000 + Math.floor(Math.random() * 70_000_000);
  await createTracker(maintainer, {
    bugNumber: trackerBug,
    title: "gcc-16",
    matchType: "substring",
    pattern: "x",
  });
  const result = await bulkTriage(maintainer, {
    target: { kind: "ids", ids },
    operation: { op: "tracker", bugNumber: trackerBug },
  });
  expect(result).toMatchObject({ ok: true, builds: 2, changed: 2 });
  expect(await statesOf(ids)).toEqual(["new", "new"]);
  expect(await db.bugLink.count({ where: { buildId: { in: ids }, bugNumber: trackerBug } })).toBe(2);
  expect(
    await bulkTriage(maintainer, {
      target: { kind: "ids", ids },
      operation: { op: "tracker", bugNumber: 7 },
    }),
  ).toMatchObject({ ok: false, code: "not_found" });
});

test("viewers and visitors are refused; nothing changes", async () => {
  const { ids } = await seedFailures(1);
  const input = { target: { kind: "ids", ids }, operation: { op: "state", state: "fixed" } };
  expect(await bulkTriage(await seedUser("viewer"), input)).toMatchObject({ ok: false, code: "forbidden" });
  expect(await bulkTriage(null, input)).toMatchObject({ ok: false, code: "forbidden" });
  expect(await statesOf(ids)).toEqual(["new"]);
});

test("more than the cap is refused with a clear message, as ids and as a filter", async () => {
  const maintainer = await seedUser("maintainer");
  const tooMany = Array.from({ length: MAX_BULK_BUILDS + 1 }, (_, index) => index + 1);
  expect(
    await bulkTriage(maintainer, {
      target: { kind: "ids", ids: tooMany },
      operation: { op: "state", state: "fixed" },
    }),
  ).toMatchObject({
    ok: false,
    code: "invalid",
    message: expect.stringContaining("at most 10,000 failures"),
  });
  // Every build of every test in this database matches "all statuses"; seed past the cap if needed.
  const existing = await db.build.count();
  const seeded = existing <= MAX_BULK_BUILDS ? (await seedFailures(MAX_BULK_BUILDS + 1 - existing)).ids : [];
  try {
    const before = await db.triageEvent.count();
    const result = await bulkTriage(maintainer, {
      target: { kind: "filter", query: "status=all" },
      operation: { op: "state", state: "invalid" },
    });
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      message: expect.stringContaining("narrow the filter"),
    });
    expect(await db.triageEvent.count()).toBe(before);
  } finally {
    // The int suite shares one database: later files should not walk 10,000 filler builds.
    await db.build.deleteMany({ where: { id: { in: seeded } } });
  }
});

test("a selected id that is no build (deleted meanwhile) is skipped, not an error", async () => {
  const maintainer = await seedUser("maintainer");
  const { ids } = await seedFailures(1);
  const result = await bulkTriage(maintainer, {
    target: { kind: "ids", ids: [...ids, 2_000_000_000] },
    operation: { op: "bug", bugNumber: 934_568 },
  });
  expect(result).toMatchObject({ ok: true, builds: 1, changed: 1 });
});
