// Sessions, admin writes and their audit trail, against the real database. Only
// next-auth's cookie decoding is replaced: getServerSession returns the JWT
// claims a signed-in browser would carry ({ uid, sv }).
import { randomBytes } from "node:crypto";
import { beforeEach, expect, test, vi } from "vitest";

const jwt = vi.hoisted(() => ({ claims: null as { uid: number; sv: number } | null }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => (jwt.claims ? { ...jwt.claims, expires: "2099-01-01" } : null),
}));
// Cache invalidation needs Next's request store, which a test has not got.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { createTokenAction, revokeTokenAction } from "@/lib/actions/admin-tokens";
import { changeRoleAction, setDisabledAction } from "@/lib/actions/admin-users";
import { getSessionUser } from "@/lib/auth/session";
import { authenticateUploadToken } from "@/lib/auth/upload-tokens";
import { db } from "@/lib/db";

const form = (fields: Record<string, string | number>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
};

async function user(role: "viewer" | "maintainer" | "admin") {
  const row = await db.user.create({
    data: { email: `s-${role}-${randomBytes(4).toString("hex")}@example.org`, role },
  });
  return row;
}

const signIn = (row: { id: number; sessionVersion: number }) => {
  jwt.claims = { uid: row.id, sv: row.sessionVersion };
};

beforeEach(() => {
  jwt.claims = null;
});

test("a role change applies to an open session at once; a disable ends it", async () => {
  const admin = await user("admin");
  const viewer = await user("viewer");
  signIn(viewer);
  expect((await getSessionUser())?.role).toBe("viewer");
  signIn(admin);
  expect(await changeRoleAction(null, form({ userId: viewer.id, role: "maintainer" }))).toMatchObject({
    ok: true,
  });
  // The viewer's open session (same JWT) has the new role on its next request.
  signIn(viewer);
  expect((await getSessionUser())?.role).toBe("maintainer");
  signIn(admin);
  expect(await setDisabledAction(null, form({ userId: viewer.id, disabled: "true" }))).toMatchObject({
    ok: true,
  });
  signIn(viewer);
  expect(await getSessionUser()).toBeNull();
  const audit = await db.auditEvent.findMany({
    where: { target: `user:${viewer.id}` },
    orderBy: { id: "asc" },
  });
  expect(audit.map((event) => [event.action, event.userId])).toEqual([
    ["user.role", admin.id],
    ["user.disable", admin.id],
  ]);
});

test("admin actions refuse maintainers and anonymous visitors before reading the form", async () => {
  signIn(await user("maintainer"));
  expect(await createTokenAction(null, form({}))).toMatchObject({ ok: false, code: "forbidden" });
  jwt.claims = null;
  expect(await changeRoleAction(null, form({ userId: 1, role: "admin" }))).toMatchObject({
    ok: false,
    code: "unauthorized",
  });
});

test("an admin cannot demote or disable themselves", async () => {
  const admin = await user("admin");
  signIn(admin);
  expect(await changeRoleAction(null, form({ userId: admin.id, role: "viewer" }))).toMatchObject({
    code: "self",
  });
  expect(await setDisabledAction(null, form({ userId: admin.id, disabled: "true" }))).toMatchObject({
    code: "self",
  });
});

test("a token is shown once, stored hashed, audited, and dead once revoked", async () => {
  const admin = await user("admin");
  signIn(admin);
  const tinderbox = `tb-${randomBytes(4).toString("hex")}`;
  const created = await createTokenAction(null, form({ tinderbox, label: "ci" }));
  expect(created).toMatchObject({ ok: true });
  const secret = created.ok ? (created.secret ?? "") : "";
  expect(secret).toMatch(/^kdl_/);
  const row = await db.uploadToken.findFirstOrThrow({ where: { tinderbox: { name: tinderbox } } });
  expect(row.tokenHash).not.toContain(secret.slice(4));
  expect(await authenticateUploadToken(`Bearer ${secret}`)).toMatchObject({ ok: true, tokenId: row.id });
  expect(await revokeTokenAction(null, form({ tokenId: row.id }))).toMatchObject({ ok: true });
  expect(await authenticateUploadToken(`Bearer ${secret}`)).toMatchObject({ ok: false });
  const actions = await db.auditEvent.findMany({
    where: { target: `token:${row.id}` },
    orderBy: { id: "asc" },
  });
  expect(actions.map((event) => event.action)).toEqual(["token.create", "token.revoke"]);
});
