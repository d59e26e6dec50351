"use server";
// The signed-in user's own settings: rotating their private feed key, storing
// or removing their Bugzilla API key (encrypted; lib/bugzilla/user-key.ts).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordAudit } from "../audit/record";
import { AccessDenied, requireRole } from "../auth/access";
import { rotateFeedKey } from "../auth/feed-keys";
import { API_KEY_PATTERN, removeUserApiKey, saveUserApiKey } from "../bugzilla/user-key";
import { db } from "../db";
import type { AdminResult } from "./admin-result";

const rotateSchema = z.object({ confirm: z.literal("rotate") });
const bugzillaKeySchema = z.object({
  apiKey: z.string().trim().regex(API_KEY_PATTERN, "a Bugzilla API key is 16-128 letters and digits"),
});

type Signed = { userId: number } | { denied: AdminResult };

async function signedIn(): Promise<Signed> {
  try {
    return { userId: (await requireRole("viewer")).id };
  } catch (err) {
    if (!(err instanceof AccessDenied)) throw err;
    const code = err.status === 401 ? "unauthorized" : "forbidden";
    return { denied: { ok: false, code, message: err.message } };
  }
}

export async function rotateFeedKeyAction(
  _prev: AdminResult | null,
  formData: FormData,
): Promise<AdminResult> {
  const who = await signedIn();
  if ("denied" in who) return who.denied;
  const { userId } = who;
  if (!rotateSchema.safeParse(formData instanceof FormData ? Object.fromEntries(formData) : {}).success)
    return { ok: false, code: "invalid", message: "confirm the rotation" };
  const key = await rotateFeedKey(userId);
  await recordAudit(db, { userId, action: "feedkey.rotate", target: `user:${userId}` });
  return {
    ok: true,
    message: "new feed key; add ?key=… to feed URLs. Old feed URLs stop working now.",
    secret: key,
  };
}

/** Stores the key encrypted; the answer never echoes it. */
export async function saveBugzillaKeyAction(
  _prev: AdminResult | null,
  formData: FormData,
): Promise<AdminResult> {
  const who = await signedIn();
  if ("denied" in who) return who.denied;
  const parsed = bugzillaKeySchema.safeParse(
    formData instanceof FormData ? Object.fromEntries(formData) : {},
  );
  if (!parsed.success)
    return { ok: false, code: "invalid", message: parsed.error.issues[0]?.message ?? "invalid" };
  const saved = await saveUserApiKey(who.userId, parsed.data.apiKey);
  if (!saved.ok) return { ok: false, code: "unavailable", message: saved.message };
  revalidatePath("/account");
  return { ok: true, message: "Bugzilla API key stored. It is not shown again." };
}

export async function removeBugzillaKeyAction(
  _prev: AdminResult | null,
  _formData: FormData,
): Promise<AdminResult> {
  const who = await signedIn();
  if ("denied" in who) return who.denied;
  const removed = await removeUserApiKey(who.userId);
  revalidatePath("/account");
  return removed
    ? { ok: true, message: "Bugzilla API key removed." }
    : { ok: false, code: "not_found", message: "no Bugzilla API key was stored" };
}
