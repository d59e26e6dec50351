// Transparent decompression of uploads and imported files. toralf's tinderbox
// xz-compresses every log and every attachment over 256 KiB, others use gzip or
// bzip2. The format is sniffed from the first bytes, never from the file name.
import { spawn } from "node:child_process";
import { PassThrough, type Readable } from "node:stream";
import { createGunzip } from "node:zlib";

export type Encoding = "gzip" | "bzip2" | "xz" | "none";

/** The compression a buffer's first bytes announce. Needs at most 6 bytes. */
export function sniffEncoding(head: Uint8Array): Encoding {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return "gzip";
  if (head.length >= 3 && head[0] === 0x42 && head[1] === 0x5a && head[2] === 0x68) return "bzip2";
  const xzMagic = [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00];
  if (head.length >= 6 && xzMagic.every((b, i) => head[i] === b)) return "xz";
  return "none";
}

/**
 * Pipes `input` through the right decoder. gzip uses zlib; xz and bzip2 use the
 * system's xz and bzip2 (Debian's xz-utils and bzip2), which stream at native
 * speed with bounded memory. A corrupt stream surfaces as an error on the result.
 */
export async function decompressStream(input: Readable): Promise<{ encoding: Encoding; stream: Readable }> {
  const head = await readHead(input, 6);
  const encoding = sniffEncoding(head);
  const source = new PassThrough();
  if (head.length > 0) source.write(head);
  input.on("error", (err) => source.destroy(err));
  input.pipe(source);
  if (encoding === "none") return { encoding, stream: source };
  if (encoding === "gzip") {
    const gunzip = createGunzip();
    source.on("error", (err) => gunzip.destroy(err));
    return { encoding, stream: source.pipe(gunzip) };
  }
  return { encoding, stream: pipeThroughCommand(encoding === "xz" ? "xz" : "bzip2", source) };
}

function pipeThroughCommand(command: string, source: Readable): Readable {
  const child = spawn(command, ["-dc"], { stdio: ["pipe", "pipe", "pipe"] });
  const out = new PassThrough();
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => {
    if (stderr.length < 2000) stderr += d.toString("utf8");
  });
  source.on("error", (err) => {
    child.kill();
    out.destroy(err);
  });
  // The child closes stdin early when the data is corrupt; that is reported below.
  child.stdin.on("error", () => {});
  source.pipe(child.stdin);
  child.stdout.pipe(out, { end: false });
  child.on("error", (err) => out.destroy(err));
  child.on("close", (code) => {
    if (code === 0) out.end();
    else out.destroy(new Error(`${command}: corrupt or truncated input (${stderr.trim() || `exit ${code}`})`));
  });
  out.on("close", () => {
    if (child.exitCode === null) child.kill();
  });
  return out;
}

/** Reads up to n bytes and puts nothing back: the caller re-emits them. */
async function readHead(input: Readable, n: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let length = 0;
  while (length < n) {
    const chunk = await nextChunk(input);
    if (chunk === null) break;
    parts.push(chunk);
    length += chunk.length;
  }
  const all = Buffer.concat(parts);
  // Anything read past the head goes back to the front of the stream.
  if (all.length > n) input.unshift(all.subarray(n));
  return all.subarray(0, n);
}

function nextChunk(input: Readable): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunk = input.read() as Buffer | string | null;
    if (chunk !== null) return resolve(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    if (input.readableEnded) return resolve(null);
    const cleanup = () => {
      input.off("readable", onReadable);
      input.off("end", onEnd);
      input.off("error", onError);
    };
    const onReadable = () => {
      const c = input.read() as Buffer | string | null;
      if (c === null) return;
      cleanup();
      resolve(typeof c === "string" ? Buffer.from(c) : c);
    };
    const onEnd = () => {
      cleanup();
      resolve(null);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    input.on("readable", onReadable);
    input.on("end", onEnd);
    input.on("error", onError);
  });
}
