// One retention run: what the policies remove (a dry run stops there), then the
// purge in batches of files, on one instance at a time (the "retention" job lock).
import { withJobLock } from "@/lib/jobs/job-lock";
import { sqlPool } from "@/lib/sql/pool";
import {
  CANDIDATE_BATCH,
  CANDIDATE_SUMMARY,
  PENDING_BLOBS,
  type RetentionRule,
  SPACE_RETURNED,
} from "./candidates";
import { purgeBlob, purgeFiles } from "./purge";

export interface RetentionSummaryRow {
  tinderbox: string;
  rule: RetentionRule;
  builds: number;
  files: number;
  /** Uncompressed bytes of the files, as uploaded. */
  bytes: number;
}

export interface RetentionReport {
  dryRun: boolean;
  /** Another instance was running retention: nothing was done. */
  skipped: boolean;
  rows: RetentionSummaryRow[];
  /** Blobs whose chunks go (or went) and their stored (gzip) bytes. */
  spaceReturned: { blobs: number; storedBytes: number };
  purgedFiles: number;
  purgedBlobs: number;
  /** True when a stop request ended the run before every batch was done (the next run goes on). */
  interrupted: boolean;
}

export interface RetentionOptions {
  dryRun: boolean;
  now?: Date;
  /** Files per batch. */
  batch?: number;
  isStopped?: () => boolean;
  progress?: (message: string) => void;
}

export async function runRetention(options: RetentionOptions): Promise<RetentionReport> {
  const now = options.now ?? new Date();
  if (options.dryRun) return { ...(await plan(now)), dryRun: true, skipped: false };
  const report = await withJobLock("retention", async () => {
    const planned = await plan(now);
    const done = await purge(now, options);
    return { ...planned, ...done, spaceReturned: { blobs: done.purgedBlobs, storedBytes: done.freedBytes } };
  });
  if (!report) return { ...emptyReport(), skipped: true };
  const { freedBytes: _freed, ...rest } = report;
  return { ...rest, dryRun: false, skipped: false };
}

function emptyReport(): RetentionReport {
  return {
    dryRun: false,
    skipped: false,
    rows: [],
    spaceReturned: { blobs: 0, storedBytes: 0 },
    purgedFiles: 0,
    purgedBlobs: 0,
    interrupted: false,
  };
}

async function plan(now: Date): Promise<Omit<RetentionReport, "dryRun" | "skipped">> {
  const pool = sqlPool();
  const at = now.toISOString();
  const [summary, space] = await Promise.all([
    pool.query<RetentionSummaryRow>(CANDIDATE_SUMMARY, [at]),
    pool.query<{ blobs: number; storedBytes: number }>(SPACE_RETURNED, [at]),
  ]);
  return {
    rows: summary.rows,
    spaceReturned: space.rows[0] ?? { blobs: 0, storedBytes: 0 },
    purgedFiles: 0,
    purgedBlobs: 0,
    interrupted: false,
  };
}

async function purge(now: Date, options: RetentionOptions) {
  const batch = options.batch ?? 500;
  const stopped = options.isStopped ?? (() => false);
  const pool = sqlPool();
  const done = { purgedFiles: 0, purgedBlobs: 0, freedBytes: 0, interrupted: false };
  const dropBlobs = async (shas: string[]) => {
    for (const sha of shas) {
      const freed = await purgeBlob(sha, now);
      if (freed === null) continue;
      done.purgedBlobs += 1;
      done.freedBytes += freed;
    }
  };
  // What an interrupted run left: files purged, their blobs' chunks still there.
  for (;;) {
    const { rows } = await pool.query<{ sha256: string }>(PENDING_BLOBS, [batch]);
    await dropBlobs(rows.map((row) => row.sha256));
    if (rows.length < batch || stopped()) break;
  }
  let cursor = 0;
  while (!stopped()) {
    const { rows } = await pool.query<{ id: number }>(CANDIDATE_BATCH, [now.toISOString(), cursor, batch]);
    if (rows.length === 0) return done;
    const ids = rows.map((row) => row.id);
    const purged = await purgeFiles(ids, now);
    done.purgedFiles += purged.files;
    await dropBlobs(purged.blobs);
    cursor = ids[ids.length - 1];
    options.progress?.(`retention: ${done.purgedFiles} files, ${done.purgedBlobs} blobs purged`);
  }
  return { ...done, interrupted: true };
}
