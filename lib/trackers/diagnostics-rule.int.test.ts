// A tracker whose rule is a diagnostics query ("builds that printed a matching
// diagnostic") on a real PostgreSQL, builds stored through ingest: it matches
// exactly the failed builds the diagnostics search returns, its burndown and
// today's snapshot follow them, and the bug form of a matched failure blocks it.
import { randomInt, randomUUID } from "node:crypto";
import { expect, test } from "vitest";
import { db } from "@/lib/db";
import { seedUpload } from "@/lib/ingest/testing/seed-upload";
import { diagnosticBuildIds } from "@/lib/queries/diagnostics";
import { diagnosticFilterSchema } from "@/lib/queries/diagnostics-filters";
import { activeTrackerRules, ruleProblem } from "@/lib/queries/trackers";
import { matchesWithFix } from "./burndown";
import { trackerView } from "./tracker-view";

// A function name of this run only: the diagnostic's text is this test's alone.
const FUNC = `kt_${randomUUID().slice(0, 8)}`;
const WITH_DIAGNOSTIC = `conftest.c:52:3: error: implicit declaration of function '${FUNC}' [-Wimplicit-function-declaration]\n`;

async function build(atom: string, status: "failed" | "succeeded", day: string, printsIt: boolean) {
  const log = ` * Package:    ${atom}:0\n${printsIt ? WITH_DIAGNOSTIC : ""}main.c:9:1: error: 'zz' undeclared\n`;
  return seedUpload({ "build.log": log }, { atom, status, finishedAt: `${day}T12:00:00Z` });
}

test("a diagnostics rule matches the failed builds the diagnostics search returns; counts and snapshots follow", async () => {
  const category = `diag-${randomUUID().slice(0, 8)}`;
  const aFailed = await build(`${category}/a-1`, "failed", "2026-11-10", true);
  await build(`${category}/a-1`, "succeeded", "2026-11-12", false);
  const bFailed = await build(`${category}/b-1`, "failed", "2026-11-11", true);
  const cFailed = await build(`${category}/c-1`, "failed", "2026-11-11", false);
  // A successful build printing it: the diagnostics search finds it, a tracker counts failures only.
  const dSucceeded = await build(`${category}/d-1`, "succeeded", "2026-11-11", true);

  const rule = { matchType: "diagnostics", pattern: `q=${FUNC}` };
  expect(ruleProblem(rule)).toBeNull();
  const searched = await diagnosticBuildIds(diagnosticFilterSchema.parse({ q: FUNC }), 100);
  expect(new Set(searched)).toEqual(new Set([aFailed, bFailed, dSucceeded]));
  const failedOnly = await diagnosticBuildIds(
    diagnosticFilterSchema.parse({ q: FUNC, status: "failed" }),
    100,
  );
  const matched = await db.$queryRaw<Array<{ id: number }>>`SELECT m.id FROM (${matchesWithFix(rule)}) m`;
  expect(matched.map((row) => row.id).sort()).toEqual([...failedOnly].sort());
  expect(failedOnly.sort()).toEqual([aFailed, bFailed].sort());

  const tracker = await db.tracker.create({
    data: { bugNumber: randomInt(10_000_000, 99_999_999), title: "diag", ...rule },
  });
  const view = await trackerView(tracker.id, new Date("2026-11-13T18:00:00Z"));
  if (!view.ok) throw new Error(view.message);
  expect(view.days.map((d) => [d.day, d.openFailures, d.packages, d.fixedPackages])).toEqual([
    ["2026-11-10", 1, 1, 0],
    ["2026-11-11", 2, 2, 0],
    ["2026-11-12", 1, 1, 1],
    ["2026-11-13", 1, 1, 1],
  ]);
  expect(view.detail.open.map((p) => [p.atom, p.newestBuildId])).toEqual([[`${category}/b`, bFailed]]);
  expect(view.detail.fixed.map((p) => p.atom)).toEqual([`${category}/a`]);
  const snapshot = await db.trackerSnapshot.findFirstOrThrow({
    where: { trackerId: tracker.id, day: new Date("2026-11-13T00:00:00Z") },
  });
  expect([snapshot.openFailures, snapshot.packages, snapshot.fixedPackages]).toEqual([1, 1, 1]);

  // The bug form of a matched failure blocks the tracker; a failure without the diagnostic does not.
  const blocks = async (buildId: number) =>
    (await activeTrackerRules(buildId)).some((r) => r.bugNumber === tracker.bugNumber);
  expect(await blocks(bFailed)).toBe(true);
  expect(await blocks(cFailed)).toBe(false);
  await db.tracker.update({ where: { id: tracker.id }, data: { active: false } });
});

test("a diagnostics rule without q, flag or kind, or with a bad flag, cannot be saved", () => {
  expect(ruleProblem({ matchType: "diagnostics", pattern: "status=failed" })).toMatch(
    /needs q, flag or kind/,
  );
  expect(ruleProblem({ matchType: "diagnostics", pattern: "flag=not a flag" })).toMatch(
    /not a diagnostics query/,
  );
  expect(ruleProblem({ matchType: "diagnostics", pattern: "flag=-Wimplicit-int" })).toBeNull();
});
