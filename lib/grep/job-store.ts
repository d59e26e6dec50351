// GrepJob and GrepHit rows: claiming (a queued job, or a running one whose
// instance stopped beating), the worker's heartbeat with progress (which is
// also how it learns of a cancel), hits, expiry.
import { db } from "@/lib/db";
import type { LineHit } from "./line-grep";

export interface ClaimedJob {
  id: string;
  pattern: string;
  mode: string;
  filters: string;
  createdAt: Date;
  createdById: number | null;
  buildsDone: number;
  hitCount: number;
  /** True when another instance ran it before (its heartbeat stopped). */
  takenOver: boolean;
}

/**
 * The oldest claimable job, now this worker's: queued, or running with a
 * heartbeat older than `staleMs`. SKIP LOCKED: instances polling at once take different jobs.
 */
export async function claimJob(workerId: string, staleMs: number): Promise<ClaimedJob | null> {
  const stale = new Date(Date.now() - staleMs);
  const rows = await db.$queryRaw<Array<Omit<ClaimedJob, "takenOver"> & { previous: string | null }>>`
    WITH next AS (
      SELECT id, "workerId" AS previous FROM "GrepJob"
      WHERE "expiresAt" > now()
        AND (status = 'queued' OR (status = 'running' AND ("heartbeatAt" IS NULL OR "heartbeatAt" < ${stale})))
      ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
    UPDATE "GrepJob" j SET status = 'running', "workerId" = ${workerId}, "heartbeatAt" = now(),
      "startedAt" = coalesce(j."startedAt", now())
    FROM next WHERE j.id = next.id
    RETURNING j.id, j.pattern, j.mode, j.filters, j."createdAt", j."createdById", j."buildsDone",
      j."hitCount", next.previous`;
  const row = rows[0];
  if (!row) return null;
  const { previous, ...job } = row;
  return { ...job, takenOver: previous !== null };
}

export interface Progress {
  buildsDone: number;
  bytesDone: bigint;
  hitCount: number;
}

/** Writes progress and the heartbeat; false when the job is no longer this worker's to run (cancelled, taken over). */
export async function beat(jobId: string, workerId: string, progress: Progress): Promise<boolean> {
  const { count } = await db.grepJob.updateMany({
    where: { id: jobId, workerId, status: "running" },
    data: { ...progress, heartbeatAt: new Date() },
  });
  return count === 1;
}

export type Outcome = { status: "done" | "failed"; note: string | null };

export async function finish(jobId: string, workerId: string, progress: Progress, outcome: Outcome) {
  await db.grepJob.updateMany({
    where: { id: jobId, workerId, status: "running" },
    data: {
      ...progress,
      status: outcome.status,
      error: outcome.note,
      finishedAt: new Date(),
      heartbeatAt: null,
    },
  });
}

export interface HitDraft extends LineHit {
  buildId: number;
  fileId: number;
  memberPath: string | null;
}

/** One INSERT over arrays (unnest): thousands of hits cost one round trip, not a statement each. */
export async function insertHits(jobId: string, hits: readonly HitDraft[]): Promise<void> {
  if (hits.length === 0) return;
  await db.$executeRaw`
    INSERT INTO "GrepHit" ("jobId", "buildId", "fileId", "memberPath", "line", "text", "context")
    SELECT ${jobId}, h.build, h.file, h.member, h.line, h.text, h.context::jsonb
    FROM unnest(${hits.map((h) => h.buildId)}::int[], ${hits.map((h) => h.fileId)}::int[],
                ${hits.map((h) => h.memberPath)}::text[], ${hits.map((h) => h.line)}::int[],
                ${hits.map((h) => h.text)}::text[],
                ${hits.map((h) => JSON.stringify({ before: h.before, after: h.after }))}::text[])
      AS h(build, file, member, line, text, context)`;
}

/** A taken-over job resumes after its last finished build: hits of a half-searched build are dropped. */
export async function dropHitsBelow(jobId: string, buildId: number | null): Promise<number> {
  if (buildId === null) await db.grepHit.deleteMany({ where: { jobId } });
  else await db.grepHit.deleteMany({ where: { jobId, buildId: { lt: buildId } } });
  return db.grepHit.count({ where: { jobId } });
}

/** Deletes expired jobs (their hits go with them), a batch at a time. */
export async function deleteExpired(limit = 100): Promise<number> {
  const expired = await db.grepJob.findMany({
    where: { expiresAt: { lt: new Date() } },
    select: { id: true },
    take: limit,
  });
  if (expired.length === 0) return 0;
  const { count } = await db.grepJob.deleteMany({ where: { id: { in: expired.map((job) => job.id) } } });
  return count;
}
