// A real streaming replica for tests: a throw-away primary (initdb, replication
// allowed from 127.0.0.1) and a standby made by `pg_basebackup -R` from it, each
// on a free port, both torn down after. The machine's own PostgreSQL refuses
// replication connections (its pg_hba.conf has no replication line, and changing
// it takes root on the host, which CI lacks), so the test brings its own pair.
// PostgreSQL refuses to run as root: as root, the servers run as `postgres`.
import { execFile, execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { freePort } from "@/scripts/bench/server";

const run = promisify(execFile);

export interface ReplicaPair {
  primaryUrl: string;
  replicaUrl: string;
  stop(): Promise<void>;
}

/** The newest Debian PostgreSQL binaries, or null when none are installed. */
export function postgresBin(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((name) =>
    existsSync(path.join(root, name, "bin", "pg_basebackup")),
  );
  versions.sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], "bin") : null;
}

export async function startReplicaPair(bin: string, database = "kindling"): Promise<ReplicaPair> {
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? Number(execFileSync("id", ["-u", "postgres"]).toString().trim()) : undefined;
  const ownerGid = asRoot ? Number(execFileSync("id", ["-g", "postgres"]).toString().trim()) : undefined;
  // /tmp is reachable by postgres; mkdtemp makes 0700 dirs, so open the top one.
  const top = mkdtempSync("/tmp/kindling-replica-");
  chmodSync(top, 0o755);
  if (owner !== undefined && ownerGid !== undefined) chownSync(top, owner, ownerGid);
  const exec = (file: string, args: string[]) =>
    asRoot
      ? run("runuser", ["-u", "postgres", "--", path.join(bin, file), ...args])
      : run(path.join(bin, file), args);
  const primaryDir = path.join(top, "primary");
  const standbyDir = path.join(top, "standby");
  const [primaryPort, standbyPort] = [await freePort(), await freePort()];
  const started: string[] = [];
  const stop = async () => {
    for (const dir of started.reverse())
      await exec("pg_ctl", ["-D", dir, "-m", "immediate", "-w", "stop"]).catch(() => undefined);
    rmSync(top, { recursive: true, force: true });
  };
  const start = async (dir: string, port: number) => {
    await exec("pg_ctl", [
      "-D",
      dir,
      "-l",
      path.join(top, `${path.basename(dir)}.log`),
      "-w",
      "-t",
      "60",
      "-o",
      `-p ${port} -k ${top} -c listen_addresses=127.0.0.1`,
      "start",
    ]);
    started.push(dir);
  };
  try {
    await exec("initdb", ["-D", primaryDir, "-U", "postgres", "--auth=trust", "-N"]);
    writeFileSync(
      path.join(primaryDir, "pg_hba.conf"),
      "local all all trust\nhost all all 127.0.0.1/32 trust\nhost replication all 127.0.0.1/32 trust\n",
    );
    if (owner !== undefined && ownerGid !== undefined)
      chownSync(path.join(primaryDir, "pg_hba.conf"), owner, ownerGid);
    await start(primaryDir, primaryPort);
    const primaryUrl = `postgresql://postgres@127.0.0.1:${primaryPort}/${database}`;
    const admin = new pg.Client({
      connectionString: `postgresql://postgres@127.0.0.1:${primaryPort}/postgres`,
    });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    await exec("pg_basebackup", [
      "-h",
      "127.0.0.1",
      "-p",
      String(primaryPort),
      "-U",
      "postgres",
      "-D",
      standbyDir,
      "-R",
      "-X",
      "stream",
      // A spread checkpoint (the default) waits minutes on an idle server.
      "--checkpoint=fast",
    ]);
    await start(standbyDir, standbyPort);
    return { primaryUrl, replicaUrl: `postgresql://postgres@127.0.0.1:${standbyPort}/${database}`, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Waits until the replica has replayed everything the primary had written when called. */
export async function waitForReplay(
  primaryUrl: string,
  replicaUrl: string,
  timeoutMs = 20_000,
): Promise<void> {
  const primary = new pg.Client({ connectionString: primaryUrl });
  const replica = new pg.Client({ connectionString: replicaUrl });
  await Promise.all([primary.connect(), replica.connect()]);
  try {
    const { rows } = await primary.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn");
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const replayed = await replica.query<{ caught: boolean }>(
        "SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS caught",
        [rows[0].lsn],
      );
      if (replayed.rows[0]?.caught) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the replica did not replay ${rows[0].lsn} within ${timeoutMs} ms`);
  } finally {
    await Promise.all([primary.end(), replica.end()]);
  }
}
