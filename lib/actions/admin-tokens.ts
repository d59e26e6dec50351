"use server";
// Admin writes on upload tokens: create one for a tinderbox (the token is
// returned once and only its hash is kept) and revoke one.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordAudit } from "../audit/record";
import { createUploadToken } from "../auth/upload-tokens";
import { db } from "../db";
import type { FormResult } from "./action-result";
import { withRole } from "./with-role";

const createTokenSchema = z.object({
  tinderbox: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, "tinderbox names are letters, digits, '.', '_' and '-'"),
  label: z.string().trim().max(100).default(""),
});

export async function createTokenAction(_prev: FormResult | null, formData: FormData): Promise<FormResult> {
  return withRole("admin", createTokenSchema, formData, async (admin, input): Promise<FormResult> => {
    const created = await createUploadToken(input.tinderbox, input.label);
    await recordAudit(db, {
      userId: admin.id,
      tokenId: created.tokenId,
      action: "token.create",
      target: `token:${created.tokenId}`,
      details: { tinderbox: input.tinderbox, label: input.label },
    });
    revalidatePath("/admin/tokens");
    return {
      ok: true,
      message: `token for ${input.tinderbox}; copy it now, it is not shown again`,
      secret: created.token,
    };
  });
}

const revokeTokenSchema = z.object({ tokenId: z.coerce.number().int().positive() });

export async function revokeTokenAction(_prev: FormResult | null, formData: FormData): Promise<FormResult> {
  return withRole("admin", revokeTokenSchema, formData, async (admin, input): Promise<FormResult> => {
    const revoked = await db.$transaction(async (tx) => {
      const result = await tx.uploadToken.updateMany({
        where: { id: input.tokenId, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      if (result.count === 0) return false;
      await recordAudit(tx, {
        userId: admin.id,
        tokenId: input.tokenId,
        action: "token.revoke",
        target: `token:${input.tokenId}`,
      });
      return true;
    });
    if (!revoked) return notRevoked(input.tokenId);
    revalidatePath("/admin/tokens");
    return { ok: true, message: `token ${input.tokenId} revoked` };
  });
}

/** A stale page's second revoke: say who revoked it, not just "not found". */
async function notRevoked(tokenId: number): Promise<FormResult> {
  const event = await db.auditEvent.findFirst({
    where: { action: "token.revoke", target: `token:${tokenId}` },
    orderBy: { id: "desc" },
    select: { user: { select: { email: true } } },
  });
  if (!event) return { ok: false, code: "not_found", message: `no active token ${tokenId}` };
  const who = event.user?.email ?? "someone";
  return { ok: false, code: "conflict", message: `revoked meanwhile by ${who} — reload` };
}
