// Triage: a maintainer moves a failure between new / confirmed / reported /
// fixed / invalid / infra. Each change is a TriageEvent (the failure's history)
// and an AuditEvent (the site's).
import { z } from "zod";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/access";
import { db } from "../db";
import { TriageState } from "../generated/prisma/enums";
import { type ActionResult, FORBIDDEN, invalid, isMaintainer } from "./action-result";

export const TRIAGE_STATES = Object.values(TriageState);

export const setTriageInputSchema = z.object({
  buildId: z.coerce.number().int().positive(),
  state: z.enum(TriageState),
  note: z.string().trim().max(2000).default(""),
});

export type SetTriageInput = z.input<typeof setTriageInputSchema>;

export async function setTriageState(
  user: SessionUser | null,
  input: unknown,
): Promise<ActionResult<{ changed: boolean }>> {
  if (!isMaintainer(user)) return FORBIDDEN;
  const parsed = setTriageInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { buildId, state, note } = parsed.data;
  return db.$transaction(async (tx) => {
    const build = await tx.build.findUnique({ where: { id: buildId }, select: { triageState: true } });
    if (!build) return { ok: false, code: "not_found", message: `no build ${buildId}` } as const;
    if (build.triageState === state && note === "") return { ok: true, changed: false } as const;
    await tx.build.update({ where: { id: buildId }, data: { triageState: state } });
    await tx.triageEvent.create({
      data: { buildId, userId: user.id, fromState: build.triageState, toState: state, note },
    });
    await recordAudit(tx, {
      userId: user.id,
      action: "triage.set",
      target: `build:${buildId}`,
      details: { from: build.triageState, to: state, note },
    });
    return { ok: true, changed: true } as const;
  });
}
