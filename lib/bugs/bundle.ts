// The attachment bundle: one tar with a failure's files in bgo.sh's order
// (emerge-info.txt first), every member within Bugzilla's 1000 KB: files up to
// the limit as they are, bigger ones as their kept xz or xz excerpt
// (bundle-cache.ts), and a README last that lists them all. Files that need no
// compression go out first, so the first byte leaves while the rest compress.
import { PassThrough, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import tar from "tar-stream";
import { openTextStream } from "@/lib/storage/blob-reader";
import { orderedAttachments } from "./attachment-order";
import { BundleBusy, cachedMembers, memberFor, memberWhenAdmitted, type ReadyMember } from "./bundle-cache";
import { BUGZILLA_ATTACHMENT_LIMIT } from "./bundle-limits";
import { distinctNames, safeFileName } from "./bundle-names";
import { type ReadmeEntry, readmeText } from "./bundle-readme";
import { publicBaseUrl } from "./config";
import { buildPageUrl, filePageUrl } from "./links";

export { BUGZILLA_ATTACHMENT_LIMIT };

export interface BundleFile {
  id: number;
  name: string;
  size: number;
  blobSha256: string;
}

export interface BundleBuild {
  id: number;
  atom: string;
  files: readonly BundleFile[];
}

const README = "README.txt";
/** Queue places one bundle takes up front: one request must not fill the gate's queue. */
const EAGER_COMPRESSIONS = 2;

interface PlannedMember {
  file: BundleFile;
  baseName: string;
  /** Null for a file sent as it is. */
  member: (() => Promise<ReadyMember>) | null;
}

/** The tar's directory: generated from the atom and id, never a raw name. */
export function bundleDirectory(build: Pick<BundleBuild, "id" | "atom">): string {
  return safeFileName(`${build.atom.replace("/", "_")}-build${build.id}`);
}

/**
 * Starts (or joins, or reads back) every compression the bundle needs and
 * returns the tar stream. Throws BundleBusy, having released what it joined,
 * when the compression queue is full. Compressions stop when `signal` aborts
 * or the stream is destroyed before its end (the client went away).
 */
export async function openBundle(build: BundleBuild, signal: AbortSignal): Promise<Readable> {
  const leave = new AbortController();
  const onAbort = () => leave.abort(signal.reason);
  if (signal.aborted) onAbort();
  else signal.addEventListener("abort", onAbort, { once: true });
  try {
    const plan = await planMembers(build.files, leave.signal);
    // tar-stream packs are streamx streams; the Response needs a node Readable.
    const pack = tar.pack();
    const out = new PassThrough();
    pack.pipe(out);
    // A client's cancel destroys `out` with an AbortError; a failure of ours is logged below.
    // streamx passes it on to `pack`; neither may go unhandled.
    out.on("error", () => {});
    pack.on("error", () => {});
    out.once("close", () => {
      signal.removeEventListener("abort", onAbort);
      leave.abort(new Error("the bundle stream closed"));
      pack.destroy();
    });
    writeMembers(pack, build, plan).catch((err: unknown) => {
      if (!leave.signal.aborted) console.error(`attachment bundle of build ${build.id} failed`, err);
      out.destroy(err instanceof Error ? err : new Error(String(err)));
    });
    return out;
  } catch (err) {
    leave.abort(err);
    signal.removeEventListener("abort", onAbort);
    throw err;
  }
}

/**
 * Kept members are read back; the first compressions start now, as many as
 * the gate admits. If it admits none, BundleBusy (503). The rest start when
 * the tar reaches them (memberWhenAdmitted), so a bundle holds few queue places.
 */
async function planMembers(files: readonly BundleFile[], signal: AbortSignal): Promise<PlannedMember[]> {
  const ordered = orderedAttachments(files);
  // README.txt is ours: an uploaded file of that name becomes README.txt-2.
  const names = distinctNames([README, ...ordered.map((file) => safeFileName(file.name))]).slice(1);
  const big = ordered.filter((file) => file.size > BUGZILLA_ATTACHMENT_LIMIT);
  const kept = await cachedMembers([...new Set(big.map((file) => file.blobSha256))]);
  const members = new Map<string, () => Promise<ReadyMember>>();
  let refused: BundleBusy | null = null;
  let admitted = 0;
  for (const sha256 of new Set(big.map((file) => file.blobSha256))) {
    if (kept.has(sha256) || refused || admitted >= EAGER_COMPRESSIONS) continue;
    try {
      const member = memberFor(sha256, undefined, signal);
      // Awaited later in tar order; until then a rejection must not count as unhandled.
      member.catch(() => {});
      members.set(sha256, () => member);
      admitted += 1;
    } catch (err) {
      if (!(err instanceof BundleBusy)) throw err;
      refused = err;
    }
  }
  if (refused && admitted === 0) throw refused;
  const memberOf = (sha256: string) => {
    const keptMember = kept.get(sha256);
    if (keptMember) return () => Promise.resolve(keptMember);
    return members.get(sha256) ?? (() => memberWhenAdmitted(sha256, signal));
  };
  const plan = ordered.map((file, i) => ({
    file,
    baseName: names[i],
    member: file.size <= BUGZILLA_ATTACHMENT_LIMIT ? null : memberOf(file.blobSha256),
  }));
  // Whole files first: they need no compression, so the first byte goes out at once.
  return [...plan.filter((entry) => !entry.member), ...plan.filter((entry) => entry.member)];
}

async function writeMembers(pack: tar.Pack, build: BundleBuild, plan: PlannedMember[]): Promise<void> {
  const directory = bundleDirectory(build);
  const base = publicBaseUrl();
  const readme: ReadmeEntry[] = [];
  for (const { file, baseName, member } of plan) {
    const common = {
      originalName: file.name,
      originalSize: file.size,
      fullFileUrl: filePageUrl(base, file.id),
    };
    if (!member) {
      const content = await openTextStream(file.blobSha256);
      if (!content) throw new Error(`the content of file ${file.id} is missing`);
      await pipeline(content, pack.entry({ name: `${directory}/${baseName}`, size: file.size, mode: 0o644 }));
      readme.push({ ...common, tarName: baseName, kind: "whole", size: file.size });
      continue;
    }
    const ready = await member();
    const tarName = `${baseName}${ready.variant === "xz" ? ".xz" : ".excerpt.xz"}`;
    addBuffer(pack, `${directory}/${tarName}`, ready.data);
    readme.push({ ...common, tarName, kind: ready.variant, size: ready.data.length });
  }
  const text = readmeText(build.atom, buildPageUrl(base, build.id), readme);
  addBuffer(pack, `${directory}/${README}`, Buffer.from(text));
  pack.finalize();
}

function addBuffer(pack: tar.Pack, name: string, data: Buffer): void {
  pack.entry({ name, size: data.length, mode: 0o644 }, data);
}
