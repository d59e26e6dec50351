// The read side of grep jobs: a job's status, progress and estimated finish,
// and its hits a page at a time (or those after a hit id, for a page that
// polls for new ones). Used by /grep/[id] and GET /api/v1/grep/[id].
import { z } from "zod";
import { db } from "@/lib/db";
import type { ListEnvelope } from "@/lib/queries/list-envelope";

export interface GrepJobView {
  id: string;
  pattern: string;
  mode: string;
  filters: string;
  status: string;
  /** Notes: why it failed, "stopped after N hits", archives that could not be read. */
  note: string | null;
  createdById: number | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  expiresAt: string;
  buildsTotal: number;
  buildsDone: number;
  bytesTotal: number;
  bytesDone: number;
  hitCount: number;
  /** Seconds until the scan is expected to end, from the rate so far; null when not running or unknown. */
  etaSeconds: number | null;
}

export interface GrepHitRow {
  id: number;
  buildId: number;
  atom: string;
  fileId: number | null;
  fileName: string | null;
  memberPath: string | null;
  line: number;
  text: string;
  before: string[];
  after: string[];
  /** Opens the line in the viewer: the build page for its log, the file page for others and members. */
  href: string;
}

export const hitsQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).catch(100).default(100),
  /** Only hits after this hit id (a polling page asks for what is new). */
  after: z.coerce.number().int().min(0).optional().catch(undefined),
});
export type HitsQuery = z.infer<typeof hitsQuerySchema>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Null when there is no such job or it has expired. */
export async function getGrepJob(id: string, now = new Date()): Promise<GrepJobView | null> {
  if (!UUID.test(id)) return null;
  const job = await db.grepJob.findUnique({ where: { id } });
  if (!job || job.expiresAt <= now) return null;
  const bytesDone = Number(job.bytesDone);
  const bytesTotal = Number(job.bytesTotal);
  return {
    id: job.id,
    pattern: job.pattern,
    mode: job.mode,
    filters: job.filters,
    status: job.status,
    note: job.error,
    createdById: job.createdById,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
    expiresAt: job.expiresAt.toISOString(),
    buildsTotal: job.buildsTotal,
    buildsDone: job.buildsDone,
    bytesTotal,
    bytesDone,
    hitCount: job.hitCount,
    etaSeconds: job.status === "running" ? eta(job.startedAt, bytesDone, bytesTotal, now) : null,
  };
}

function eta(startedAt: Date | null, done: number, total: number, now: Date): number | null {
  if (!startedAt || done <= 0) return null;
  const elapsed = (now.getTime() - startedAt.getTime()) / 1000;
  return Math.max(0, Math.round(((total - done) * elapsed) / done));
}

export async function listGrepHits(jobId: string, query: HitsQuery): Promise<ListEnvelope<GrepHitRow>> {
  const after = query.after;
  const where = { jobId, ...(after !== undefined ? { id: { gt: BigInt(after) } } : {}) };
  const [rows, total] = await Promise.all([
    db.grepHit.findMany({
      where,
      orderBy: { id: "asc" },
      skip: after !== undefined ? 0 : (query.page - 1) * query.pageSize,
      take: query.pageSize,
      include: { build: { select: { atom: true, files: { select: { id: true, name: true, role: true } } } } },
    }),
    db.grepHit.count({ where: { jobId } }),
  ]);
  return { rows: rows.map(toRow), total, page: query.page, pageSize: query.pageSize };
}

type HitWithBuild = Awaited<ReturnType<typeof db.grepHit.findMany>>[number] & {
  build: { atom: string; files: Array<{ id: number; name: string; role: string }> };
};

function toRow(hit: HitWithBuild): GrepHitRow {
  const file = hit.build.files.find((f) => f.id === hit.fileId);
  const context = (hit.context ?? {}) as { before?: string[]; after?: string[] };
  return {
    id: Number(hit.id),
    buildId: hit.buildId,
    atom: hit.build.atom,
    fileId: hit.fileId,
    fileName: file?.name ?? null,
    memberPath: hit.memberPath,
    line: hit.line,
    text: hit.text,
    before: context.before ?? [],
    after: context.after ?? [],
    href: hitHref(hit.buildId, hit.fileId, file?.role, hit.memberPath, hit.line),
  };
}

export function hitHref(
  buildId: number,
  fileId: number | null,
  role: string | undefined,
  memberPath: string | null,
  line: number,
): string {
  if (fileId === null || (role === "build-log" && memberPath === null)) return `/builds/${buildId}#L${line}`;
  const member = memberPath === null ? "" : `?member=${encodeURIComponent(memberPath)}`;
  return `/files/${fileId}${member}#L${line}`;
}
