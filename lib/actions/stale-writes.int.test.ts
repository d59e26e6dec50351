// Every action that edits a stored value refuses a write from a form rendered
// before someone else's change ("changed meanwhile by <who>"), and a write that
// does not name a field leaves it alone.
import { randomInt } from "node:crypto";
import { expect, test } from "vitest";
import { db } from "@/lib/db";
import { seedFailures, seedUser } from "./test-seed";
import { createTracker, updateTracker } from "./trackers";
import { setTriageState } from "./triage";

const buildOf = (id: number) => db.build.findUniqueOrThrow({ where: { id } });

test("a note alone keeps the stored state and bumps the version", async () => {
  const maintainer = await seedUser("maintainer");
  const [buildId] = (await seedFailures(1)).ids;
  const saved = await setTriageState(maintainer, { buildId, state: "reported", version: 0 });
  expect(saved).toEqual({ ok: true, changed: true, stored: { state: "reported", version: 1 } });
  const noted = await setTriageState(maintainer, { buildId, note: "upstream knows", version: 1 });
  expect(noted).toEqual({ ok: true, changed: true, stored: { state: "reported", version: 2 } });
  expect(await buildOf(buildId)).toMatchObject({ triageState: "reported", triageVersion: 2 });
  const events = await db.triageEvent.findMany({ where: { buildId }, orderBy: { id: "asc" } });
  expect(events.map((event) => [event.fromState, event.toState, event.note])).toEqual([
    ["new", "reported", ""],
    ["reported", "reported", "upstream knows"],
  ]);
});

test("a triage write from a stale form is refused, naming who changed it; nothing is written", async () => {
  const [first, second] = [await seedUser("maintainer"), await seedUser("maintainer")];
  const [buildId] = (await seedFailures(1)).ids;
  expect(await setTriageState(first, { buildId, state: "reported", version: 0 })).toMatchObject({ ok: true });
  const stale = await setTriageState(second, { buildId, state: "new", note: "looks fine", version: 0 });
  expect(stale).toEqual({
    ok: false,
    code: "conflict",
    message: `changed meanwhile by ${first.email} (now reported) — reload`,
  });
  expect(await buildOf(buildId)).toMatchObject({ triageState: "reported", triageVersion: 1 });
  expect(await db.triageEvent.count({ where: { buildId } })).toBe(1);
  // System callers (no version) still write.
  expect(await setTriageState(second, { buildId, state: "infra" })).toMatchObject({
    ok: true,
    changed: true,
  });
});

test("two concurrent writes from the same version: exactly one wins", async () => {
  const [first, second] = [await seedUser("maintainer"), await seedUser("maintainer")];
  const [buildId] = (await seedFailures(1)).ids;
  const results = await Promise.all([
    setTriageState(first, { buildId, state: "fixed", version: 0 }),
    setTriageState(second, { buildId, state: "invalid", version: 0 }),
  ]);
  expect(results.map((result) => result.ok).sort()).toEqual([false, true]);
  expect((await buildOf(buildId)).triageVersion).toBe(1);
});

test("linking a bug moves the state to reported and makes an open triage form stale", async () => {
  const { linkBug } = await import("./bug-links");
  const maintainer = await seedUser("maintainer");
  const [buildId] = (await seedFailures(1)).ids;
  expect(await linkBug(maintainer, { buildId, bugNumber: randomInt(1, 99_999_999) })).toMatchObject({
    ok: true,
  });
  expect(await buildOf(buildId)).toMatchObject({ triageState: "reported", triageVersion: 1 });
  expect(await setTriageState(maintainer, { buildId, state: "new", version: 0 })).toMatchObject({
    code: "conflict",
  });
});

test("a tracker save from a stale form is refused, naming who changed it", async () => {
  const [first, second] = [await seedUser("maintainer"), await seedUser("maintainer")];
  const bugNumber = randomInt(10_000_000, 90_000_000);
  const fields = { bugNumber, title: "t", matchType: "substring", pattern: "foo", active: "on" };
  const created = await createTracker(first, fields);
  if (!created.ok) throw new Error(created.message);
  const rendered = created.stored.version;
  const saved = await updateTracker(first, { ...fields, id: created.id, version: rendered, title: "one" });
  if (!saved.ok) throw new Error(saved.message);
  expect(saved.stored).toMatchObject({ title: "one", pattern: "foo" });
  expect(saved.stored.version).toBeGreaterThan(rendered);
  const stale = await updateTracker(second, { ...fields, id: created.id, version: rendered, pattern: "bar" });
  expect(stale).toEqual({
    ok: false,
    code: "conflict",
    message: `changed meanwhile by ${first.email} — reload`,
  });
  expect(await db.tracker.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
    title: "one",
    pattern: "foo",
  });
});
