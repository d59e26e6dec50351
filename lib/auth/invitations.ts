// Accepting an invitation: the link's token (hashed like every secret here)
// names an unused, unexpired invitation; the new account gets its role.
import { createHash } from "node:crypto";
import { recordAudit } from "../audit/record";
import { db } from "../db";
import { hashPassword } from "./passwords";

const hashInvite = (token: string) => createHash("sha256").update(token).digest("hex");

export async function openInvitation(token: string) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const invitation = await db.invitation.findUnique({ where: { tokenHash: hashInvite(token) } });
  if (!invitation || invitation.usedAt || invitation.expiresAt <= new Date()) return null;
  return invitation;
}

export type AcceptOutcome = { ok: true; email: string } | { ok: false; message: string };

export async function acceptInvitation(
  token: string,
  name: string,
  password: string,
): Promise<AcceptOutcome> {
  const invitation = await openInvitation(token);
  if (!invitation) return { ok: false, message: "this invitation is unknown, used or expired" };
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    // Claim first, so two tabs submitting the same link create one account.
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (claimed.count === 0) return { ok: false, message: "this invitation was just used" };
    if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } }))
      return { ok: false, message: `${invitation.email} already has an account` };
    const user = await tx.user.create({
      data: { email: invitation.email, name, role: invitation.role, passwordHash },
    });
    await recordAudit(tx, {
      userId: user.id,
      action: "user.create",
      target: `user:${user.id}`,
      details: { email: invitation.email, role: invitation.role, by: `invitation:${invitation.id}` },
    });
    return { ok: true, email: invitation.email };
  });
}
