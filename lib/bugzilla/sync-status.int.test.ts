// The status sync against the test Bugzilla: linked bugs land in BugzillaBug,
// a RESOLVED FIXED bug plus a later success on the same tinderbox makes the
// failure "fixed" (by system), and only one sync runs at a time.
import { afterAll, beforeAll, expect, test } from "vitest";
import { linkBug } from "@/lib/actions/bug-links";
import { refreshBuildBugs } from "@/lib/actions/refresh-build-bugs";
import { db } from "@/lib/db";
import { maintainer, seedBuild, uniqueName } from "@/tests/bugzilla-server/fixtures";
import { type BugzillaTestServer, startBugzillaServer } from "@/tests/bugzilla-server/server";
import { bugzillaClient } from "./client";
import { syncBugStatus } from "./sync-status";

let bugzilla: BugzillaTestServer;
beforeAll(async () => {
  bugzilla = await startBugzillaServer();
});
afterAll(() => bugzilla.close());

const client = () => bugzillaClient({ baseUrl: bugzilla.url });

async function linkedFailure(tinderbox: string, atom: string, bugNumber: number) {
  const buildId = await seedBuild(tinderbox, atom, { finishedAt: "2026-11-01T10:00:00Z" });
  const linked = await linkBug(await maintainer(), { buildId, bugNumber });
  expect(linked.ok).toBe(true);
  return buildId;
}

const stateOf = async (id: number) => (await db.build.findUniqueOrThrow({ where: { id } })).triageState;

test("linked bugs' status is stored, and a fixed bug with a later success marks the failure fixed", async () => {
  const name = uniqueName();
  const [tinderbox, atom] = [`tb-${name}`, `dev-libs/${name}-1.0`];
  const fixed = bugzilla.store.seed({ summary: `${atom}: fails`, status: "RESOLVED", resolution: "FIXED" });
  const open = bugzilla.store.seed({ summary: `${atom}: other`, status: "CONFIRMED" });
  const wontfix = bugzilla.store.seed({ summary: `${atom}: x`, status: "RESOLVED", resolution: "WONTFIX" });
  const fixedFailure = await linkedFailure(tinderbox, atom, fixed.id);
  const openFailure = await linkedFailure(tinderbox, `dev-libs/${name}o-1.0`, open.id);
  // The same package, fixed bug, but no success on its tinderbox.
  const otherBox = await linkedFailure(`tb-${name}-2`, atom, fixed.id);
  const wontfixFailure = await linkedFailure(tinderbox, `dev-libs/${name}w-1.0`, wontfix.id);
  for (const pkg of [name, `${name}o`, `${name}w`])
    await seedBuild(tinderbox, `dev-libs/${pkg}-1.1`, {
      status: "succeeded",
      finishedAt: "2026-11-05T10:00:00Z",
    });
  const before = (await db.build.findUniqueOrThrow({ where: { id: fixedFailure } })).triageVersion;

  const report = await syncBugStatus(client());
  expect(report).toMatchObject({ skipped: false, failedBatches: 0 });
  expect(report.autoFixed).toBeGreaterThanOrEqual(1);
  expect(await db.bugzillaBug.findUnique({ where: { bugNumber: fixed.id } })).toMatchObject({
    status: "RESOLVED",
    resolution: "FIXED",
    summary: `${atom}: fails`,
  });
  expect(await stateOf(fixedFailure)).toBe("fixed");
  expect(await stateOf(openFailure)).toBe("reported");
  expect(await stateOf(otherBox)).toBe("reported");
  expect(await stateOf(wontfixFailure)).toBe("reported");
  const after = await db.build.findUniqueOrThrow({ where: { id: fixedFailure } });
  expect(after.triageVersion).toBe(before + 1);
  expect(
    await db.triageEvent.findFirst({ where: { buildId: fixedFailure, toState: "fixed" } }),
  ).toMatchObject({
    userId: null,
    fromState: "reported",
  });
  expect(
    await db.auditEvent.findFirst({
      where: { action: "triage.auto-fixed", target: `build:${fixedFailure}` },
    }),
  ).toMatchObject({ userId: null, details: { by: "system", bugNumber: fixed.id } });

  bugzilla.store.get(open.id).status = "IN_PROGRESS";
  expect((await syncBugStatus(client())).autoFixed).toBe(0);
  expect(await db.bugzillaBug.findUnique({ where: { bugNumber: open.id } })).toMatchObject({
    status: "IN_PROGRESS",
  });
});

test("a second sync while one runs is skipped (advisory lock); Bugzilla down is reported, not thrown", async () => {
  const name = uniqueName();
  const bug = bugzilla.store.seed({ summary: `dev-libs/${name}-1.0: fails` });
  await linkedFailure(`tb-${name}`, `dev-libs/${name}-1.0`, bug.id);
  await bugzilla.setMode("slow", 800);
  try {
    const [first, second] = await Promise.all([
      syncBugStatus(client()),
      new Promise((resolve) => setTimeout(resolve, 200)).then(() => syncBugStatus(client())),
    ]);
    expect([first.skipped, second.skipped]).toEqual([false, true]);
    await bugzilla.setMode("down");
    const down = await syncBugStatus(client());
    expect(down).toMatchObject({ skipped: false, failedBatches: 1, updated: 0 });
  } finally {
    await bugzilla.setMode("up");
  }
});

test("Refresh bug status syncs one failure's bugs, for maintainers only", async () => {
  const name = uniqueName();
  const bug = bugzilla.store.seed({ summary: `dev-libs/${name}-1.0: fails`, status: "IN_PROGRESS" });
  const buildId = await linkedFailure(`tb-${name}`, `dev-libs/${name}-1.0`, bug.id);
  const sync = (numbers: number[]) => syncBugStatus(client(), numbers);
  const viewer = { id: 1, email: "v@example.org", name: "", role: "viewer" as const };
  expect(await refreshBuildBugs(viewer, buildId, sync)).toMatchObject({
    ok: false,
    message: expect.stringContaining("maintainer"),
  });
  const user = await maintainer();
  expect(await refreshBuildBugs(user, buildId, sync)).toMatchObject({
    ok: true,
    message: expect.stringContaining("(1 of 1)"),
  });
  expect(await db.bugzillaBug.findUnique({ where: { bugNumber: bug.id } })).toMatchObject({
    status: "IN_PROGRESS",
  });
  const lonely = await seedBuild(`tb-${name}`, `dev-libs/${name}x-1.0`, {
    finishedAt: "2026-11-01T10:00:00Z",
  });
  expect(await refreshBuildBugs(user, lonely, sync)).toMatchObject({
    ok: false,
    message: expect.stringContaining("no bug"),
  });
});
