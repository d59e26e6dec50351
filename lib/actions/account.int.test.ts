// The signed-in user's own settings as server actions: the role is checked
// before the input (a visitor learns nothing from validation), bad input is a
// value with a message, and the writes happen. Only the session is faked.
import { randomUUID } from "node:crypto";
import { beforeAll, expect, test, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { removeBugzillaKeyAction, rotateFeedKeyAction, saveBugzillaKeyAction } from "./account";

const current = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => current.user }));
// revalidatePath needs Next's per-request store, which a direct call lacks.
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  revalidatePath: () => undefined,
}));

let viewer: SessionUser;
beforeAll(async () => {
  const row = await db.user.create({
    data: { email: `account-${randomUUID()}@example.org`, role: "viewer" },
  });
  viewer = { id: row.id, email: row.email, name: "", role: "viewer" };
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

test("a visitor is told to sign in before anything is validated", async () => {
  current.user = null;
  for (const action of [rotateFeedKeyAction, saveBugzillaKeyAction, removeBugzillaKeyAction])
    expect(await action(null, form({}))).toMatchObject({ ok: false, code: "unauthorized" });
});

test("rotating the feed key needs the confirmation, then returns the new key once and audits it", async () => {
  current.user = viewer;
  expect(await rotateFeedKeyAction(null, form({}))).toEqual({
    ok: false,
    code: "invalid",
    message: "confirm the rotation",
  });
  const rotated = await rotateFeedKeyAction(null, form({ confirm: "rotate" }));
  expect(rotated).toMatchObject({ ok: true, secret: expect.stringMatching(/^\S{20,}$/) });
  const audit = await db.auditEvent.findFirst({ where: { userId: viewer.id, action: "feedkey.rotate" } });
  expect(audit?.target).toBe(`user:${viewer.id}`);
});

test("a malformed Bugzilla key is refused with the rule; removing a key that is not there says so", async () => {
  current.user = viewer;
  expect(await saveBugzillaKeyAction(null, form({ apiKey: "short" }))).toEqual({
    ok: false,
    code: "invalid",
    message: "a Bugzilla API key is 16-128 letters and digits",
  });
  expect(await removeBugzillaKeyAction(null, form({}))).toEqual({
    ok: false,
    code: "not_found",
    message: "no Bugzilla API key was stored",
  });
});
