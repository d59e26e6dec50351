"use server";
// The signed-in user's own settings: rotating their private feed key, storing
// or removing their Bugzilla API key (encrypted; lib/bugzilla/user-key.ts).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordAudit } from "../audit/record";
import { rotateFeedKey } from "../auth/feed-keys";
import { API_KEY_PATTERN, removeUserApiKey, saveUserApiKey } from "../bugzilla/user-key";
import { db } from "../db";
import type { FormResult } from "./action-result";
import { withRole } from "./with-role";

const rotateSchema = z.object({ confirm: z.literal("rotate", { error: "confirm the rotation" }) });
const bugzillaKeySchema = z.object({
  apiKey: z.string().trim().regex(API_KEY_PATTERN, "a Bugzilla API key is 16-128 letters and digits"),
});
const noInput = z.object({});

export async function rotateFeedKeyAction(_prev: FormResult | null, formData: FormData): Promise<FormResult> {
  return withRole("viewer", rotateSchema, formData, async ({ id: userId }): Promise<FormResult> => {
    const key = await rotateFeedKey(userId);
    await recordAudit(db, { userId, action: "feedkey.rotate", target: `user:${userId}` });
    return {
      ok: true,
      message: "new feed key; add ?key=… to feed URLs. Old feed URLs stop working now.",
      secret: key,
    };
  });
}

/** Stores the key encrypted; the answer never echoes it. */
export async function saveBugzillaKeyAction(
  _prev: FormResult | null,
  formData: FormData,
): Promise<FormResult> {
  return withRole("viewer", bugzillaKeySchema, formData, async (user, { apiKey }): Promise<FormResult> => {
    const saved = await saveUserApiKey(user.id, apiKey);
    if (!saved.ok) return { ok: false, code: "unavailable", message: saved.message };
    revalidatePath("/account");
    return { ok: true, message: "Bugzilla API key stored. It is not shown again." };
  });
}

export async function removeBugzillaKeyAction(
  _prev: FormResult | null,
  formData: FormData,
): Promise<FormResult> {
  return withRole("viewer", noInput, formData, async (user): Promise<FormResult> => {
    const removed = await removeUserApiKey(user.id);
    revalidatePath("/account");
    return removed
      ? { ok: true, message: "Bugzilla API key removed." }
      : { ok: false, code: "not_found", message: "no Bugzilla API key was stored" };
  });
}
