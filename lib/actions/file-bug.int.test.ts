// One-click filing against the test Bugzilla: the bug, its attachments (an
// oversize log goes xz-compressed or as an excerpt), the BugLink and the audit row; a refused
// bug records nothing; a refused attachment is named and the bug still recorded.
import { afterAll, beforeAll, expect, test } from "vitest";
import { db } from "@/lib/db";
import { maintainer, seedBuild, TEST_API_KEY, uniqueName } from "@/tests/bugzilla-server/fixtures";
import { type BugzillaTestServer, startBugzillaServer } from "@/tests/bugzilla-server/server";
import { ATTACHMENT_LIMIT_BYTES } from "@/tests/bugzilla-server/store";
import { removeUserApiKey } from "../bugzilla/user-key";
import { fileBug } from "./file-bug";

let bugzilla: BugzillaTestServer;
beforeAll(async () => {
  bugzilla = await startBugzillaServer({ apiKeys: { [TEST_API_KEY]: "tester@example.org" } });
});
afterAll(() => bugzilla.close());

async function failureWithFiles(files: Record<string, string>) {
  const name = uniqueName();
  const buildId = await seedBuild(`tb-${name}`, `dev-libs/${name}-1.0`, {
    finishedAt: "2026-11-01T10:00:00Z",
    files,
  });
  const rows = await db.file.findMany({ where: { buildId }, select: { id: true, name: true } });
  const idOf = (file: string) => rows.find((row) => row.name === file)?.id ?? 0;
  return { name, buildId, idOf };
}

const draft = (buildId: number, fileIds: number[]) => ({
  buildId,
  summary: "dev-libs/x-1.0: fails to compile",
  assignee: "maintainer@gentoo.org",
  cc: "a@gentoo.org, b@gentoo.org",
  keywords: "",
  blocks: "",
  description: "It fails.",
  fileIds,
});

test("a stored key files the bug with its attachments and records it on the failure", async () => {
  const bigLog = `${"checking for something... yes\n".repeat(40_000)}error: it broke\n`;
  const { buildId, idOf } = await failureWithFiles({
    "build.log": bigLog,
    "emerge-info.txt": "Portage 3.0.66\n",
  });
  const user = await maintainer(TEST_API_KEY);
  const result = await fileBug(
    user,
    draft(buildId, [idOf("emerge-info.txt"), idOf("build.log")]),
    bugzilla.url,
  );
  if (!result.ok) throw new Error(result.message);
  expect(result.failedAttachments).toEqual([]);
  const bug = bugzilla.store.get(result.bugNumber);
  expect(bug).toMatchObject({
    product: "Gentoo Linux",
    assigned_to: "maintainer@gentoo.org",
    cc: ["a@gentoo.org", "b@gentoo.org"],
  });
  expect(bug.url).toContain(`/builds/${buildId}`);
  const attached = bugzilla.store.attachments.filter((a) => a.bug_id === result.bugNumber);
  expect(attached.map((a) => a.file_name)).toEqual([
    "emerge-info.txt",
    expect.stringMatching(/^build\.log\.(excerpt\.)?xz$/),
  ]);
  expect(bigLog.length).toBeGreaterThan(ATTACHMENT_LIMIT_BYTES);
  expect(attached[1]?.size).toBeLessThanOrEqual(ATTACHMENT_LIMIT_BYTES);
  expect(attached[1]?.data.subarray(0, 6)).toEqual(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]));
  expect(attached[0]?.data.toString()).toBe("Portage 3.0.66\n");
  expect(await db.bugLink.findMany({ where: { buildId } })).toMatchObject([{ bugNumber: result.bugNumber }]);
  expect((await db.build.findUniqueOrThrow({ where: { id: buildId } })).triageState).toBe("reported");
  const audit = await db.auditEvent.findFirstOrThrow({ where: { userId: user.id, action: "bug.file" } });
  expect(JSON.stringify(audit.details)).not.toContain(TEST_API_KEY);
});

test("a key Bugzilla refuses, or no key at all, files nothing and records nothing", async () => {
  const { buildId } = await failureWithFiles({ "build.log": "error: x\n" });
  const before = bugzilla.store.bugs.size;
  const stale = await maintainer("StaleKey0123456789abcdefghijklmnopqrstu");
  expect(await fileBug(stale, draft(buildId, []), bugzilla.url)).toMatchObject({
    ok: false,
    code: "unauthorized",
    message: expect.stringContaining("API key you specified is invalid"),
  });
  await removeUserApiKey(stale.id);
  expect(await fileBug(stale, draft(buildId, []), bugzilla.url)).toMatchObject({ ok: false, code: "no_key" });
  const user = await maintainer(TEST_API_KEY);
  expect(await fileBug(user, { ...draft(buildId, []), summary: "" }, bugzilla.url)).toMatchObject({
    code: "invalid",
  });
  expect(await fileBug(user, draft(buildId, [2_000_000_000]), bugzilla.url)).toMatchObject({
    code: "invalid",
  });
  expect(bugzilla.store.bugs.size).toBe(before);
  expect(await db.bugLink.count({ where: { buildId } })).toBe(0);
});

test("an attachment Bugzilla refuses is named, and the filed bug is still recorded", async () => {
  const { buildId, idOf } = await failureWithFiles({ "build.log": "error: y\n", "empty.txt": "" });
  const user = await maintainer(TEST_API_KEY);
  const result = await fileBug(user, draft(buildId, [idOf("build.log"), idOf("empty.txt")]), bugzilla.url);
  if (!result.ok) throw new Error(result.message);
  expect(result.attached).toEqual(["build.log"]);
  expect(result.failedAttachments).toEqual([expect.stringContaining("empty.txt")]);
  expect(result.message).toContain("empty.txt");
  expect(await db.bugLink.count({ where: { buildId, bugNumber: result.bugNumber } })).toBe(1);
});

test("viewers cannot file", async () => {
  const viewer = { id: 1, email: "v@example.org", name: "", role: "viewer" as const };
  expect(await fileBug(viewer, draft(1, []), bugzilla.url)).toMatchObject({ ok: false, code: "forbidden" });
});
