// Per-user secret feed URLs for private mode: feed readers cannot sign in, so a
// feed URL carries `?key=...`. Only the sha256 of the key is stored (like
// upload tokens), and rotating it kills every URL handed out before.
import { createHash, randomBytes } from "node:crypto";
import { db } from "../db";
import { env } from "../env";
import { jsonError } from "../http/responses";
import { getSessionUser, type SessionUser } from "./session";

const KEY_PREFIX = "kfk_";

function hashFeedKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** A new key for this user, replacing the old one; shown once. */
export async function rotateFeedKey(userId: number): Promise<string> {
  const key = KEY_PREFIX + randomBytes(24).toString("base64url");
  await db.user.update({ where: { id: userId }, data: { feedTokenHash: hashFeedKey(key) } });
  return key;
}

export async function hasFeedKey(userId: number): Promise<boolean> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { feedTokenHash: true } });
  return Boolean(row?.feedTokenHash);
}

/** The enabled user a feed key belongs to, or null. */
export async function feedUserFromKey(key: string | null | undefined): Promise<SessionUser | null> {
  if (!key?.startsWith(KEY_PREFIX) || key.length > 100) return null;
  const user = await db.user.findUnique({
    where: { feedTokenHash: hashFeedKey(key) },
    select: { id: true, email: true, name: true, role: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/**
 * Who reads a feed: the signed-in user, else the owner of a valid `?key=`, else
 * an anonymous reader, who is only admitted in public mode. Feed readers send
 * no cookies, which is why private feeds need the key.
 */
export async function feedReader(url: URL): Promise<{ user: SessionUser | null } | { denied: Response }> {
  const user = (await getSessionUser()) ?? (await feedUserFromKey(url.searchParams.get("key")));
  if (user || env().KINDLING_PUBLIC) return { user };
  return {
    denied: jsonError(
      401,
      "unauthorized",
      "this feed needs a signed-in user or a feed URL with ?key= from /account",
    ),
  };
}
