// Admin forms edit stored values too: a role form sends the role it showed, and
// a change another admin made meanwhile is refused, not overwritten.
import { randomBytes } from "node:crypto";
import { expect, test, vi } from "vitest";

const jwt = vi.hoisted(() => ({ claims: null as { uid: number; sv: number } | null }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => (jwt.claims ? { ...jwt.claims, expires: "2099-01-01" } : null),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { db } from "@/lib/db";
import { createTokenAction, revokeTokenAction } from "./admin-tokens";
import { changeRoleAction, setDisabledAction } from "./admin-users";

const form = (fields: Record<string, string | number>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
};

async function admin() {
  const row = await db.user.create({
    data: { email: `stale-${randomBytes(4).toString("hex")}@example.org`, role: "admin" },
  });
  return { ...row, signIn: () => (jwt.claims = { uid: row.id, sv: row.sessionVersion }) };
}

test("a role form rendered before another admin's change is refused, naming them", async () => {
  const [first, second] = [await admin(), await admin()];
  const target = await db.user.create({ data: { email: `t-${randomBytes(4).toString("hex")}@x.org` } });
  first.signIn();
  const change = { userId: target.id, role: "maintainer", fromRole: "viewer" };
  expect(await changeRoleAction(null, form(change))).toMatchObject({ ok: true });
  second.signIn();
  const stale = await changeRoleAction(null, form({ ...change, role: "admin" }));
  expect(stale).toEqual({
    ok: false,
    code: "conflict",
    message: `changed meanwhile by ${first.email} — reload`,
  });
  expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("maintainer");
  // The same stale page's disable of an already-disabled user changes nothing either.
  expect(await setDisabledAction(null, form({ userId: target.id, disabled: "true" }))).toMatchObject({
    ok: true,
  });
  expect(await setDisabledAction(null, form({ userId: target.id, disabled: "true" }))).toMatchObject({
    code: "conflict",
  });
});

test("a second revoke says who revoked the token", async () => {
  const [first, second] = [await admin(), await admin()];
  first.signIn();
  const created = await createTokenAction(
    null,
    form({ tinderbox: `stale-${randomBytes(3).toString("hex")}` }),
  );
  if (!created.ok) throw new Error(created.message);
  const token = await db.auditEvent.findFirstOrThrow({
    where: { userId: first.id, action: "token.create" },
    select: { tokenId: true },
  });
  expect(await revokeTokenAction(null, form({ tokenId: Number(token.tokenId) }))).toMatchObject({ ok: true });
  second.signIn();
  expect(await revokeTokenAction(null, form({ tokenId: Number(token.tokenId) }))).toEqual({
    ok: false,
    code: "conflict",
    message: `revoked meanwhile by ${first.email} — reload`,
  });
});
