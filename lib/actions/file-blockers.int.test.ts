// "File blockers" against the test Bugzilla on a real PostgreSQL: a tracker
// with three packages still to fix, one of them already linked to a bug, gets
// two drafts; filing them creates two bugs blocking the tracker, each linked to
// its package's open failures; a retry files nothing; visitors and readers are refused.
import { randomInt } from "node:crypto";
import { afterAll, beforeAll, expect, test } from "vitest";
import { db } from "@/lib/db";
import { maintainer, seedBuild, TEST_API_KEY, uniqueName } from "@/tests/bugzilla-server/fixtures";
import { type BugzillaTestServer, startBugzillaServer } from "@/tests/bugzilla-server/server";
import { blockerDrafts, blockerPlan } from "../trackers/blocker-drafts";
import { fileBlockers } from "./file-blockers";

let bugzilla: BugzillaTestServer;
beforeAll(async () => {
  bugzilla = await startBugzillaServer({ apiKeys: { [TEST_API_KEY]: "tester@example.org" } });
});
afterAll(() => bugzilla.close());

/** A failure whose error line is this test's own, so no other tracker's rule picks it. */
async function failure(atom: string, day: string, word: string): Promise<number> {
  return seedBuild(`tb-${word}`, atom, {
    finishedAt: `${day}T10:00:00Z`,
    files: {
      "build.log": ` * Package:    ${atom}:0\nfoo.c:3:1: error: '${word}' undeclared\n`,
      "emerge-info.txt": "Portage 3.0.67\n",
    },
  });
}

async function trackerWithThreePackages() {
  const category = `blk-${uniqueName()}`;
  const word = uniqueName();
  const a1 = await failure(`${category}/a-1.0`, "2026-11-10", word);
  const a2 = await failure(`${category}/a-1.1`, "2026-11-11", word);
  const b = await failure(`${category}/b-2.0`, "2026-11-11", word);
  const c = await failure(`${category}/c-3.0`, "2026-11-12", word);
  const bugNumber = randomInt(10_000_000, 59_999_999);
  bugzilla.store.seed({ id: bugNumber, summary: `[TRACKER] ${word}` });
  const tracker = await db.tracker.create({
    data: { bugNumber, title: `blockers ${word}`, matchType: "search", pattern: `category=${category}` },
  });
  const someone = await maintainer();
  await db.bugLink.create({
    data: { buildId: c, bugNumber: bugNumber + 1, url: "x", summary: "old", createdById: someone.id },
  });
  return { category, tracker, a1, a2, b, c };
}

test("three packages, one already linked: two drafts blocking the tracker; filing them twice files two bugs", async () => {
  const { category, tracker, a1, a2, b } = await trackerWithThreePackages();
  const plan = await blockerPlan(tracker.id);
  if (!plan.ok) throw new Error(plan.message);
  expect(plan.linked).toEqual([{ atom: `${category}/c`, bugNumber: tracker.bugNumber + 1, bugUrl: "x" }]);
  const drafts = await blockerDrafts(plan);
  expect(drafts.map((d) => [d.atom, d.buildId, d.openFailureIds])).toEqual([
    [`${category}/a`, a2, [a2, a1]],
    [`${category}/b`, b, [b]],
  ]);
  expect(drafts[0]?.report.summary).toMatch(new RegExp(`^${category}/a-1\\.1 - `));
  expect(drafts.every((d) => d.report.blocks.includes(tracker.bugNumber))).toBe(true);
  expect(drafts[0]?.fileIds).toHaveLength(2);

  const user = await maintainer(TEST_API_KEY);
  const before = bugzilla.store.bugs.size;
  // Both failures of package a are selected: one bug for a.
  const first = await fileBlockers(user, { trackerId: tracker.id, buildIds: [a2, a1, b] }, bugzilla.url);
  if (!first.ok) throw new Error(first.message);
  expect(first.outcomes.map((o) => o.status)).toEqual(["filed", "skipped", "filed"]);
  expect(first.filed).toBe(2);
  expect(bugzilla.store.bugs.size).toBe(before + 2);
  const [bugA, bugB] = first.outcomes.flatMap((o) => o.bugNumber ?? []);
  expect(bugzilla.store.get(bugA).blocks).toEqual([tracker.bugNumber]);
  expect(bugzilla.store.get(bugB).summary).toMatch(new RegExp(`^${category}/b-2\\.0 - `));
  const links = await db.bugLink.findMany({
    where: { buildId: { in: [a1, a2, b] } },
    orderBy: { buildId: "asc" },
  });
  expect(links.map((l) => [l.buildId, l.bugNumber])).toEqual([
    [a1, bugA],
    [a2, bugA],
    [b, bugB],
  ]);
  expect(bugzilla.store.attachments.filter((x) => x.bug_id === bugA).map((x) => x.file_name)).toEqual([
    "emerge-info.txt",
    "build.log",
  ]);

  // A retry (the same click again, or an older failure of a filed package) files nothing.
  const again = await fileBlockers(user, { trackerId: tracker.id, buildIds: [a2, b, a1] }, bugzilla.url);
  if (!again.ok) throw new Error(again.message);
  expect(again.filed).toBe(0);
  expect(again.outcomes.map((o) => o.status)).toEqual(["skipped", "skipped", "skipped"]);
  expect(bugzilla.store.bugs.size).toBe(before + 2);
  const replanned = await blockerPlan(tracker.id);
  expect(replanned.ok && replanned.candidates).toEqual([]);
});

test("a key Bugzilla refuses files nothing: the first package fails, the rest are not tried", async () => {
  const { tracker, a2, b } = await trackerWithThreePackages();
  const stale = await maintainer("StaleKey0123456789abcdefghijklmnopqrstu");
  const result = await fileBlockers(stale, { trackerId: tracker.id, buildIds: [a2, b] }, bugzilla.url);
  if (!result.ok) throw new Error(result.message);
  expect(result.outcomes.map((o) => o.status)).toEqual(["failed", "not_tried"]);
  expect(result.outcomes[0]?.message).toContain("API key you specified is invalid");
  expect(await db.bugLink.count({ where: { buildId: { in: [a2, b] } } })).toBe(0);
});

test("visitors and readers are refused; without a key nothing is filed; bad input is a clear error", async () => {
  const { tracker, a2 } = await trackerWithThreePackages();
  const input = { trackerId: tracker.id, buildIds: [a2] };
  const viewer = { id: 1, email: "v@example.org", name: "", role: "viewer" as const };
  expect(await fileBlockers(null, input, bugzilla.url)).toMatchObject({ ok: false, code: "forbidden" });
  expect(await fileBlockers(viewer, input, bugzilla.url)).toMatchObject({ ok: false, code: "forbidden" });
  const keyless = await maintainer();
  expect(await fileBlockers(keyless, input, bugzilla.url)).toMatchObject({ ok: false, code: "no_key" });
  const user = await maintainer(TEST_API_KEY);
  expect(await fileBlockers(user, { ...input, buildIds: [] }, bugzilla.url)).toMatchObject({
    code: "invalid",
    message: expect.stringContaining("select at least one package"),
  });
  const tooMany = Array.from({ length: 51 }, (_, i) => i + 1);
  expect(await fileBlockers(user, { ...input, buildIds: tooMany }, bugzilla.url)).toMatchObject({
    code: "invalid",
    message: expect.stringContaining("at most 50"),
  });
  expect(await fileBlockers(user, { trackerId: 2_000_000_000, buildIds: [a2] }, bugzilla.url)).toMatchObject({
    code: "not_found",
  });
  expect(await db.bugLink.count({ where: { buildId: a2 } })).toBe(0);
});
