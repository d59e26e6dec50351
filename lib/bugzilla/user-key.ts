// A user's stored Bugzilla API key: saved encrypted (api-key.ts), read back only
// to make a request on the user's behalf, never returned to a page.
import { recordAudit } from "../audit/record";
import { db } from "../db";
import { decryptApiKey, encryptApiKey, secretKeyStatus } from "./api-key";

export type UserKeyResult =
  | { ok: true; apiKey: string }
  | { ok: false; code: "no_key" | "unreadable"; message: string };

/** Bugzilla API keys are 40 alphanumerics; allow other lengths a Bugzilla may use, nothing else. */
export const API_KEY_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;

export async function saveUserApiKey(
  userId: number,
  plain: string,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const secret = secretKeyStatus();
  if (!secret.ok) return secret;
  const encrypted = encryptApiKey(plain, userId, secret.key);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: { bugzillaApiKeyEnc: encrypted, bugzillaApiKeySetAt: new Date() },
    });
    await recordAudit(tx, { userId, action: "bugzilla.key.set", target: `user:${userId}` });
  });
  return { ok: true };
}

export async function removeUserApiKey(userId: number): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, bugzillaApiKeyEnc: { not: null } },
      data: { bugzillaApiKeyEnc: null, bugzillaApiKeySetAt: null },
    });
    if (count > 0) await recordAudit(tx, { userId, action: "bugzilla.key.remove", target: `user:${userId}` });
    return count > 0;
  });
}

/** When the key was set, or null: all a page may know about it. */
export async function apiKeySetAt(userId: number): Promise<Date | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { bugzillaApiKeySetAt: true } });
  return user?.bugzillaApiKeySetAt ?? null;
}

export async function userApiKey(userId: number): Promise<UserKeyResult> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { bugzillaApiKeyEnc: true } });
  if (!user?.bugzillaApiKeyEnc)
    return { ok: false, code: "no_key", message: "store your Bugzilla API key on your account page first" };
  const secret = secretKeyStatus();
  const plain = secret.ok ? decryptApiKey(user.bugzillaApiKeyEnc, userId, secret.key) : null;
  return plain
    ? { ok: true, apiKey: plain }
    : {
        ok: false,
        code: "unreadable",
        message: "your stored Bugzilla API key cannot be read (the server key changed): set it again",
      };
}
