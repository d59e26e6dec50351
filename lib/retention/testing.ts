// Test helpers for retention: builds stored through the real ingest path, aged by
// moving their files' upload time back, and their content read through the app.
import { randomBytes } from "node:crypto";
import { gunzipSync } from "node:zlib";
import tar from "tar-stream";
import { GET as getLines } from "@/app/api/v1/files/[id]/lines/route";
import { GET as getRaw } from "@/app/api/v1/files/[id]/raw/route";
import { db } from "@/lib/db";
import { seedUpload } from "@/lib/ingest/testing/seed-upload";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface SeededBuild {
  buildId: number;
  tinderboxId: number;
  files: Array<{ id: number; name: string; blobSha256: string }>;
}

/** A build of its own tinderbox whose files were uploaded `ageDays` ago. */
export async function agedBuild(
  files: Record<string, Buffer | string>,
  options: { status: "failed" | "succeeded"; ageDays: number },
): Promise<SeededBuild> {
  const name = `ret-${randomBytes(4).toString("hex")}`;
  const buildId = await seedUpload(files, { atom: `dev-libs/${name}-1.0`, status: options.status });
  await db.file.updateMany({
    where: { buildId },
    data: { createdAt: new Date(Date.now() - options.ageDays * DAY_MS) },
  });
  const build = await db.build.findUniqueOrThrow({
    where: { id: buildId },
    select: {
      tinderboxId: true,
      files: { select: { id: true, name: true, blobSha256: true }, orderBy: { id: "asc" } },
    },
  });
  return { buildId, tinderboxId: build.tinderboxId, files: build.files };
}

/** Some log text unique to this call, `lines` lines long. */
export function uniqueLog(lines = 50): string {
  const tag = randomBytes(8).toString("hex");
  return Array.from(
    { length: lines },
    (_, i) => `>>> ${tag} line ${i + 1}: make[1]: Entering directory`,
  ).join("\n");
}

/** A small real tar (archives are listed at ingest, so the bytes must be one). */
export async function tarOf(files: Record<string, string>): Promise<Buffer> {
  const pack = tar.pack();
  for (const [name, text] of Object.entries(files)) pack.entry({ name }, text);
  pack.finalize();
  const parts: Buffer[] = [];
  for await (const part of pack) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

/** GET /api/v1/files/:id/raw: status and the decoded body (the route always answers gzip). */
export async function readRaw(fileId: number): Promise<{ status: number; body: Buffer }> {
  const response = await getRaw(new Request(`http://k.test/api/v1/files/${fileId}/raw`), {
    params: Promise.resolve({ id: String(fileId) }),
  });
  return { status: response.status, body: gunzipSync(Buffer.from(await response.arrayBuffer())) };
}

export async function readLines(fileId: number): Promise<{ status: number; json: unknown }> {
  const response = await getLines(new Request(`http://k.test/api/v1/files/${fileId}/lines?from=1&to=10`), {
    params: Promise.resolve({ id: String(fileId) }),
  });
  return { status: response.status, json: await response.json() };
}

export const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);
