// Triage: a maintainer moves a failure between new / confirmed / reported /
// fixed / invalid / infra, or adds a note. Each write is a TriageEvent (the
// failure's history) and an AuditEvent (the site's), and bumps
// Build.triageVersion: a form sends the version it was rendered from, and a
// write from a stale form is refused instead of silently undoing someone's change.
import { z } from "zod";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/access";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { TriageState } from "../generated/prisma/enums";
import { type ActionFailure, type ActionResult, FORBIDDEN, invalid, isMaintainer } from "./action-result";

export const TRIAGE_STATES = Object.values(TriageState);

export const setTriageInputSchema = z.object({
  buildId: z.coerce.number().int().positive(),
  // Absent: the write is a note alone and keeps whatever state is stored.
  state: z.enum(TriageState).optional(),
  note: z.string().trim().max(2000).default(""),
  // The triageVersion the form was rendered from; absent for system callers (e.g. "mark as infra").
  version: z.coerce.number().int().min(0).optional(),
});

export type SetTriageInput = z.input<typeof setTriageInputSchema>;

/** What is stored after the write, so the form can show it. */
export interface StoredTriage {
  state: TriageState;
  version: number;
}

type TriageResult = ActionResult<{ changed: boolean; stored: StoredTriage }>;

export async function setTriageState(user: SessionUser | null, input: unknown): Promise<TriageResult> {
  if (!isMaintainer(user)) return FORBIDDEN;
  const parsed = setTriageInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { buildId, state, note, version } = parsed.data;
  return db.$transaction(async (tx): Promise<TriageResult> => {
    const build = await tx.build.findUnique({
      where: { id: buildId },
      select: { triageState: true, triageVersion: true },
    });
    if (!build) return { ok: false, code: "not_found", message: `no build ${buildId}` };
    if (version !== undefined && version !== build.triageVersion) return triageConflict(tx, buildId);
    const stored = { state: build.triageState, version: build.triageVersion };
    const toState = state ?? build.triageState;
    if (toState === build.triageState && note === "") return { ok: true, changed: false, stored };
    // Compare-and-set: a concurrent write that committed first makes this one match no row.
    const { count } = await tx.build.updateMany({
      where: { id: buildId, triageVersion: build.triageVersion },
      data: { triageState: toState, triageVersion: { increment: 1 } },
    });
    if (count === 0) return triageConflict(tx, buildId);
    await tx.triageEvent.create({
      data: { buildId, userId: user.id, fromState: build.triageState, toState, note },
    });
    await recordAudit(tx, {
      userId: user.id,
      action: "triage.set",
      target: `build:${buildId}`,
      details: { from: build.triageState, to: toState, note },
    });
    return { ok: true, changed: true, stored: { state: toState, version: build.triageVersion + 1 } };
  });
}

/** "changed meanwhile by <who>": the newest triage write's author and the state it left. */
async function triageConflict(tx: Prisma.TransactionClient, buildId: number): Promise<ActionFailure> {
  const last = await tx.triageEvent.findFirst({
    where: { buildId },
    orderBy: { id: "desc" },
    select: { toState: true, user: { select: { email: true } } },
  });
  const who = last?.user?.email ?? "someone";
  const now = last ? ` (now ${last.toState})` : "";
  return { ok: false, code: "conflict", message: `changed meanwhile by ${who}${now} — reload` };
}
