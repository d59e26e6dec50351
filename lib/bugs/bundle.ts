// The attachment bundle: one tar with a failure's files in bgo.sh's order
// (emerge-info.txt first) and every file over Bugzilla's 1000 KB limit
// xz-compressed, streamed without holding any file in memory.
import { spawn } from "node:child_process";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import tar from "tar-stream";
import { orderedAttachments } from "./attachment-order";

/** Gentoo's Bugzilla: "Attachments cannot be more than 1000 KB." */
export const BUGZILLA_ATTACHMENT_LIMIT = 1000 * 1024;

export interface BundleFile {
  name: string;
  size: number;
  blobSha256: string;
}

export type OpenContent = (blobSha256: string) => Promise<Readable | null>;

/** The tar's entries: a directory named after the build, files in attachment order. */
export function bundleEntries(files: readonly BundleFile[], directory: string) {
  return orderedAttachments(files).map((file) => {
    const compress = file.size > BUGZILLA_ATTACHMENT_LIMIT;
    return { file, compress, name: `${directory}/${file.name}${compress ? ".xz" : ""}` };
  });
}

export function packBundle(files: readonly BundleFile[], directory: string, open: OpenContent): Readable {
  const pack = tar.pack();
  const out = new PassThrough();
  pack.on("error", (err) => out.destroy(err));
  pack.pipe(out);
  (async () => {
    for (const entry of bundleEntries(files, directory)) {
      const content = await open(entry.file.blobSha256);
      if (!content) throw new Error(`the content of ${entry.file.name} is missing`);
      if (entry.compress) await addCompressed(pack, entry.name, content);
      else await pipeline(content, pack.entry({ name: entry.name, size: entry.file.size, mode: 0o644 }));
    }
    pack.finalize();
  })().catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}

/**
 * A tar header needs the entry's size before its bytes, and xz's output size is
 * known only at the end: compress into a temporary file, then stream that.
 */
async function addCompressed(pack: tar.Pack, name: string, content: Readable): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), "kindling-bundle-"));
  const xzFile = path.join(dir, "entry.xz");
  try {
    await compressToFile(content, xzFile);
    const { size } = await stat(xzFile);
    await pipeline(createReadStream(xzFile), pack.entry({ name, size, mode: 0o644 }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function compressToFile(content: Readable, file: string): Promise<void> {
  const child = spawn("xz", ["-c", "-6", "-T1"], { stdio: ["pipe", "pipe", "ignore"] });
  const exited = new Promise<void>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`xz exited with ${code}`))));
  });
  return Promise.all([
    pipeline(content, child.stdin),
    pipeline(child.stdout, createWriteStream(file)),
    exited,
  ]).then(() => undefined);
}
