// Where a bench run's CPU went, per result: each thread of the server's process
// tree (from /proc/<pid>/task/<tid>/stat; a process's main thread apart, the
// others grouped by name: in next-server the worker threads, the analysis
// thread among them, carry the process title, V8's and libuv's threads the
// name "node" they got before it was set), and the bench database's PostgreSQL
// backends (pg_stat_activity's pids, read from /proc when PostgreSQL runs on
// this host; left out otherwise).
import { readdirSync, readFileSync } from "node:fs";
import pg from "pg";
import { processTree } from "./rss";

/** Clock ticks (1/100 s) per thread or backend, keyed by "pid/tid", with the label it is summed under. */
export type CpuSnapshot = Map<string, { label: string; ticks: number }>;

export async function cpuSnapshot(serverPid: number | undefined, databaseUrl?: string): Promise<CpuSnapshot> {
  const snapshot: CpuSnapshot = new Map();
  for (const pid of serverPid ? processTree(serverPid) : []) {
    const name = comm(`/proc/${pid}`);
    for (const tid of tasks(pid)) {
      const ticks = cpuTicks(`/proc/${pid}/task/${tid}/stat`);
      if (ticks === undefined) continue;
      const label =
        String(tid) === String(pid)
          ? `${name}, main thread`
          : `${name}, threads named "${comm(`/proc/${pid}/task/${tid}`)}"`;
      snapshot.set(`${pid}/${tid}`, { label, ticks });
    }
  }
  for (const pid of databaseUrl ? await backendPids(databaseUrl) : []) {
    const ticks = cpuTicks(`/proc/${pid}/stat`);
    if (ticks !== undefined) snapshot.set(`pg/${pid}`, { label: "PostgreSQL backends", ticks });
  }
  return snapshot;
}

/** CPU ms per result by label between two snapshots, largest first (a thread or backend born since counts whole). */
export function cpuSplit(before: CpuSnapshot, after: CpuSnapshot, results: number): [string, number][] {
  const sums = new Map<string, number>();
  for (const [key, { label, ticks }] of after) {
    const spent = ticks - (before.get(key)?.ticks ?? 0);
    sums.set(label, (sums.get(label) ?? 0) + spent);
  }
  return [...sums]
    .map(([label, ticks]): [string, number] => [label, (ticks * 10) / Math.max(1, results)])
    .filter(([, ms]) => ms >= 0.05)
    .sort((a, b) => b[1] - a[1]);
}

async function backendPids(databaseUrl: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    const { rows } = await client.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
    );
    return rows.map((row) => row.pid);
  } catch {
    return [];
  } finally {
    await client.end().catch(() => undefined);
  }
}

function tasks(pid: number): string[] {
  try {
    return readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
}

function comm(dir: string): string {
  try {
    return readFileSync(`${dir}/comm`, "utf8").trim();
  } catch {
    return "?";
  }
}

/** utime + stime (fields 14 and 15 of a stat file), or undefined when it is gone or not ours to read. */
function cpuTicks(statFile: string): number | undefined {
  try {
    const stat = readFileSync(statFile, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}
