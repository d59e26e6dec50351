"use server";
// The signed-in user's own settings: rotating their private feed key.
import { z } from "zod";
import type { AdminResult } from "../actions/admin-result";
import { recordAudit } from "../audit/record";
import { db } from "../db";
import { AccessDenied, requireRole } from "./access";
import { rotateFeedKey } from "./feed-keys";

const rotateSchema = z.object({ confirm: z.literal("rotate") });

export async function rotateFeedKeyAction(
  _prev: AdminResult | null,
  formData: FormData,
): Promise<AdminResult> {
  let userId: number;
  try {
    userId = (await requireRole("viewer")).id;
  } catch (err) {
    if (!(err instanceof AccessDenied)) throw err;
    return { ok: false, code: err.status === 401 ? "unauthorized" : "forbidden", message: err.message };
  }
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
