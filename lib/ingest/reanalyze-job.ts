// `npm run reanalyze` as a resumable job: builds in id order, a keyset batch of
// ids at a time (memory stays bounded whatever the table's size), each rewritten
// in its own transaction that also moves the job's cursor (JobState "reanalyze").
// A stopped run (Ctrl-C, a crash, a deploy) continues after the last build it
// committed: none is done twice, none skipped. A run may be scoped to one
// tinderbox and/or an id range; the scope is part of the job's row, so only a
// run with the same scope continues it. Signature stats are recomputed
// once per batch for the signatures its builds left or joined; the ids waiting
// for that are kept in the job's row, so an interruption loses none of them.
import { ALGORITHM_VERSION } from "../analysis/result";
import { db, Prisma } from "../db";
import { DIAGNOSTICS_VERSION } from "../diagnostics/normalize";
import type { Sql } from "../sql/executor";
import { transaction } from "../sql/executor";
import { sqlPool } from "../sql/pool";
import { reanalyzeBuild } from "./reanalyze";
import { normaliseScope, type ReanalyzeScope, scopeWhere } from "./reanalyze-scope";
import { refreshSignatureStats } from "./signature-stats";

export const REANALYZE_JOB = "reanalyze";
export type { ReanalyzeScope };

export interface ReanalyzeProgress {
  done: number;
  total: number;
  reanalysed: number;
  failed: number;
  /** Builds per second in this run (not counting a previous, stopped run). */
  rate: number;
  /** Seconds left at that rate; null before the first build. */
  etaSeconds: number | null;
}

export interface ReanalyzeOptions {
  /** Only builds whose analysisVersion is not the library's current one (the default run). */
  onlyOutdated: boolean;
  scope?: ReanalyzeScope;
  batchSize?: number;
  /** Forget a stopped run's cursor and start from the first build. */
  restart?: boolean;
  /** Stops after the build in progress; the next run continues from there. */
  signal?: AbortSignal;
  onProgress?: (progress: ReanalyzeProgress) => void;
}

export interface ReanalyzeTally {
  version: string;
  reanalysed: number;
  /** Builds already at the current version, left alone (0 when every build was asked for). */
  skipped: number;
  failed: { buildId: number; reason: string }[];
  /** The build id a stopped run had reached, when this run continued it. */
  resumedAfter: number | null;
  /** True when the signal stopped the run before the last build. */
  stopped: boolean;
}

/** What JobState.details holds while a run is under way. */
interface JobDetails {
  version: string;
  onlyOutdated: boolean;
  /** Normalised (see scopeKey), so a resumed run keeps its scope. */
  scope: ReanalyzeScope;
  done: number;
  startedAt: string;
  /** Signatures whose stats wait for the batch's end. */
  pending: number[];
}

// A build whose diagnostics (lib/diagnostics) are older than the extractor, or missing, is outdated too.
function outdatedWhere(onlyOutdated: boolean): Prisma.BuildWhereInput {
  if (!onlyOutdated) return {};
  const diagnosticsCurrent = { analysis: { path: ["diagnostics", "version"], equals: DIAGNOSTICS_VERSION } };
  // A path that is not there compares as SQL NULL, which NOT alone would not match.
  const diagnosticsMissing = { analysis: { path: ["diagnostics", "version"], equals: Prisma.DbNull } };
  return {
    OR: [{ analysisVersion: { not: ALGORITHM_VERSION } }, { NOT: diagnosticsCurrent }, diagnosticsMissing],
  };
}

export async function reanalyzeAll(options: ReanalyzeOptions): Promise<ReanalyzeTally> {
  const { cursor, details, resumed } = await openJob(options);
  const inScope = scopeWhere(details.scope);
  const where = { AND: [inScope, outdatedWhere(options.onlyOutdated)] };
  const [everything, outdated, remaining] = await Promise.all([
    db.build.count({ where: inScope }),
    db.build.count({ where }),
    db.build.count({ where: { AND: [where, { id: { gt: cursor } }] } }),
  ]);
  const tally: ReanalyzeTally = {
    version: ALGORITHM_VERSION,
    reanalysed: 0,
    skipped: everything - outdated,
    failed: [],
    resumedAfter: resumed ? cursor : null,
    stopped: false,
  };
  const progress = progressCounter(details.done, details.done + remaining, tally, options.onProgress);
  await flushPending();
  for (let after = cursor; ; ) {
    const batch = await db.build.findMany({
      where: { AND: [where, { id: { gt: after } }] },
      orderBy: { id: "asc" },
      take: options.batchSize ?? 100,
      select: { id: true },
    });
    if (batch.length === 0) break;
    for (const { id } of batch) {
      if (options.signal?.aborted) {
        tally.stopped = true;
        await flushPending();
        return tally;
      }
      await reanalyzeCounted(id, tally);
      progress.step();
    }
    await flushPending();
    after = batch[batch.length - 1].id;
  }
  await closeJob();
  return tally;
}

/** Continues the stopped run of the same version, mode and scope, or starts a new one at cursor 0. */
async function openJob(options: ReanalyzeOptions) {
  const state = await db.jobState.findUnique({ where: { name: REANALYZE_JOB } });
  const previous = state?.details as JobDetails | null | undefined;
  const scope = normaliseScope(options.scope);
  const resumable =
    !options.restart &&
    state !== null &&
    state.cursor !== "" &&
    previous?.version === ALGORITHM_VERSION &&
    previous.onlyOutdated === options.onlyOutdated &&
    // Rows written before scopes existed have none: they covered every build.
    JSON.stringify(normaliseScope(previous.scope)) === JSON.stringify(scope);
  if (resumable && previous)
    return { cursor: Number(state.cursor), details: { ...previous, scope }, resumed: true };
  const details: JobDetails = {
    version: ALGORITHM_VERSION,
    onlyOutdated: options.onlyOutdated,
    scope,
    done: 0,
    startedAt: new Date().toISOString(),
    // A restarted run still owes the stopped one's signatures their stats.
    pending: state?.cursor ? ((state.details as JobDetails | null)?.pending ?? []) : [],
  };
  const data = { cursor: "0", details: details as unknown as Prisma.InputJsonValue };
  await db.jobState.upsert({
    where: { name: REANALYZE_JOB },
    create: { name: REANALYZE_JOB, ...data },
    update: data,
  });
  return { cursor: 0, details, resumed: false };
}

// In the build's transaction: the cursor, the count and the signatures to refresh move together.
const ADVANCE = `
  UPDATE "JobState" SET "cursor" = $2::text, "updatedAt" = now(),
    "details" = jsonb_set(jsonb_set("details", '{done}', to_jsonb(("details"->>'done')::int + 1)),
                          '{pending}', COALESCE("details"->'pending', '[]'::jsonb) || to_jsonb($3::int[]))
  WHERE "name" = $1`;

async function advance(sql: Sql, buildId: number, touched: number[]): Promise<void> {
  await sql.query(ADVANCE, [REANALYZE_JOB, String(buildId), touched]);
}

async function reanalyzeCounted(buildId: number, tally: ReanalyzeTally): Promise<void> {
  try {
    const outcome = await reanalyzeBuild(buildId, advance);
    if (outcome.ok) tally.reanalysed += 1;
    else {
      // A build deleted since the batch was read is simply gone, not a failure.
      if (outcome.code !== "not_found")
        tally.failed.push({ buildId, reason: `${outcome.code}: ${outcome.message}` });
      await transaction(sqlPool(), (sql) => advance(sql, buildId, []));
    }
  } catch (err) {
    tally.failed.push({ buildId, reason: err instanceof Error ? err.message : String(err) });
    await transaction(sqlPool(), (sql) => advance(sql, buildId, []));
  }
}

/** Recomputes the stats of the signatures the committed builds touched, then forgets them. */
async function flushPending(): Promise<void> {
  await transaction(sqlPool(), async (sql) => {
    const [row] = await sql.query<{ pending: number[] | null }>(
      `SELECT "details"->'pending' AS pending FROM "JobState" WHERE "name" = $1 FOR UPDATE`,
      [REANALYZE_JOB],
    );
    const pending = [...new Set(row?.pending ?? [])];
    if (pending.length === 0) return;
    await refreshSignatureStats(sql, pending);
    await sql.query(
      `UPDATE "JobState" SET "details" = jsonb_set("details", '{pending}', '[]'::jsonb) WHERE "name" = $1`,
      [REANALYZE_JOB],
    );
  });
}

/** A finished run leaves no cursor: the next run starts over (a new version, or --all). */
async function closeJob(): Promise<void> {
  await db.$executeRaw`UPDATE "JobState" SET "cursor" = '',
    "details" = jsonb_set("details", '{finishedAt}', to_jsonb(now()::text)) WHERE "name" = ${REANALYZE_JOB}`;
}

function progressCounter(
  startDone: number,
  total: number,
  tally: ReanalyzeTally,
  onProgress: ReanalyzeOptions["onProgress"],
) {
  const started = Date.now();
  let done = startDone;
  const report = () => {
    const seconds = (Date.now() - started) / 1000;
    const thisRun = done - startDone;
    const rate = seconds > 0 ? thisRun / seconds : 0;
    const left = Math.max(0, total - done);
    onProgress?.({
      done,
      total: Math.max(total, done),
      reanalysed: tally.reanalysed,
      failed: tally.failed.length,
      rate,
      etaSeconds: rate > 0 ? left / rate : null,
    });
  };
  report();
  return {
    step() {
      done += 1;
      report();
    },
  };
}
