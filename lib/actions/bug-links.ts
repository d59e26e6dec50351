// Recording a filed bug on a failure, and optionally on every failure with the
// same fine or coarse signature. Failures still new or confirmed become
// "reported", with a TriageEvent each, so the lists show they are taken care of.
import { z } from "zod";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/access";
import { bugUrl } from "../bugs/bug-url";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { type ActionResult, FORBIDDEN, invalid, isMaintainer } from "./action-result";

/** A coarse signature can span thousands of failures; one link action stays one bounded transaction. */
export const MAX_LINKED_BUILDS = 5000;

export const linkBugInputSchema = z.object({
  buildId: z.coerce.number().int().positive(),
  bugNumber: z.coerce.number().int().min(1).max(99_999_999),
  summary: z.string().trim().max(255).default(""),
  scope: z.enum(["build", "fine", "coarse"]).default("build"),
});

export const unlinkBugInputSchema = linkBugInputSchema.pick({ buildId: true, bugNumber: true });

type Tx = Prisma.TransactionClient;
type LinkFailure = Extract<ActionResult, { ok: false }>;

export async function linkBug(
  user: SessionUser | null,
  input: unknown,
): Promise<ActionResult<{ linked: number; builds: number }>> {
  if (!isMaintainer(user)) return FORBIDDEN;
  const parsed = linkBugInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { buildId, bugNumber, summary, scope } = parsed.data;
  return db.$transaction(async (tx) => {
    const buildIds = await targetBuildIds(tx, buildId, scope);
    if (!Array.isArray(buildIds)) return buildIds;
    const url = bugUrl(bugNumber);
    const { count } = await tx.bugLink.createMany({
      data: buildIds.map((id) => ({ buildId: id, bugNumber, url, summary, createdById: user.id })),
      skipDuplicates: true,
    });
    await markReported(tx, buildIds, user.id, `bug ${bugNumber} linked`);
    await recordAudit(tx, {
      userId: user.id,
      action: "bug.link",
      target: `build:${buildId}`,
      details: { bugNumber, scope, builds: buildIds.length, linked: count },
    });
    return { ok: true, linked: count, builds: buildIds.length } as const;
  });
}

async function targetBuildIds(
  tx: Tx,
  buildId: number,
  scope: "build" | "fine" | "coarse",
): Promise<number[] | LinkFailure> {
  const build = await tx.build.findUnique({
    where: { id: buildId },
    select: { fineSignatureId: true, coarseSignatureId: true },
  });
  if (!build) return { ok: false, code: "not_found", message: `no build ${buildId}` };
  if (scope === "build") return [buildId];
  const signatureId = scope === "fine" ? build.fineSignatureId : build.coarseSignatureId;
  if (signatureId === null)
    return { ok: false, code: "invalid", message: `this failure has no ${scope} signature` };
  const where = scope === "fine" ? { fineSignatureId: signatureId } : { coarseSignatureId: signatureId };
  const rows = await tx.build.findMany({
    where: { ...where, status: "failed" },
    select: { id: true },
    orderBy: { id: "desc" },
    take: MAX_LINKED_BUILDS,
  });
  return [buildId, ...rows.map((row) => row.id).filter((id) => id !== buildId)];
}

/** Failures still new or confirmed become "reported" (a TriageEvent each): a bug is filed for them. */
export async function markReported(tx: Tx, buildIds: number[], userId: number, note: string): Promise<void> {
  const open = await tx.build.findMany({
    where: { id: { in: buildIds }, triageState: { in: ["new", "confirmed"] } },
    select: { id: true, triageState: true },
  });
  if (open.length === 0) return;
  // Re-checks the state under the row lock and bumps triageVersion, so an open triage form is stale now.
  await tx.build.updateMany({
    where: { id: { in: open.map((b) => b.id) }, triageState: { in: ["new", "confirmed"] } },
    data: { triageState: "reported", triageVersion: { increment: 1 } },
  });
  await tx.triageEvent.createMany({
    data: open.map((b) => ({ buildId: b.id, userId, fromState: b.triageState, toState: "reported", note })),
  });
}

export async function unlinkBug(
  user: SessionUser | null,
  input: unknown,
): Promise<ActionResult<{ removed: number }>> {
  if (!isMaintainer(user)) return FORBIDDEN;
  const parsed = unlinkBugInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { buildId, bugNumber } = parsed.data;
  return db.$transaction(async (tx) => {
    const { count } = await tx.bugLink.deleteMany({ where: { buildId, bugNumber } });
    if (count === 0)
      return { ok: false, code: "not_found", message: `bug ${bugNumber} is not linked` } as const;
    await recordAudit(tx, {
      userId: user.id,
      action: "bug.unlink",
      target: `build:${buildId}`,
      details: { bugNumber },
    });
    return { ok: true, removed: count } as const;
  });
}
