// What every abuse host (a process of its own, standing in for the server)
// needs: its peak memory, a health probe that keeps asking /api/v1/health while
// the attack runs, uploads through the real route handler, and reads through
// the real file routes. Route modules are imported lazily: tsx loads this file
// as CommonJS and some of them are ES modules with top-level await.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

/** This process's peak resident memory (VmHWM) in MiB. */
export function peakRssMb(): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
  return match ? Math.round(Number(match[1]) / 1024) : -1;
}

/** Asks /api/v1/health every `everyMs` and keeps the slowest answer (event-loop stalls included). */
export function healthProbe(everyMs = 200): { stop(): Promise<{ maxMs: number; answers: number }> } {
  let maxMs = 0;
  let answers = 0;
  let stopped = false;
  const loop = (async () => {
    const { GET } = await import("@/app/api/v1/health/route");
    while (!stopped) {
      const asked = Date.now();
      const response = await GET();
      if (response.status !== 200) maxMs = Number.POSITIVE_INFINITY;
      maxMs = Math.max(maxMs, Date.now() - asked);
      answers++;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return { maxMs, answers };
    },
  };
}

export interface Answer {
  status: number;
  bytes: number;
  ms: number;
  retryAfter: string | null;
  body: Record<string, unknown> | null;
}

async function answerOf(response: Response, started: number): Promise<Answer> {
  const text = await response.text();
  let body: Record<string, unknown> | null = null;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {}
  return {
    status: response.status,
    bytes: text.length,
    ms: Date.now() - started,
    retryAfter: response.headers.get("retry-after"),
    body,
  };
}

export type FileRoute = "lines" | "search" | "members";

/** GET /api/v1/files/:id/<route>?query through the route handler itself. */
export async function getFileRoute(
  route: FileRoute,
  fileId: number,
  query: Record<string, string>,
  signal?: AbortSignal,
): Promise<Answer> {
  const modules = {
    lines: () => import("@/app/api/v1/files/[id]/lines/route"),
    search: () => import("@/app/api/v1/files/[id]/search/route"),
    members: () => import("@/app/api/v1/files/[id]/members/route"),
  };
  const { GET } = await modules[route]();
  const url = `http://kindling.test/api/v1/files/${fileId}/${route}?${new URLSearchParams(query)}`;
  const started = Date.now();
  const context = { params: Promise.resolve({ id: String(fileId) }) };
  const response = await GET(new Request(url, { signal }), context);
  return answerOf(response, started);
}

export interface UploadFile {
  name: string;
  content: Buffer;
}

/** POSTs a multipart result (meta + files) with a fresh tinderbox token; returns the answer and the file ids. */
export async function uploadResult(meta: unknown, files: UploadFile[]) {
  const { newTinderbox, multipartRequest } = await import("@/tests/upload/upload-client");
  const { POST } = await import("@/app/api/v1/results/route");
  const { db } = await import("@/lib/db");
  const { token } = await newTinderbox();
  const started = Date.now();
  const answer = await answerOf(await POST(multipartRequest(token, meta, files)), started);
  const id = answer.body?.id;
  const rows = typeof id === "number" ? await db.file.findMany({ where: { buildId: id } }) : [];
  const fileIds = Object.fromEntries(rows.map((row) => [row.name, row.id]));
  return { answer, fileIds };
}

/** A small build log naming its package, unique per call so content addressing stores it anew. */
export function smallBuildLog(): Buffer {
  const marker = `${Date.now()}-${Math.random()}`;
  return Buffer.from(
    [
      ">>> Emerging (1 of 1) dev-libs/abuse-1.0::gentoo",
      ">>> Compiling source in /var/tmp/portage/dev-libs/abuse-1.0/work/abuse-1.0 ...",
      "make: *** [Makefile:1: all] Error 1",
      ` * ERROR: dev-libs/abuse-1.0::gentoo failed (compile phase): ${marker}`,
      "",
    ].join("\n"),
  );
}

/** `bash -c script` stdout as bytes (fixtures built with the system's xz, gzip, bzip2 and tar). */
export function shell(script: string): Buffer {
  return execFileSync("bash", ["-c", script], { maxBuffer: 256 * 1024 * 1024 });
}

/** The xz/bzip2 children of this process that are still running (a stopped view leaves none). */
export function decompressorChildren(): number {
  const out = execFileSync("ps", ["-o", "comm=", "--ppid", String(process.pid)], { encoding: "utf8" }).trim();
  return out ? out.split("\n").filter((c) => c === "xz" || c === "bzip2").length : 0;
}
