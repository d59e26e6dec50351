// Tracker rules are data that maintainers edit: a failure whose title matches
// an active tracker's rule gets `blocks: <tracker>` when its bug is filed.
import { z } from "zod";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/access";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { ruleProblem, TRACKER_KINDS } from "../queries/trackers";
import { type ActionResult, FORBIDDEN, invalid, isMaintainer } from "./action-result";

const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

export const trackerInputSchema = z
  .object({
    bugNumber: z.coerce.number().int().min(1).max(99_999_999),
    title: z.string().trim().min(1).max(200),
    matchType: z.enum(TRACKER_KINDS),
    pattern: z.string().trim().min(1).max(1000),
    active: checkbox,
  })
  .superRefine((tracker, ctx) => {
    const problem = ruleProblem(tracker);
    if (problem)
      ctx.addIssue({
        code: "custom",
        path: ["pattern"],
        message: tracker.matchType === "regex" ? regexMessage(tracker.pattern, problem) : problem,
      });
  });

/**
 * Rules run on RE2 (linear time). A pattern JavaScript accepts but RE2 refuses
 * uses backreferences or lookaround: say that, with RE2's reason, so the
 * maintainer knows what to rewrite.
 */
function regexMessage(pattern: string, re2Reason: string): string {
  try {
    new RegExp(pattern);
  } catch {
    return "not a valid regular expression";
  }
  return `uses syntax the RE2 engine does not support (backreferences, lookaround): ${re2Reason}`;
}

export const updateTrackerInputSchema = z.intersection(
  z.object({
    id: z.coerce.number().int().positive(),
    // Tracker.updatedAt (epoch ms) the form was rendered from: a stale form's save is refused.
    version: z.coerce.number().int().min(0),
  }),
  trackerInputSchema,
);

/** The rule as stored after a write, so the form shows it (and its new version). */
export interface StoredTracker {
  id: number;
  bugNumber: number;
  title: string;
  matchType: string;
  pattern: string;
  active: boolean;
  version: number;
}

function stored(tracker: Omit<StoredTracker, "version"> & { updatedAt: Date }): StoredTracker {
  return { ...pickRule(tracker), id: tracker.id, version: tracker.updatedAt.getTime() };
}

export async function createTracker(
  user: SessionUser | null,
  input: unknown,
): Promise<ActionResult<{ id: number; stored: StoredTracker }>> {
  if (!isMaintainer(user)) return FORBIDDEN;
  const parsed = trackerInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    return await db.$transaction(async (tx) => {
      const tracker = await tx.tracker.create({ data: { ...parsed.data, updatedById: user.id } });
      await recordAudit(tx, {
        userId: user.id,
        action: "tracker.create",
        target: `tracker:${tracker.id}`,
        details: parsed.data,
      });
      return { ok: true, id: tracker.id, stored: stored(tracker) } as const;
    });
  } catch (err) {
    if (isUniqueViolation(err)) return duplicateBug(parsed.data.bugNumber);
    throw err;
  }
}

type UpdateResult = ActionResult<{ stored: StoredTracker }>;

export async function updateTracker(user: SessionUser | null, input: unknown): Promise<UpdateResult> {
  if (!isMaintainer(user)) return FORBIDDEN;
  const parsed = updateTrackerInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { id, version, ...fields } = parsed.data;
  try {
    return await db.$transaction(async (tx): Promise<UpdateResult> => {
      const before = await tx.tracker.findUnique({
        where: { id },
        include: { updatedBy: { select: { email: true } } },
      });
      if (!before) return { ok: false, code: "not_found", message: `no tracker ${id}` };
      // Compare-and-set on updatedAt: a save from a form rendered before someone else's matches no row.
      const { count } = await tx.tracker.updateMany({
        where: { id, updatedAt: new Date(version) },
        data: { ...fields, updatedById: user.id },
      });
      if (count === 0) return trackerConflict(before.updatedBy?.email);
      await recordAudit(tx, {
        userId: user.id,
        action: "tracker.update",
        target: `tracker:${id}`,
        details: { before: pickRule(before), after: fields },
      });
      return { ok: true, stored: stored(await tx.tracker.findUniqueOrThrow({ where: { id } })) };
    });
  } catch (err) {
    if (isUniqueViolation(err)) return duplicateBug(fields.bugNumber);
    throw err;
  }
}

function pickRule(tracker: {
  bugNumber: number;
  title: string;
  matchType: string;
  pattern: string;
  active: boolean;
}) {
  const { bugNumber, title, matchType, pattern, active } = tracker;
  return { bugNumber, title, matchType, pattern, active };
}

function trackerConflict(who: string | undefined) {
  const message = `changed meanwhile by ${who ?? "someone"} — reload`;
  return { ok: false, code: "conflict", message } as const;
}

function isUniqueViolation(err: unknown): boolean {
  return err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";
}

function duplicateBug(bugNumber: number) {
  return { ok: false, code: "conflict", message: `a tracker for bug ${bugNumber} exists already` } as const;
}
