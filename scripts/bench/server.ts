// A production Next server on a fresh, migrated database `kindling_bench_<ts>` (on
// DATABASE_URL's server, or the embedded one) on a free port, with an upload token.
// The same start-up as scripts/e2e-server.ts, minus the seed: the bench wants an
// empty database so its counts mean what they say.
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { explicitDatabaseUrl } from "@/lib/database-url";
import { ensureEmbeddedPostgres } from "@/lib/embedded-postgres";
import { createDatabaseIfMissing, dropDatabaseIfExists, withDatabase } from "@/lib/migrate/create-database";
import { migrateDeploy } from "@/lib/migrate/schema-engine";
import { serverNodeOptions } from "../lib/server-node-options";
import { buildIsCurrent, nextBin, nextBuild, nextScript } from "./build";

export interface BenchServer {
  url: string;
  token: string;
  /** The `next start` process; the RSS sampler reads it and its children. */
  pid: number;
  databaseUrl: string;
  logFile: string;
  stop(options: { keepDatabase: boolean }): Promise<void>;
}

export const BENCH_TINDERBOX = "kindling-bench";

export async function startBenchServer(options: {
  rebuild: boolean;
  appDir: string;
  /** Added to the server's environment only (not the build's): bench:soak's memory probe. */
  serverEnv?: Record<string, string>;
  /** Node flags NODE_OPTIONS refuses (`--cpu-prof`), given to the server's node itself. */
  nodeArgs?: string[];
}): Promise<BenchServer> {
  const embedded = explicitDatabaseUrl() ? undefined : await ensureEmbeddedPostgres();
  const serverUrl = explicitDatabaseUrl() ?? (embedded?.url as string);
  const databaseUrl = withDatabase(serverUrl, `kindling_bench_${Date.now()}`);
  await createDatabaseIfMissing(databaseUrl);
  const dropDatabase = async (keepDatabase: boolean) => {
    const { db } = await import("@/lib/db");
    await db.$disconnect().catch(() => undefined);
    if (!keepDatabase) await dropDatabaseIfExists(databaseUrl);
    await embedded?.stop();
  };
  let next: ChildProcess | undefined;
  try {
    await migrateDeploy(databaseUrl);
    // lib/db reads DATABASE_URL on first use: set it before the token module loads it.
    process.env.DATABASE_URL = databaseUrl;
    const { createUploadToken } = await import("@/lib/auth/upload-tokens");
    const { token } = await createUploadToken(BENCH_TINDERBOX, "bench:ingest");
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      KINDLING_PUBLIC_URL: url,
    };
    if (options.rebuild || !buildIsCurrent(options.appDir)) await nextBuild(options.appDir, env);
    else
      console.error(
        "bench: .next is newer than app/, lib/, components/: skipping next build (--rebuild forces it)",
      );
    const logFile = path.join(os.tmpdir(), `kindling-bench-${port}.log`);
    next = startNext(options.appDir, port, { ...env, ...options.serverEnv }, logFile, options.nodeArgs);
    await waitForHealth(url, next);
    const started = next;
    return {
      url,
      token,
      pid: started.pid as number,
      databaseUrl,
      logFile,
      stop: async ({ keepDatabase }) => {
        await stopProcess(started);
        await dropDatabase(keepDatabase);
      },
    };
  } catch (err) {
    if (next) await stopProcess(next);
    await dropDatabase(false).catch(() => undefined);
    throw err;
  }
}

export function startNext(
  appDir: string,
  port: number,
  env: NodeJS.ProcessEnv,
  logFile: string,
  nodeArgs: string[] = [],
): ChildProcess {
  // The server's own log goes to a file: a failing run's stack traces stay readable
  // without burying the results table.
  const log = createWriteStream(logFile);
  // The heap limit `npm start` sets: a bench measures the server as it runs.
  // `next start` serves in its own process: flags given to node here reach the server.
  const args = ["start", "-p", String(port), "-H", "127.0.0.1"];
  const [command, argv] =
    nodeArgs.length > 0
      ? [process.execPath, [...nodeArgs, nextScript(appDir), ...args]]
      : [nextBin(appDir), args];
  const child = spawn(command, argv, {
    env: { ...env, NODE_OPTIONS: serverNodeOptions(env.NODE_OPTIONS ?? "") },
    cwd: appDir,
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

export async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited ${child.exitCode} before answering`);
    try {
      const response = await fetch(`${url}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url}/api/v1/health did not answer within 60 s`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** SIGTERM, then SIGKILL after 10 s; `next start` passes the signal on to its server child. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}
