// Bulk triage from the failure list: set a state, link a bug or add to a
// tracker for the selected failures, or for every failure the list's filter
// matches (resolved here, on the server, with the list's own filter → SQL
// function). One bounded transaction; each build gets its own AuditEvent.
import { z } from "zod";
import { type AuditEntry, recordAudits } from "../audit/record";
import type { SessionUser } from "../auth/access";
import { bugUrl } from "../bugs/bug-url";
import { db, type Prisma } from "../db";
import { TriageState } from "../generated/prisma/enums";
import { failureListQuerySchema, failureWhere, paramsRecord } from "../queries/failure-filters";
import { resolveFilters } from "../queries/failures";
import { type ActionFailure, type ActionResult, FORBIDDEN, invalid, isMaintainer } from "./action-result";
import { markReported } from "./bug-links";

/** One action writes at most this many builds (rows, events, audits) in one transaction. */
export const MAX_BULK_BUILDS = 10_000;
const TOO_MANY = `at most ${MAX_BULK_BUILDS.toLocaleString("en")} failures per bulk action: narrow the filter`;

const bugNumber = z.coerce.number().int().min(1).max(99_999_999);

export const bulkTriageInputSchema = z.object({
  target: z.discriminatedUnion("kind", [
    z.object({
      kind: z.literal("ids"),
      ids: z.array(z.number().int().positive()).min(1).max(MAX_BULK_BUILDS, TOO_MANY),
    }),
    // The list's filters as its URL query ("triage=new&category=dev-libs"): every match, not one page.
    z.object({ kind: z.literal("filter"), query: z.string().max(4000) }),
  ]),
  operation: z.discriminatedUnion("op", [
    z.object({ op: z.literal("state"), state: z.enum(TriageState) }),
    z.object({ op: z.literal("bug"), bugNumber }),
    z.object({ op: z.literal("tracker"), bugNumber }),
  ]),
});

export type BulkTriageInput = z.infer<typeof bulkTriageInputSchema>;
type Operation = BulkTriageInput["operation"];
type Tx = Prisma.TransactionClient;
export type BulkResult = ActionResult<{ builds: number; changed: number; message: string }>;

export async function bulkTriage(user: SessionUser | null, input: unknown): Promise<BulkResult> {
  if (!isMaintainer(user)) return FORBIDDEN;
  const parsed = bulkTriageInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { target, operation } = parsed.data;
  return db.$transaction(
    async (tx): Promise<BulkResult> => {
      const ids =
        target.kind === "ids" ? await existingIds(tx, target.ids) : await matchingIds(tx, user, target.query);
      if (!Array.isArray(ids)) return ids;
      if (ids.length === 0) return { ok: false, code: "invalid", message: "no failures selected" };
      return applyOperation(tx, user, ids, operation);
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}

/** The selected ids that are builds (a stale page may name a deleted one). */
async function existingIds(tx: Tx, ids: number[]): Promise<number[]> {
  const rows = await tx.$queryRaw<Array<{ id: number }>>`
    SELECT id FROM "Build" WHERE id = ANY(${ids}::int[]) ORDER BY id`;
  return rows.map((row) => row.id);
}

/** Every build the list's filter matches, up to the cap (one more, to tell "too many"). */
async function matchingIds(tx: Tx, user: SessionUser, query: string): Promise<number[] | ActionFailure> {
  const listQuery = failureListQuerySchema.parse(paramsRecord(new URLSearchParams(query)));
  const where = failureWhere(await resolveFilters(listQuery, { user }));
  const rows = await tx.$queryRaw<Array<{ id: number }>>`
    SELECT b.id FROM "Build" b WHERE ${where} ORDER BY b.id LIMIT ${MAX_BULK_BUILDS + 1}`;
  if (rows.length > MAX_BULK_BUILDS)
    return { ok: false, code: "invalid", message: `this filter matches more than that; ${TOO_MANY}` };
  return rows.map((row) => row.id);
}

async function applyOperation(
  tx: Tx,
  user: SessionUser,
  ids: number[],
  operation: Operation,
): Promise<BulkResult> {
  if (operation.op === "state") return setStates(tx, user, ids, operation.state);
  if (operation.op === "bug") return linkBugs(tx, user, ids, operation.bugNumber);
  return addToTracker(tx, user, ids, operation.bugNumber);
}

const audits = (
  user: SessionUser,
  ids: number[],
  action: string,
  details: Prisma.InputJsonObject,
): AuditEntry[] =>
  ids.map((id) => ({ userId: user.id, action, target: `build:${id}`, details: { ...details, bulk: true } }));

async function setStates(tx: Tx, user: SessionUser, ids: number[], state: TriageState): Promise<BulkResult> {
  // Locked in id order (no deadlock with another bulk action); rows already in the state are left alone.
  const rows = await tx.$queryRaw<Array<{ id: number; triageState: TriageState }>>`
    SELECT id, "triageState" FROM "Build" WHERE id = ANY(${ids}::int[]) AND "triageState" <> ${state}::"TriageState"
    ORDER BY id FOR UPDATE`;
  const changed = rows.map((row) => row.id);
  await tx.build.updateMany({
    where: { id: { in: changed } },
    data: { triageState: state, triageVersion: { increment: 1 } },
  });
  await tx.triageEvent.createMany({
    data: rows.map((row) => ({
      buildId: row.id,
      userId: user.id,
      fromState: row.triageState,
      toState: state,
    })),
  });
  await recordAudits(
    tx,
    rows.map((row) => ({
      userId: user.id,
      action: "triage.set",
      target: `build:${row.id}`,
      details: { from: row.triageState, to: state, bulk: true },
    })),
  );
  const message = `${changed.length} of ${ids.length} failure(s) set to ${state}.`;
  return { ok: true, builds: ids.length, changed: changed.length, message };
}

async function linkBugs(tx: Tx, user: SessionUser, ids: number[], bug: number): Promise<BulkResult> {
  const { count } = await tx.bugLink.createMany({
    data: ids.map((id) => ({ buildId: id, bugNumber: bug, url: bugUrl(bug), createdById: user.id })),
    skipDuplicates: true,
  });
  await markReported(tx, ids, user.id, `bug ${bug} linked`);
  await recordAudits(tx, audits(user, ids, "bug.link", { bugNumber: bug }));
  return {
    ok: true,
    builds: ids.length,
    changed: count,
    message: `Bug ${bug} linked to ${count} failure(s).`,
  };
}

/**
 * A tracker is a bug too: its number is linked to each failure, so the failure
 * shows it and its bug report blocks it; the state is left alone (a tracker is
 * not the failure's own bug).
 */
async function addToTracker(tx: Tx, user: SessionUser, ids: number[], bug: number): Promise<BulkResult> {
  const tracker = await tx.tracker.findUnique({ where: { bugNumber: bug }, select: { title: true } });
  if (!tracker) return { ok: false, code: "not_found", message: `no tracker for bug ${bug}` };
  const { count } = await tx.bugLink.createMany({
    data: ids.map((id) => ({
      buildId: id,
      bugNumber: bug,
      url: bugUrl(bug),
      summary: `tracker: ${tracker.title}`,
      createdById: user.id,
    })),
    skipDuplicates: true,
  });
  await recordAudits(tx, audits(user, ids, "tracker.add", { bugNumber: bug }));
  const message = `${count} failure(s) added to tracker ${bug} (${tracker.title}).`;
  return { ok: true, builds: ids.length, changed: count, message };
}
