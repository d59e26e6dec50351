// Starting and cancelling grep jobs: the write side the API route and the
// /grep pages share. Expected failures are values with the HTTP status to answer.
import { z } from "zod";
import { hasRole, type SessionUser } from "@/lib/auth/access";
import { db } from "@/lib/db";
import { buildSet, buildSetTotals, canonicalFilters, FiltersTooBroad, parseFilterQuery } from "./build-set";
import { grepConfig } from "./config";
import { compilePattern, GREP_MODES, MAX_PATTERN_CHARS } from "./matcher";
import { grepWorkers } from "./workers";

export const grepStartSchema = z.object({
  pattern: z.string().min(1, "the pattern is empty").max(MAX_PATTERN_CHARS),
  mode: z.enum(GREP_MODES).default("literal"),
  /** The failure-list filters as a query string, e.g. "category=dev-libs&status=all". */
  filters: z.string().max(4000).default(""),
});

export type GrepFailure = {
  ok: false;
  status: 400 | 401 | 403 | 404 | 409 | 503;
  code: string;
  message: string;
};

export type StartResult = { ok: true; id: string } | GrepFailure;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const GIB = 1024 ** 3;
function bytesText(bytes: number | bigint): string {
  const value = Number(bytes);
  return value >= GIB ? `${(value / GIB).toFixed(1)} GiB` : `${(value / 1024 ** 2).toFixed(1)} MiB`;
}

export async function startGrepJob(input: unknown, user: SessionUser | null): Promise<StartResult> {
  const parsed = grepStartSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, status: 400, code: "bad_input", message: z.prettifyError(parsed.error) };
  const { pattern, mode } = parsed.data;
  const compiled = compilePattern(pattern, mode);
  if (!compiled.ok) return { ok: false, status: 400, code: "bad_pattern", message: compiled.message };
  const config = grepConfig();
  const pending = await db.grepJob.count({ where: { status: { in: ["queued", "running"] } } });
  if (pending >= config.maxPending)
    return {
      ok: false,
      status: 503,
      code: "busy",
      message: `${pending} grep jobs are waiting; try again later`,
    };
  const filters = canonicalFilters(parseFilterQuery(parsed.data.filters));
  const createdAt = new Date();
  let totals: Awaited<ReturnType<typeof buildSetTotals>>;
  try {
    totals = await buildSetTotals(await buildSet(filters, createdAt, user));
  } catch (err) {
    if (err instanceof FiltersTooBroad)
      return { ok: false, status: 400, code: "too_broad", message: err.message };
    throw err;
  }
  if (totals.builds === 0)
    return { ok: false, status: 400, code: "no_builds", message: "the filters pick no builds" };
  if (!user && totals.bytes > BigInt(config.anonMaxBytes))
    return {
      ok: false,
      status: 401,
      code: "sign_in_required",
      message: `these builds hold ${bytesText(totals.bytes)} of logs; sign in to search more than ${bytesText(config.anonMaxBytes)}`,
    };
  const job = await db.grepJob.create({
    data: {
      pattern,
      mode,
      filters,
      createdAt,
      createdById: user?.id ?? null,
      buildsTotal: totals.builds,
      bytesTotal: totals.bytes,
      expiresAt: new Date(createdAt.getTime() + config.keepDays * 86_400_000),
    },
    select: { id: true },
  });
  grepWorkers()
    .kick()
    .catch((err: Error) => console.error(`grep workers: ${err.message}`));
  return { ok: true, id: job.id };
}

export type CancelResult = { ok: true; status: string } | GrepFailure;

/** The job's creator or a maintainer may cancel; a job already ended is left as it is. */
export async function cancelGrepJob(id: string, user: SessionUser | null): Promise<CancelResult> {
  if (!user) return { ok: false, status: 401, code: "unauthorized", message: "sign in to cancel a grep job" };
  const job = UUID.test(id)
    ? await db.grepJob.findUnique({ where: { id }, select: { createdById: true, status: true } })
    : null;
  if (!job) return { ok: false, status: 404, code: "not_found", message: `no grep job ${id}` };
  if (job.createdById !== user.id && !hasRole(user, "maintainer"))
    return {
      ok: false,
      status: 403,
      code: "forbidden",
      message: "only its creator or a maintainer may cancel it",
    };
  const { count } = await db.grepJob.updateMany({
    where: { id, status: { in: ["queued", "running"] } },
    data: { status: "cancelled", finishedAt: new Date(), heartbeatAt: null },
  });
  if (count === 1) grepWorkers().abort(id);
  return { ok: true, status: count === 1 ? "cancelled" : job.status };
}
