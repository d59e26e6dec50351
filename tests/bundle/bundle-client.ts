// Test helpers for the attachment bundle: results stored through the real
// ingest, the real route handler called with real Requests, the tar parsed
// with tar-stream. Every result is unique, so tests never share blobs.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import tar from "tar-stream";
import { GET } from "@/app/api/v1/builds/[id]/attachments.tar/route";
import { POPT_BUILD_LOG } from "@/lib/files/testing/big-log";
import { seedUpload } from "@/lib/ingest/testing/seed-upload";

export function poptLog(): Buffer {
  return readFileSync(POPT_BUILD_LOG);
}

/** A log of `bytes` that xz squeezes ~40x (compile noise with a unique tag). */
export function compressibleLog(bytes: number): Buffer {
  const tag = randomBytes(6).toString("hex");
  const lines: string[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const line = `x86_64-pc-linux-gnu-gcc -O2 -pipe -c src/unit_${n % 9173}.c -o unit_${n}.o # ${tag}\n`;
    lines.push(line);
    size += line.length;
  }
  return Buffer.from(lines.join(""));
}

/** Hex of random bytes: text that xz shrinks only ~2x, so its xz run takes a while and overflows. */
export function hexLog(bytes: number): Buffer {
  return Buffer.from(
    randomBytes(bytes / 2)
      .toString("hex")
      .replace(/(.{120})/g, "$1\n"),
  );
}

export interface StoredFile {
  name: string;
  content: Buffer;
}

/** A failed result of a package of its own, stored through the real ingest; the build id. */
export function storeResult(files: StoredFile[]): Promise<number> {
  const pkg = `bundle${randomBytes(4).toString("hex")}`;
  const byName = Object.fromEntries(files.map((file) => [file.name, file.content]));
  return seedUpload(byName, { atom: `dev-libs/${pkg}-1.0`, status: "failed" });
}

export function bundleRequest(buildId: number, signal?: AbortSignal): Promise<Response> {
  const request = new Request(`http://kindling.test/api/v1/builds/${buildId}/attachments.tar`, { signal });
  return GET(request, { params: Promise.resolve({ id: String(buildId) }) });
}

export interface TarEntry {
  name: string;
  type: string;
  bytes: Buffer;
}

export async function untar(response: Response): Promise<TarEntry[]> {
  if (!response.body) throw new Error("no body");
  const extract = tar.extract();
  const source = Readable.fromWeb(response.body as import("node:stream/web").ReadableStream<Uint8Array>);
  source.on("error", (err) => extract.destroy(err));
  source.pipe(extract);
  const entries: TarEntry[] = [];
  for await (const entry of extract) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    entries.push({
      name: entry.header.name,
      type: entry.header.type ?? "file",
      bytes: Buffer.concat(chunks),
    });
  }
  return entries;
}
