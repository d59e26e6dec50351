// Tar archives, read as streams and never unpacked to a filesystem. Attachment
// archives are stored whole with their member list recorded (links are just
// metadata); an upload bundle's members become files, so hostile ones are refused.
import { Readable } from "node:stream";
import tar, { type Extract, type Header } from "tar-stream";
import { openTextStream } from "@/lib/storage/blob-reader";
import { UploadRejected } from "../http/upload-rejected";
import { decompressStream } from "./decompress";
import { ScanCapReached, scanCap } from "./scan-cap";

export type ArchiveMemberType = "file" | "directory" | "symlink" | "link" | "other";

export interface ArchiveMemberInfo {
  position: number;
  path: string;
  type: ArchiveMemberType;
  size: number;
  mode: number | null;
  mtime: Date | null;
  linkName: string | null;
}

export interface ArchiveLimits {
  maxMembers: number;
  maxMemberBytes: number;
  maxTotalBytes: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxMembers: 1000,
  maxMemberBytes: 1024 * 1024 * 1024,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
};

/** What tar-stream's iterator yields: a streamx Readable carrying its header. */
type Entry = Extract extends AsyncIterable<infer E> ? E : never;

export function memberType(type: Header["type"] | undefined): ArchiveMemberType {
  if (type === "file" || type === "contiguous-file") return "file";
  if (type === "directory" || type === "symlink" || type === "link") return type;
  return "other";
}

function memberInfo(header: Header, position: number): ArchiveMemberInfo {
  return {
    position,
    path: header.name,
    type: memberType(header.type),
    size: header.size ?? 0,
    mode: header.mode ?? null,
    mtime: header.mtime ?? null,
    linkName: header.linkname ?? null,
  };
}

/** Feeds `stream` into a tar extractor; read errors and tar format errors both end the iteration. */
function extractEntries(stream: Readable): { entries: AsyncIterator<Entry>; close: () => void } {
  const extract = tar.extract();
  stream.on("error", (err) => extract.destroy(err));
  stream.pipe(extract);
  const close = () => {
    extract.destroy();
    stream.destroy();
  };
  return { entries: extract[Symbol.asyncIterator](), close };
}

async function nextEntry(entries: AsyncIterator<Entry>): Promise<Entry | null> {
  try {
    const step = await entries.next();
    return step.done ? null : step.value;
  } catch (err) {
    if (err instanceof ScanCapReached) throw err;
    throw new UploadRejected("corrupt_archive", `not a readable tar archive: ${(err as Error).message}`);
  }
}

/**
 * The member list of a (decompressed) tar stream that is stored as a file.
 * Links and devices are listed as inert records, never followed. Only the first
 * `maxMembers` are recorded (the archive itself is stored whole anyway).
 */
export async function listArchiveMembers(
  stream: Readable,
  limits: Pick<ArchiveLimits, "maxMembers"> = { maxMembers: 100_000 },
): Promise<ArchiveMemberInfo[]> {
  const { entries, close } = extractEntries(stream);
  const members: ArchiveMemberInfo[] = [];
  let position = 0;
  try {
    for (let entry = await nextEntry(entries); entry; entry = await nextEntry(entries)) {
      if (position < limits.maxMembers) members.push(memberInfo(entry.header, position));
      position++;
      entry.resume();
    }
  } finally {
    close();
  }
  return members;
}

/** A member path safe to use as a file name: relative, no "..", leading "./" removed. */
export function safeMemberPath(name: string): string {
  if (name.includes("\0") || name.includes("\\"))
    throw new UploadRejected("bad_path", `bad member path ${JSON.stringify(name)}`);
  if (name.startsWith("/"))
    throw new UploadRejected("absolute_path", `absolute member path ${JSON.stringify(name)}`);
  const segments = name.split("/").filter((s) => s !== "" && s !== ".");
  if (segments.includes(".."))
    throw new UploadRejected("parent_path", `member path with "..": ${JSON.stringify(name)}`);
  if (segments.length === 0)
    throw new UploadRejected("bad_path", `empty member path ${JSON.stringify(name)}`);
  return segments.join("/");
}

export interface BundleMember {
  /** Normalised by safeMemberPath. */
  path: string;
  size: number;
  mode: number | null;
  mtime: Date | null;
  /** Read it before asking for the next member; an unread rest is skipped. */
  stream: Readable;
}

/** Checks one header of an upload bundle; returns null for a directory (skipped). */
function checkBundleHeader(header: Header, limits: ArchiveLimits, seen: Set<string>): string | null {
  const type = memberType(header.type);
  const name = JSON.stringify(header.name);
  if (type === "symlink" || type === "link") throw new UploadRejected("link_member", `link member ${name}`);
  if (type === "other")
    throw new UploadRejected("special_member", `${header.type ?? "unknown"} member ${name}`);
  // "./" is the root directory `tar -C dir .` writes: harmless, skipped with the other directories.
  if (type === "directory") {
    const isRoot = header.name.split("/").every((s) => s === "" || s === ".");
    if (!isRoot) safeMemberPath(header.name);
    return null;
  }
  const path = safeMemberPath(header.name);
  if (seen.has(path)) throw new UploadRejected("duplicate_member", `member ${name} appears twice`);
  seen.add(path);
  if ((header.size ?? 0) > limits.maxMemberBytes) {
    throw new UploadRejected("member_too_large", `member ${name} is over ${limits.maxMemberBytes} bytes`);
  }
  return path;
}

/**
 * The file members of an upload bundle (kindling.json + files), in order.
 * Throws UploadRejected on the first hostile member; stopping early destroys `stream`.
 */
export async function* readUploadBundle(
  stream: Readable,
  limits: Partial<ArchiveLimits> = {},
): AsyncGenerator<BundleMember> {
  const caps = { ...DEFAULT_ARCHIVE_LIMITS, ...limits };
  const { entries, close } = extractEntries(stream);
  const seen = new Set<string>();
  let count = 0;
  let total = 0;
  try {
    for (let entry = await nextEntry(entries); entry; entry = await nextEntry(entries)) {
      if (++count > caps.maxMembers)
        throw new UploadRejected("too_many_members", `more than ${caps.maxMembers} members`);
      const path = checkBundleHeader(entry.header, caps, seen);
      total += entry.header.size ?? 0;
      if (total > caps.maxTotalBytes)
        throw new UploadRejected("too_large", `members expand to over ${caps.maxTotalBytes} bytes`);
      if (path !== null)
        yield {
          ...memberInfo(entry.header, count - 1),
          path,
          stream: Readable.from(entry, { objectMode: false }),
        };
      entry.resume();
    }
  } finally {
    close();
  }
}

export interface MemberReadOptions {
  /** Decompressed archive bytes this read may pull through (finding the member and reading it). */
  maxScanBytes?: number;
  /** Aborting stops the read and its decompressor (an xz child is killed). */
  signal?: AbortSignal;
}

/**
 * One member's bytes, re-streamed from the stored archive blob (which may itself
 * hold a gzip, bzip2 or xz tar). Null when the blob or a regular-file member of
 * that exact path does not exist; links are never followed. Throws (and the
 * returned stream fails with) ScanCapReached past `maxScanBytes`.
 */
export async function readArchiveMember(
  sha256: string,
  memberPath: string,
  options: MemberReadOptions = {},
): Promise<Readable | null> {
  const text = await openTextStream(sha256, options.signal);
  if (!text) return null;
  const { stream } = await decompressStream(text);
  const capped = options.maxScanBytes ? stream.pipe(scanCap(options.maxScanBytes)) : stream;
  const cap = (err: Error) => capped.destroy(err);
  if (capped !== stream) stream.on("error", cap);
  const { entries, close } = extractEntries(capped);
  const stop = () => {
    options.signal?.removeEventListener("abort", stop);
    close();
    stream.destroy();
  };
  if (options.signal?.aborted) stop();
  options.signal?.addEventListener("abort", stop, { once: true });
  try {
    for (let entry = await nextEntry(entries); entry; entry = await nextEntry(entries)) {
      if (entry.header.name === memberPath && memberType(entry.header.type) === "file")
        return handOver(entry, stop);
      entry.resume();
    }
  } catch (err) {
    stop();
    throw err;
  }
  stop();
  return null;
}

/** The entry as a Node stream; the rest of the archive is abandoned once it is read or dropped. */
function handOver(entry: Entry, close: () => void): Readable {
  const out = Readable.from(entry, { objectMode: false });
  out.on("close", close);
  return out;
}
