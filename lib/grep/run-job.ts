// Runs one claimed grep job to its end: the builds its filters picked, newest
// first, every readable file of each (archive members included). Work is done
// in turns of a shared limit (one turn: a few chunks), so jobs take turns
// round-robin and at most `workers` scan at once per process; between turns
// the event loop serves pages. Hits and progress are written every FLUSH_EVERY_MS;
// that write also tells the job it was cancelled or taken over.
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { WorkLimit } from "@/lib/http/work-limit";
import { buildFiles, buildSet, type GrepFile, nextBuildIds, nthBuildId } from "./build-set";
import { FLUSH_EVERY_MS, type GrepConfig } from "./config";
import { JobProgress } from "./job-progress";
import { type ClaimedJob, dropHitsBelow } from "./job-store";
import { LineGrep } from "./line-grep";
import { compilePattern, type GrepMode, type LineMatcher } from "./matcher";
import { archiveMembers, blobPieces, ScanCapReached } from "./sources";

export interface RunContext {
  workerId: string;
  /** The process-wide turn limit shared by every running job. */
  turns: WorkLimit;
  /** Aborted when the job is cancelled through this process, or the process stops. */
  signal: AbortSignal;
  config: GrepConfig;
}

/** Decompressed bytes scanned per turn before the job queues for its next one. */
const TURN_BYTES = 2 * 1024 * 1024;
const BUILD_BATCH = 50;
/** Bytes pushed to the scanner at once: bounds the synchronous work (and hits) of one push. */
const SLICE_BYTES = 64 * 1024;
const HITS_PER_TURN = 1000;

export async function runJob(job: ClaimedJob, context: RunContext): Promise<void> {
  const progress = new JobProgress(job.id, context.workerId, context.config.maxHits, context.signal);
  try {
    const compiled = compilePattern(job.pattern, job.mode === "regex" ? "regex" : ("literal" as GrepMode));
    if (!compiled.ok) return await progress.end("failed", compiled.message);
    // Totals were counted when the job was created; the set is fixed by createdAt, so they still hold.
    const set = await buildSet(job.filters, job.createdAt, await creator(job.createdById));
    let cursor = await resume(job, set, progress);
    const scan = new BuildScanner(compiled.matcher, progress, context);
    for (let ids = await nextBuildIds(set, cursor, BUILD_BATCH); ids.length > 0; ) {
      for (const id of ids) {
        if (!(await scan.build(id))) return await progress.end("done");
        progress.buildDone();
        if (!(await progress.flushIfDue(FLUSH_EVERY_MS))) return await progress.end("done");
        cursor = id;
      }
      ids = await nextBuildIds(set, cursor, BUILD_BATCH);
    }
    await progress.end("done");
  } catch (err) {
    // Cancelled through this process (the row says so already) or the process is stopping (another takes over).
    if (context.signal.aborted) return;
    console.error(`grep job ${job.id} failed: ${(err as Error).stack ?? err}`);
    await progress.end("failed", `the job failed: ${(err as Error).message}`);
  }
}

async function creator(id: number | null): Promise<SessionUser | null> {
  if (id === null) return null;
  return db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true } });
}

/** Where a taken-over job goes on: after the last build its previous instance finished. */
async function resume(
  job: ClaimedJob,
  set: Awaited<ReturnType<typeof buildSet>>,
  progress: JobProgress,
): Promise<number | null> {
  if (!job.takenOver) return null;
  const cursor = await nthBuildId(set, job.buildsDone);
  const hits = await dropHitsBelow(job.id, cursor);
  progress.resumeFrom(cursor === null ? 0 : job.buildsDone, hits);
  return cursor;
}

class BuildScanner {
  constructor(
    private readonly matcher: LineMatcher,
    private readonly progress: JobProgress,
    private readonly context: RunContext,
  ) {}

  /** False once the job must stop (cancelled, hit cap). */
  async build(buildId: number): Promise<boolean> {
    for (const file of await buildFiles(buildId)) {
      const base = this.progress.bytesDone;
      const going =
        file.role === "archive" ? await this.archive(buildId, file) : await this.file(buildId, file);
      if (!going) return false;
      this.progress.bytesDone = base + BigInt(file.size);
    }
    return true;
  }

  private file(buildId: number, file: GrepFile): Promise<boolean> {
    return this.pieces(buildId, file.id, null, blobPieces(file.blobSha256));
  }

  private async archive(buildId: number, file: GrepFile): Promise<boolean> {
    const members = archiveMembers(file.blobSha256, this.context.config.archiveScanBytes);
    try {
      for await (const member of members)
        if (!(await this.pieces(buildId, file.id, member.path, member.pieces))) return false;
    } catch (err) {
      const why = err instanceof ScanCapReached ? err.message : `not readable: ${(err as Error).message}`;
      this.progress.note(`archive ${file.name} of build ${buildId}: ${why}`);
    } finally {
      await members.return(undefined);
    }
    return true;
  }

  private async pieces(
    buildId: number,
    fileId: number,
    memberPath: string | null,
    pieces: AsyncIterable<Buffer>,
  ): Promise<boolean> {
    const feed = new PieceFeed(pieces[Symbol.asyncIterator](), new LineGrep(this.matcher));
    const take = () => this.progress.addHits(feed.grep.hits.splice(0), { buildId, fileId, memberPath });
    try {
      for (let ended = false; !ended; ) {
        ended = await this.context.turns.run(() => feed.turn(this.progress), this.context.signal);
        if (!take() || !(await this.progress.flushIfDue(FLUSH_EVERY_MS))) return false;
      }
      return true;
    } finally {
      await feed.close();
    }
  }
}

/**
 * Feeds pieces to a LineGrep a slice at a time: a turn ends after TURN_BYTES
 * or once HITS_PER_TURN hits wait, so a file where every line matches neither
 * holds the event loop nor piles up hits between writes.
 */
class PieceFeed {
  private rest: Buffer | null = null;

  constructor(
    private readonly iterator: AsyncIterator<Buffer>,
    readonly grep: LineGrep,
  ) {}

  /** True when the pieces ended (and the grep was ended). */
  async turn(progress: JobProgress): Promise<boolean> {
    for (let bytes = 0; bytes < TURN_BYTES && this.grep.hits.length < HITS_PER_TURN; ) {
      if (!this.rest) {
        const next = await this.iterator.next();
        if (next.done) {
          this.grep.end();
          return true;
        }
        this.rest = next.value;
      }
      const slice = this.rest.subarray(0, SLICE_BYTES);
      this.rest = this.rest.length > SLICE_BYTES ? this.rest.subarray(SLICE_BYTES) : null;
      this.grep.push(slice);
      bytes += slice.length;
      progress.bytesDone += BigInt(slice.length);
    }
    return false;
  }

  async close(): Promise<void> {
    await this.iterator.return?.();
  }
}
