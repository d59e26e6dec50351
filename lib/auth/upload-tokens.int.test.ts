// authenticateUploadToken: a valid token passes and notes when it was used, at
// most once a minute (every upload used to write the row and flush the WAL);
// a revoked or unknown token does not pass.
import { randomBytes } from "node:crypto";
import { expect, test } from "vitest";
import { authenticateUploadToken, createUploadToken } from "@/lib/auth/upload-tokens";
import { db } from "@/lib/db";

async function lastUsed(tokenId: number): Promise<Date | null> {
  const row = await db.uploadToken.findUniqueOrThrow({ where: { id: tokenId } });
  return row.lastUsedAt;
}

test("a token's lastUsedAt is set on first use and moves at most once a minute", async () => {
  const made = await createUploadToken(`auth-${randomBytes(4).toString("hex")}`, "test");
  const header = `Bearer ${made.token}`;
  expect(await lastUsed(made.tokenId)).toBeNull();

  expect(await authenticateUploadToken(header)).toEqual({
    ok: true,
    tokenId: made.tokenId,
    tinderboxId: made.tinderboxId,
  });
  const first = await lastUsed(made.tokenId);
  expect(first).not.toBeNull();
  expect(Math.abs((first as Date).getTime() - Date.now())).toBeLessThan(10_000);

  // Within the minute: still accepted, the row is not written again.
  expect(await authenticateUploadToken(header)).toMatchObject({ ok: true, tokenId: made.tokenId });
  expect(await lastUsed(made.tokenId)).toEqual(first);

  // Older than a minute: moved to now.
  const stale = new Date(Date.now() - 5 * 60_000);
  await db.uploadToken.update({ where: { id: made.tokenId }, data: { lastUsedAt: stale } });
  expect(await authenticateUploadToken(header)).toMatchObject({ ok: true, tokenId: made.tokenId });
  const moved = await lastUsed(made.tokenId);
  expect((moved as Date).getTime()).toBeGreaterThan(stale.getTime() + 60_000);
});

test("a revoked or unknown token is refused and its row is not touched", async () => {
  const made = await createUploadToken(`auth-${randomBytes(4).toString("hex")}`, "test");
  await db.uploadToken.update({ where: { id: made.tokenId }, data: { revokedAt: new Date() } });
  expect(await authenticateUploadToken(`Bearer ${made.token}`)).toEqual({
    ok: false,
    message: "unknown or revoked upload token",
  });
  expect(await lastUsed(made.tokenId)).toBeNull();
  expect(await authenticateUploadToken(`Bearer kdl_${randomBytes(8).toString("hex")}`)).toMatchObject({
    ok: false,
  });
  expect(await authenticateUploadToken(null)).toMatchObject({ ok: false });
});
