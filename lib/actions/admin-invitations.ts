"use server";
// Admin invitations: a link, valid for a week and used once, that lets the
// invited person choose their own password. Only the link's hash is stored.
import { createHash, randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordAudit } from "../audit/record";
import { db } from "../db";
import { env } from "../env";
import type { FormResult } from "./action-result";
import { withRole } from "./with-role";

const INVITATION_DAYS = 7;

const inviteSchema = z.object({
  email: z.string().trim().toLowerCase().email("a valid e-mail is needed").max(254),
  role: z.enum(["viewer", "maintainer", "admin"]),
});

export async function createInvitationAction(
  _prev: FormResult | null,
  formData: FormData,
): Promise<FormResult> {
  return withRole("admin", inviteSchema, formData, async (admin, input): Promise<FormResult> => {
    if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } }))
      return { ok: false, code: "exists", message: `${input.email} already has an account` };
    const token = randomBytes(24).toString("base64url");
    await db.$transaction(async (tx) => {
      const invitation = await tx.invitation.create({
        data: {
          tokenHash: createHash("sha256").update(token).digest("hex"),
          email: input.email,
          role: input.role,
          createdById: admin.id,
          expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
        },
      });
      await recordAudit(tx, {
        userId: admin.id,
        action: "user.invite",
        target: `invitation:${invitation.id}`,
        details: input,
      });
    });
    revalidatePath("/admin/users");
    const link = `${env().KINDLING_PUBLIC_URL}/invite/${token}`;
    return {
      ok: true,
      message: `invitation for ${input.email}, valid ${INVITATION_DAYS} days; shown once`,
      secret: link,
    };
  });
}
