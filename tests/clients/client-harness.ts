// The uploader and the Portage hook talk HTTP: these tests serve the real upload route
// (app/api/v1/results, the run's real PostgreSQL) on a loopback port, and run the shell
// clients as child processes against it.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll } from "vitest";
import { POST } from "@/app/api/v1/results/route";
import { createUploadToken } from "@/lib/auth/upload-tokens";

export const ROOT = path.resolve(__dirname, "..", "..");
export const UPLOADER = path.join(ROOT, "clients", "kindling-upload");
export const POPT = path.join(ROOT, "fixtures", "corpus", "generated", "compile-c-implicit-decl-popt");

export interface TestServer {
  url: string;
  /** Requests seen, in order, with their status. */
  requests: Array<{ status: number }>;
  close(): Promise<void>;
}

/**
 * Serves POST /api/v1/results with the app's route handler; the first `failFirst`
 * requests get a 503 instead, as a server under load or being restarted would answer.
 */
export async function startServer(failFirst = 0): Promise<TestServer> {
  const requests: Array<{ status: number }> = [];
  const server = http.createServer((req, res) => {
    void answer(req, res, requests.length < failFirst).then((status) => requests.push({ status }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * The upload server a whole test file shares, started before its tests and closed (with the
 * temporary directories removed) after them. Call it at the top level of the file.
 */
export function serveUploadsForFile(): { readonly url: string } {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.close();
    removeTempDirs();
  });
  return {
    get url() {
      if (!server) throw new Error("the upload server is not started yet (use it inside a test)");
      return server.url;
    },
  };
}

/** A tinderbox of its own and its upload token, so each test counts only its builds. */
export async function newTinderbox(): Promise<{ id: number; token: string }> {
  const created = await createUploadToken(unique("tb"));
  return { id: created.tinderboxId, token: created.token };
}

async function answer(req: http.IncomingMessage, res: http.ServerResponse, fail: boolean): Promise<number> {
  if (fail || req.url !== "/api/v1/results" || req.method !== "POST") {
    req.resume();
    const status = fail ? 503 : 404;
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: { code: "unavailable", message: "test server says no" } }));
    return status;
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.set(name, value);
  }
  const request = new Request(`http://127.0.0.1${req.url}`, {
    method: "POST",
    headers,
    body: Readable.toWeb(req) as ReadableStream<Uint8Array>,
    duplex: "half",
  } as RequestInit);
  const response = await POST(request);
  res.writeHead(response.status, { "content-type": "application/json" });
  res.end(Buffer.from(await response.arrayBuffer()));
  return response.status;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a script under the given shell with only the environment it is given (plus PATH). */
export function run(shell: string, args: string[], env: Record<string, string>): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      shell,
      args,
      { env: { NODE_ENV: "test", PATH: process.env.PATH ?? "/usr/bin:/bin", ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const made: string[] = [];

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `kindling-${prefix}-`));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A copy of the popt issue directory whose log has a marker line, so it is a new result. */
export function issueDirCopy(parent: string, marker: string): string {
  const dir = path.join(parent, "20261128-044417-dev-libs_popt-1.19");
  cpSync(path.join(POPT, "issue-dir"), dir, { recursive: true });
  const log = path.join(dir, "files", "dev-libs:popt-1.19:20261128-044417.log");
  writeFileSync(log, `# ${marker}\n`, { flag: "a" });
  return dir;
}

export function unique(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.random().toString(16).slice(2, 10)}`;
}
