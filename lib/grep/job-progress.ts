// A running job's counters and pending hits, written to its row every few
// hundred milliseconds (the heartbeat). A write that finds the job no longer
// running under this worker means cancelled or taken over: the job stops.
import { beat, finish, type HitDraft, insertHits } from "./job-store";
import type { LineHit } from "./line-grep";

/** Notes (unreadable archives, caps) kept for the job's page; more are counted, not listed. */
const MAX_NOTES = 10;

export class JobProgress {
  bytesDone = 0n;
  private buildsDone = 0;
  private hitCount = 0;
  private pending: HitDraft[] = [];
  private lastFlush = Date.now();
  /** Until the first hits are written, they are written at once: the first result matters most. */
  private wroteHits = false;
  private readonly notes: string[] = [];
  private notesLeftOut = 0;
  private capped = false;
  private stopped = false;

  constructor(
    private readonly jobId: string,
    private readonly workerId: string,
    private readonly maxHits: number,
    private readonly signal: AbortSignal,
  ) {}

  resumeFrom(buildsDone: number, hitCount: number): void {
    this.buildsDone = buildsDone;
    this.hitCount = hitCount;
  }

  buildDone(): void {
    this.buildsDone += 1;
  }

  note(text: string): void {
    if (this.notes.length < MAX_NOTES) this.notes.push(text);
    else this.notesLeftOut += 1;
  }

  /** Queues hits for the next write; false once the hit cap is reached (the rest are dropped). */
  addHits(hits: LineHit[], where: Pick<HitDraft, "buildId" | "fileId" | "memberPath">): boolean {
    const room = this.maxHits - this.hitCount;
    for (const hit of hits.slice(0, room)) this.pending.push({ ...hit, ...where });
    this.hitCount += Math.min(room, hits.length);
    if (hits.length >= room && this.hitCount >= this.maxHits) this.capped = true;
    return !this.capped;
  }

  /** Writes when due; false when the job must stop (cancelled, taken over, capped). */
  async flushIfDue(everyMs: number): Promise<boolean> {
    if (this.capped || this.signal.aborted) return false;
    const firstHits = !this.wroteHits && this.pending.length > 0;
    if (!firstHits && Date.now() - this.lastFlush < everyMs && this.pending.length < 1000) return true;
    return this.flush();
  }

  private async flush(): Promise<boolean> {
    const hits = this.pending;
    this.pending = [];
    this.lastFlush = Date.now();
    // Progress first: a job cancelled meanwhile gets no more hits.
    if (!(await beat(this.jobId, this.workerId, this.counters()))) this.stopped = true;
    if (!this.stopped) await insertHits(this.jobId, hits);
    if (hits.length > 0) this.wroteHits = true;
    return !this.stopped;
  }

  /** The job's last write: its remaining hits, its status and its notes. Nothing when it was stopped from outside. */
  async end(status: "done" | "failed", message?: string): Promise<void> {
    if (this.stopped || this.signal.aborted) return;
    if (!(await this.flush())) return;
    await finish(this.jobId, this.workerId, this.counters(), { status, note: this.summary(message) });
  }

  private counters() {
    return { buildsDone: this.buildsDone, bytesDone: this.bytesDone, hitCount: this.hitCount };
  }

  private summary(message: string | undefined): string | null {
    const lines = [
      ...(message ? [message] : []),
      ...(this.capped ? [`stopped after ${this.maxHits} hits: narrow the pattern or the filters`] : []),
      ...this.notes,
      ...(this.notesLeftOut > 0 ? [`and ${this.notesLeftOut} more notes`] : []),
    ];
    return lines.length > 0 ? lines.join("\n") : null;
  }
}
