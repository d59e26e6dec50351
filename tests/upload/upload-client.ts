// Test helpers that speak to the real upload route handler (app/api/v1/results)
// with real Requests, against the run's real PostgreSQL database.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import tar from "tar-stream";
import { POST } from "@/app/api/v1/results/route";
import { createUploadToken } from "@/lib/auth/upload-tokens";
import { db } from "@/lib/db";

export const CORPUS = path.resolve(__dirname, "..", "..", "fixtures", "corpus");
export const URL_BASE = "http://kindling.test/api/v1/results";

export function corpusFile(relative: string): Buffer {
  return readFileSync(path.join(CORPUS, relative));
}

/** A corpus log with a marker line, so content addressing stores it anew for each test. */
export function uniqueCorpusLog(relative: string): Buffer {
  return Buffer.concat([corpusFile(relative), Buffer.from(`# ${unique("marker")}\n`)]);
}

export function unique(prefix = "t"): string {
  return `${prefix}-${Date.now()}-${randomBytes(4).toString("hex")}`;
}

/** A fresh tinderbox and token per test, so tests never see each other's rows. */
export async function newTinderbox(): Promise<{ name: string; token: string; tinderboxId: number }> {
  const name = unique("tb");
  const created = await createUploadToken(name);
  return { name, token: created.token, tinderboxId: created.tinderboxId };
}

export interface UploadFile {
  name: string;
  content: Buffer | string;
}

export function multipartRequest(
  token: string | null,
  meta: unknown,
  files: UploadFile[],
  metaFirst = true,
): Request {
  const form = new FormData();
  const metaText = typeof meta === "string" ? meta : JSON.stringify(meta);
  if (metaFirst) form.append("meta", metaText);
  for (const file of files) form.append("file", new Blob([asBytes(file.content)]), file.name);
  if (!metaFirst) form.append("meta", metaText);
  return new Request(URL_BASE, {
    method: "POST",
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
}

function asBytes(content: Buffer | string): Uint8Array<ArrayBuffer> | string {
  return typeof content === "string" ? content : new Uint8Array(content);
}

export async function upload(request: Request): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await POST(request);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export interface TarMember {
  name: string;
  content?: Buffer | string;
  type?: "file" | "symlink" | "link" | "character-device" | "fifo" | "directory";
  linkname?: string;
}

/** A tar archive as bytes; hostile member names and types are written as given. */
export async function tarBytes(members: TarMember[]): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on("data", (c: unknown) => chunks.push(c as Buffer));
  const done = new Promise<void>((resolve) => pack.on("end", () => resolve()));
  for (const m of members) {
    const body = m.content === undefined ? undefined : Buffer.from(m.content);
    const header = { name: m.name, type: m.type ?? "file", linkname: m.linkname, size: body?.length ?? 0 };
    if (body) pack.entry(header, body);
    else pack.entry(header);
  }
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

export function bundleRequest(token: string, body: Buffer, contentType = "application/x-tar"): Request {
  return new Request(URL_BASE, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": contentType },
    body: new Uint8Array(body),
  });
}

/** What a tinderbox has stored: used to prove that a rejected upload stored nothing. */
export async function storedFor(tinderboxId: number) {
  const builds = await db.build.count({ where: { tinderboxId } });
  const files = await db.file.count({ where: { build: { tinderboxId } } });
  return { builds, files };
}

export async function blobExists(content: Buffer): Promise<boolean> {
  const { createHash } = await import("node:crypto");
  const sha256 = createHash("sha256").update(content).digest("hex");
  return (await db.blob.count({ where: { sha256 } })) > 0;
}
