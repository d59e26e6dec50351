import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { expect, test } from "vitest";
import type { SessionUser } from "@/lib/auth/access";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { ingestUpload } from "@/lib/ingest/ingest-upload";
import { ensureTinderbox } from "@/lib/ingest/tinderboxes";
import type { UploadPart } from "@/lib/ingest/upload-parts";
import { linkBug, unlinkBug } from "./bug-links";
import { createTracker, updateTracker } from "./trackers";
import { setTriageState } from "./triage";

const POPT_LOG = readFileSync("fixtures/corpus/generated/compile-c-implicit-decl-popt/build.log");

async function user(role: Role): Promise<SessionUser> {
  const row = await db.user.create({ data: { email: `${randomUUID()}@example.org`, role } });
  return { id: row.id, email: row.email, name: "", role };
}

/** A popt failure under a package name of its own, so its signatures are this test's alone. */
async function seedFailure(packageName: string): Promise<number> {
  const tinderbox = await ensureTinderbox(`actions-test-${randomUUID()}`);
  const log = POPT_LOG.toString("utf8").replaceAll("popt", packageName);
  async function* parts(): AsyncGenerator<UploadPart> {
    yield {
      type: "meta",
      text: JSON.stringify({ idempotencyKey: randomUUID(), atom: `dev-libs/${packageName}-1.19` }),
    };
    yield { type: "file", name: "build.log", stream: Readable.from([Buffer.from(log)]) };
  }
  const outcome = await ingestUpload(parts(), { tinderboxId: tinderbox.id, tokenId: null });
  if (!outcome.ok) throw new Error(`seeding failed: ${outcome.code} ${outcome.message}`);
  return outcome.id;
}

const auditsOf = (userId: number) => db.auditEvent.findMany({ where: { userId }, orderBy: { id: "asc" } });

test("a maintainer's triage change is a TriageEvent and an AuditEvent", async () => {
  const maintainer = await user("maintainer");
  const buildId = await seedFailure(`tri${randomUUID().slice(0, 8)}`);
  const result = await setTriageState(maintainer, { buildId, state: "infra", note: "disk full on the host" });
  expect(result).toMatchObject({ ok: true, changed: true, stored: { state: "infra", version: 1 } });
  expect((await db.build.findUniqueOrThrow({ where: { id: buildId } })).triageState).toBe("infra");
  const events = await db.triageEvent.findMany({ where: { buildId } });
  expect(events).toMatchObject([{ fromState: "new", toState: "infra", userId: maintainer.id }]);
  expect(await auditsOf(maintainer.id)).toMatchObject([{ action: "triage.set", target: `build:${buildId}` }]);
});

test("viewers and anonymous callers cannot write; bad input is a value, not a throw", async () => {
  const viewer = await user("viewer");
  const buildId = await seedFailure(`ro${randomUUID().slice(0, 8)}`);
  expect(await setTriageState(viewer, { buildId, state: "fixed" })).toMatchObject({
    ok: false,
    code: "forbidden",
  });
  expect(await linkBug(null, { buildId, bugNumber: 1 })).toMatchObject({ ok: false, code: "forbidden" });
  const maintainer = await user("maintainer");
  expect(await setTriageState(maintainer, { buildId, state: "bogus" })).toMatchObject({
    ok: false,
    code: "invalid",
  });
  expect(await linkBug(maintainer, { buildId, bugNumber: -3 })).toMatchObject({ ok: false, code: "invalid" });
  expect(await linkBug(maintainer, { buildId: 2_000_000_000, bugNumber: 3 })).toMatchObject({
    code: "not_found",
  });
});

test("linking a bug on the fine signature links every failure with it and marks them reported", async () => {
  const maintainer = await user("maintainer");
  const name = `sig${randomUUID().slice(0, 8)}`;
  const first = await seedFailure(name);
  const second = await seedFailure(name);
  const result = await linkBug(maintainer, {
    buildId: first,
    bugNumber: 912345,
    summary: "popt fails",
    scope: "fine",
  });
  expect(result).toEqual({ ok: true, linked: 2, builds: 2 });
  const links = await db.bugLink.findMany({ where: { buildId: { in: [first, second] } } });
  expect(links.map((link) => link.url)).toEqual([
    "https://bugs.gentoo.org/912345",
    "https://bugs.gentoo.org/912345",
  ]);
  const states = await db.build.findMany({
    where: { id: { in: [first, second] } },
    select: { triageState: true },
  });
  expect(states.every((state) => state.triageState === "reported")).toBe(true);
  // Linking again adds nothing; unlinking removes one build's link.
  expect(await linkBug(maintainer, { buildId: first, bugNumber: 912345 })).toEqual({
    ok: true,
    linked: 0,
    builds: 1,
  });
  expect(await unlinkBug(maintainer, { buildId: second, bugNumber: 912345 })).toEqual({
    ok: true,
    removed: 1,
  });
  expect((await auditsOf(maintainer.id)).map((event) => event.action)).toEqual([
    "bug.link",
    "bug.link",
    "bug.unlink",
  ]);
});

test("trackers are created and edited by maintainers, with a valid rule and a unique bug", async () => {
  const maintainer = await user("maintainer");
  const bugNumber = 10_000_000 + Math.floor(Math.random() * 80_000_000);
  const fields = { bugNumber, title: "test tracker", matchType: "regex", pattern: "foo|bar", active: "on" };
  const created = await createTracker(maintainer, fields);
  if (!created.ok) throw new Error(created.message);
  expect(await createTracker(maintainer, fields)).toMatchObject({ ok: false, code: "conflict" });
  expect(
    await createTracker(maintainer, { ...fields, bugNumber: bugNumber + 1, pattern: "(" }),
  ).toMatchObject({
    ok: false,
    code: "invalid",
    message: "pattern: not a valid regular expression",
  });
  const update = {
    ...fields,
    id: created.id,
    version: created.stored.version,
    title: "renamed",
    active: undefined,
  };
  expect(await updateTracker(maintainer, update)).toMatchObject({ ok: true });
  const tracker = await db.tracker.findUniqueOrThrow({ where: { id: created.id } });
  expect(tracker).toMatchObject({ title: "renamed", active: false, updatedById: maintainer.id });
  expect(await createTracker(await user("viewer"), { ...fields, bugNumber: bugNumber + 2 })).toMatchObject({
    code: "forbidden",
  });
});
