// Bugzilla-ready members, made once per stored blob and kept in BundleMember.
// Stored content never changes, so neither does its member. Compressions run
// through one gate per process (2 at a time, 8 waiting, then BundleBusy), two
// requests for one blob share one compression, and a compression whose every
// waiting client has gone away is stopped (its xz killed).
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db";
import { pgSql } from "@/lib/sql/executor";
import { sqlPool } from "@/lib/sql/pool";
import { openTextStream } from "@/lib/storage/blob-reader";
import { BundleBusy, CompressionGate } from "./bundle-gate";
import { BUGZILLA_ATTACHMENT_LIMIT } from "./bundle-limits";
import { type MemberVariant, makeMember, type ReadyMember } from "./bundle-member";
import { safeFileName } from "./bundle-names";
import { publicBaseUrl } from "./config";
import { filePageUrl } from "./links";

export { BundleBusy } from "./bundle-gate";
export type { ReadyMember } from "./bundle-member";

export const compressionGate = new CompressionGate(2, 8);

interface Job {
  promise: Promise<ReadyMember>;
  waiters: number;
  controller: AbortController;
}
const jobs = new Map<string, Job>();

/** The kept members of these blobs (one query). */
export async function cachedMembers(sha256s: readonly string[]): Promise<Map<string, ReadyMember>> {
  if (sha256s.length === 0) return new Map();
  const rows = await db.bundleMember.findMany({
    where: { blobSha256: { in: [...sha256s] } },
    select: { blobSha256: true, variant: true, data: true },
  });
  // "xz" wins over "excerpt": a blob has one of them, unless a future change adds the other.
  rows.sort((a, b) => (a.variant === "xz" ? -1 : 0) - (b.variant === "xz" ? -1 : 0));
  const found = new Map<string, ReadyMember>();
  for (const row of rows)
    if (!found.has(row.blobSha256))
      found.set(row.blobSha256, { variant: row.variant as MemberVariant, data: Buffer.from(row.data) });
  return found;
}

/**
 * The member of a blob over the limit: kept, or being made (joined), or made
 * now. Throws BundleBusy synchronously when the gate's queue is full.
 */
export function memberFor(sha256: string, cached: ReadyMember | undefined, signal?: AbortSignal) {
  if (cached) return Promise.resolve(cached);
  let job = jobs.get(sha256);
  if (!job) job = startJob(sha256);
  return follow(sha256, job, signal);
}

/** Admission retry of a bundle's later members: a bundle never needs more than one queue place up front. */
const ADMISSION_RETRY_MS = 250;
const ADMISSION_DEADLINE_MS = 120_000;

/**
 * Like memberFor, but waits (polling, abortable) while the gate is full instead
 * of throwing: for the members of a bundle already being sent, whose first
 * compression was admitted, so a failure with more big files than the queue
 * holds still completes.
 */
export async function memberWhenAdmitted(sha256: string, signal: AbortSignal): Promise<ReadyMember> {
  const deadline = Date.now() + ADMISSION_DEADLINE_MS;
  for (;;) {
    const kept = (await cachedMembers([sha256])).get(sha256);
    try {
      return await memberFor(sha256, kept, signal);
    } catch (err) {
      if (!(err instanceof BundleBusy) || Date.now() > deadline) throw err;
      await sleep(ADMISSION_RETRY_MS, undefined, { signal });
    }
  }
}

function startJob(sha256: string): Job {
  compressionGate.admit();
  const controller = new AbortController();
  const promise = compressionGate.run(() => makeAndKeep(sha256, controller.signal), controller.signal);
  const job: Job = { promise, waiters: 0, controller };
  const forget = () => {
    if (jobs.get(sha256) === job) jobs.delete(sha256);
  };
  promise.then(forget, forget);
  jobs.set(sha256, job);
  return job;
}

/** Waits for the job; when the last waiting client leaves, the job is stopped. */
function follow(sha256: string, job: Job, signal?: AbortSignal): Promise<ReadyMember> {
  job.waiters += 1;
  return new Promise<ReadyMember>((resolve, reject) => {
    const leave = () => {
      reject(signal?.reason);
      job.waiters -= 1;
      if (job.waiters > 0) return;
      if (jobs.get(sha256) === job) jobs.delete(sha256);
      job.controller.abort(new Error("every client waiting for this compression has gone"));
    };
    if (signal?.aborted) return leave();
    signal?.addEventListener("abort", leave, { once: true });
    job.promise.then(
      (member) => {
        signal?.removeEventListener("abort", leave);
        resolve(member);
      },
      (err: unknown) => {
        signal?.removeEventListener("abort", leave);
        reject(err);
      },
    );
  });
}

async function makeAndKeep(sha256: string, signal: AbortSignal): Promise<ReadyMember> {
  // Another instance may have made it since the request looked.
  const kept = (await cachedMembers([sha256])).get(sha256);
  if (kept) return kept;
  const member = await makeMember(sha256, signal);
  // Another instance may be writing the same row: the first one stays (both are equal).
  await pgSql(sqlPool()).query(
    `INSERT INTO "BundleMember" ("blobSha256", "variant", "data", "size") VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING`,
    [sha256, member.variant, member.data, member.data.length],
  );
  return member;
}

export interface BugzillaAttachment {
  fileName: string;
  contentType: string;
  data: Buffer;
  summary: string;
  excerpt: boolean;
}

/**
 * One file of a failure as a Bugzilla attachment (data ≤ 1000 KB always): the
 * file itself, its xz, or an xz excerpt whose summary links the full file.
 * Throws BundleBusy when the compression queue is full. The caller checks the role.
 */
export async function bugzillaAttachment(fileId: number, signal?: AbortSignal): Promise<BugzillaAttachment> {
  const file = await db.file.findUnique({
    where: { id: fileId },
    select: { id: true, name: true, size: true, mediaType: true, blobSha256: true },
  });
  if (!file) throw new Error(`no file ${fileId}`);
  const name = safeFileName(file.name);
  const size = Number(file.size);
  if (size <= BUGZILLA_ATTACHMENT_LIMIT) {
    const data = await wholeFile(file.blobSha256, signal);
    return {
      fileName: name,
      contentType: bareMediaType(file.mediaType),
      data,
      summary: name,
      excerpt: false,
    };
  }
  const cached = (await cachedMembers([file.blobSha256])).get(file.blobSha256);
  const member = await memberFor(file.blobSha256, cached, signal);
  const megabytes = (size / 1024 / 1024).toFixed(1);
  if (member.variant === "xz")
    return {
      fileName: `${name}.xz`,
      contentType: "application/x-xz",
      data: member.data,
      summary: `${name} (xz, ${megabytes} MiB uncompressed)`,
      excerpt: false,
    };
  return {
    fileName: `${name}.excerpt.xz`,
    contentType: "application/x-xz",
    data: member.data,
    summary: `${name}: excerpt (head, errors, tail); full file ${filePageUrl(publicBaseUrl(), file.id)}`,
    excerpt: true,
  };
}

async function wholeFile(sha256: string, signal?: AbortSignal): Promise<Buffer> {
  const stream = await openTextStream(sha256);
  if (!stream) throw new Error(`blob ${sha256} is missing`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    signal?.throwIfAborted();
    size += (chunk as Buffer).length;
    if (size > BUGZILLA_ATTACHMENT_LIMIT) throw new Error(`blob ${sha256} is larger than its file says`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Without parameters: a log is not promised to be UTF-8, and Bugzilla wants a bare MIME type. */
function bareMediaType(mediaType: string): string {
  return mediaType.split(";")[0].trim() || "text/plain";
}
