// Transparent decompression of uploads and imported files. toralf's tinderbox
// xz-compresses every log and every attachment over 256 KiB, others use gzip or
// bzip2. The format is sniffed from the first bytes, never from the file name.
import { spawn } from "node:child_process";
import { PassThrough, Readable } from "node:stream";
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
  // The async iterator surfaces an input error (or an input destroyed before we
  // got here) as a rejection, which a hand-rolled read loop would miss.
  const chunks = input[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first: Buffer[] = [];
  let length = 0;
  let ended = false;
  while (length < 6 && !ended) {
    const next = await chunks.next();
    if (next.done) ended = true;
    else {
      first.push(next.value);
      length += next.value.length;
    }
  }
  const head = Buffer.concat(first);
  const encoding = sniffEncoding(head);
  const source = Readable.from(replay(head, ended ? null : chunks), { objectMode: false });
  if (encoding === "none") return { encoding, stream: source };
  if (encoding === "gzip") {
    const gunzip = createGunzip();
    source.on("error", (err) => gunzip.destroy(err));
    // A reader that stops early (a capped or aborted view) releases the stored blob's stream too.
    gunzip.on("close", () => source.destroy());
    return { encoding, stream: source.pipe(gunzip) };
  }
  return { encoding, stream: pipeThroughCommand(encoding === "xz" ? "xz" : "bzip2", source) };
}

async function* replay(head: Buffer, rest: AsyncIterator<Buffer> | null): AsyncGenerator<Buffer> {
  if (head.length > 0) yield head;
  if (!rest) return;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
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
    else if (!out.destroyed) {
      out.destroy(new Error(`${command}: corrupt or truncated input (${stderr.trim() || `exit ${code}`})`));
    }
  });
  out.on("close", () => {
    if (child.exitCode === null) child.kill();
    source.destroy();
  });
  return out;
}
