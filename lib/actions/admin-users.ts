"use server";
// Admin writes on users: create a local account, change a role, disable or
// enable. A role change shows on the user's next request (session.ts re-reads
// the user); disable and enable bump sessionVersion, which ends open sessions.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordAudit } from "../audit/record";
import { hashPassword } from "../auth/passwords";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { FormResult } from "./action-result";
import { withRole } from "./with-role";

const roleSchema = z.enum(["viewer", "maintainer", "admin"]);
const userIdSchema = z.coerce.number().int().positive();

const createUserSchema = z.object({
  email: z.string().trim().toLowerCase().email("a valid e-mail is needed").max(254),
  name: z.string().trim().max(100).default(""),
  role: roleSchema,
  password: z.string().min(10, "passwords need at least 10 characters").max(1024),
});

export async function createUserAction(_prev: FormResult | null, formData: FormData): Promise<FormResult> {
  return withRole("admin", createUserSchema, formData, async (admin, input): Promise<FormResult> => {
    if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } }))
      return { ok: false, code: "exists", message: `${input.email} already has an account` };
    const passwordHash = await hashPassword(input.password);
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, passwordHash },
      });
      await recordAudit(tx, {
        userId: admin.id,
        action: "user.create",
        target: `user:${user.id}`,
        details: { email: input.email, role: input.role },
      });
    });
    revalidatePath("/admin/users");
    return { ok: true, message: `created ${input.email} as ${input.role}` };
  });
}

// fromRole: the role the form showed. A change made meanwhile by another admin is not overwritten.
const changeRoleSchema = z.object({
  userId: userIdSchema,
  role: roleSchema,
  fromRole: roleSchema.optional(),
});

export async function changeRoleAction(_prev: FormResult | null, formData: FormData): Promise<FormResult> {
  return withRole("admin", changeRoleSchema, formData, async (admin, input): Promise<FormResult> => {
    if (input.userId === admin.id && input.role !== "admin")
      return { ok: false, code: "self", message: "you cannot demote yourself; ask another admin" };
    if (input.role === input.fromRole) return { ok: true, message: "unchanged" };
    const expected = input.fromRole ? { role: input.fromRole } : {};
    return updateUser(admin.id, input.userId, "user.role", { role: input.role }, expected);
  });
}

const setDisabledSchema = z.object({ userId: userIdSchema, disabled: z.enum(["true", "false"]) });

export async function setDisabledAction(_prev: FormResult | null, formData: FormData): Promise<FormResult> {
  return withRole("admin", setDisabledSchema, formData, async (admin, input): Promise<FormResult> => {
    const disabled = input.disabled === "true";
    if (input.userId === admin.id && disabled)
      return { ok: false, code: "self", message: "you cannot disable yourself" };
    // Disabling expects an enabled user and vice versa: a double click or a stale page changes nothing.
    return updateUser(
      admin.id,
      input.userId,
      disabled ? "user.disable" : "user.enable",
      { disabledAt: disabled ? new Date() : null },
      { disabledAt: disabled ? null : { not: null } },
    );
  });
}

async function updateUser(
  adminId: number,
  userId: number,
  action: string,
  data: { role?: z.infer<typeof roleSchema>; disabledAt?: Date | null },
  expected: Prisma.UserWhereInput,
): Promise<FormResult> {
  const done = await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { email: true, role: true } });
    if (!before) return null;
    // Roles are re-read on every request anyway; only a disable must also end open sessions.
    const endSessions = data.disabledAt !== undefined;
    const { count } = await tx.user.updateMany({
      where: { ...expected, id: userId },
      data: { ...data, ...(endSessions ? { sessionVersion: { increment: 1 } } : {}) },
    });
    if (count === 0) return { conflict: await lastChangedBy(tx, userId) };
    await recordAudit(tx, {
      userId: adminId,
      action,
      target: `user:${userId}`,
      details: { email: before.email, from: before.role, ...(data.role ? { to: data.role } : {}) },
    });
    return { email: before.email };
  });
  if (!done) return { ok: false, code: "not_found", message: `no user ${userId}` };
  if ("conflict" in done)
    return { ok: false, code: "conflict", message: `changed meanwhile by ${done.conflict} — reload` };
  revalidatePath("/admin/users");
  return { ok: true, message: `${action.replace("user.", "")}: ${done.email}` };
}

/** Who made the newest audited change to this user (role, disable, enable). */
async function lastChangedBy(tx: Prisma.TransactionClient, userId: number): Promise<string> {
  const event = await tx.auditEvent.findFirst({
    where: { target: `user:${userId}`, action: { in: ["user.role", "user.disable", "user.enable"] } },
    orderBy: { id: "desc" },
    select: { user: { select: { email: true } } },
  });
  return event?.user?.email ?? "someone";
}
