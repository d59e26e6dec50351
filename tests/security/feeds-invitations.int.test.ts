// Private feed keys (rotation kills old URLs) and invitation links (used once).
import { randomBytes } from "node:crypto";
import { expect, test, vi } from "vitest";

const mode = vi.hoisted(() => ({ publicMode: false }));
vi.mock("@/lib/env", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/env")>();
  return { ...real, env: () => ({ ...real.env(), KINDLING_PUBLIC: mode.publicMode }) };
});

import { feedReader, feedUserFromKey, rotateFeedKey } from "@/lib/auth/feed-keys";
import { acceptInvitation, openInvitation } from "@/lib/auth/invitations";
import { verifyPassword } from "@/lib/auth/passwords";
import { db } from "@/lib/db";

async function denial(url: string): Promise<number | null> {
  const access = await feedReader(new URL(url));
  return "denied" in access ? access.denied.status : null;
}

const email = (tag: string) => `${tag}-${randomBytes(4).toString("hex")}@example.org`;

test("a feed key admits its user until rotated; private feeds refuse anyone else", async () => {
  const user = await db.user.create({ data: { email: email("feed") } });
  const first = await rotateFeedKey(user.id);
  expect((await feedUserFromKey(first))?.id).toBe(user.id);
  expect(await feedReader(new URL(`http://k.test/feeds/failures.atom?key=${first}`))).toMatchObject({
    user: { id: user.id },
  });
  const second = await rotateFeedKey(user.id);
  expect(await feedUserFromKey(first)).toBeNull();
  expect((await feedUserFromKey(second))?.id).toBe(user.id);
  expect(await denial(`http://k.test/feeds/failures.atom?key=${first}`)).toBe(401);
  expect(await denial("http://k.test/feeds/failures.atom")).toBe(401);
  await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
  expect(await feedUserFromKey(second)).toBeNull();
  mode.publicMode = true;
  expect(await feedReader(new URL("http://k.test/feeds/failures.atom"))).toEqual({ user: null });
  mode.publicMode = false;
});

test("an invitation link creates one account with its role, then is spent", async () => {
  const token = randomBytes(24).toString("base64url");
  const { createHash } = await import("node:crypto");
  const invited = email("invited");
  await db.invitation.create({
    data: {
      tokenHash: createHash("sha256").update(token).digest("hex"),
      email: invited,
      role: "maintainer",
      expiresAt: new Date(Date.now() + 60_000),
    },
  });
  expect(await openInvitation(token)).not.toBeNull();
  expect(await acceptInvitation(token, "New Person", "a-long-password")).toEqual({
    ok: true,
    email: invited,
  });
  const user = await db.user.findUniqueOrThrow({ where: { email: invited } });
  expect(user.role).toBe("maintainer");
  expect(await verifyPassword("a-long-password", user.passwordHash)).toBe(true);
  expect(await acceptInvitation(token, "Again", "a-long-password")).toMatchObject({ ok: false });
  expect(await openInvitation("not-a-real-invitation-token")).toBeNull();
});
