// Where a bench run's CPU went, per result: each thread of the server's process
// tree (from /proc/<pid>/task/<tid>/stat; a process's main thread apart, the
// others grouped by name: in next-server the worker threads, the analysis
// thread among them, carry the process title, V8's and libuv's threads the
// name "node" they got before it was set), and the bench database's PostgreSQL
// backends (pg_stat_activity's pids, read from /proc when PostgreSQL runs on
// this host; left out otherwise), the bench client itself (this process), and
// what the rest of the machine spent meanwhile (/proc/stat's busy time minus all
// of the above: other sessions, PostgreSQL's background processes, the kernel):
// on two shared cores that is what the server did not get.
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
  const client = cpuTicks("/proc/self/stat");
  if (client !== undefined) snapshot.set("client", { label: CLIENT, ticks: client });
  const machine = machineBusyTicks();
  if (machine !== undefined) snapshot.set("machine", { label: MACHINE, ticks: machine });
  return snapshot;
}

const CLIENT = "bench client (this process: payloads, HTTP)";
const MACHINE = "machine busy";
const OTHERS = "rest of the machine (other work, PostgreSQL background, kernel)";

/** CPU ms per result by label between two snapshots, largest first (a thread or backend born since counts whole). */
export function cpuSplit(before: CpuSnapshot, after: CpuSnapshot, results: number): [string, number][] {
  const sums = new Map<string, number>();
  for (const [key, { label, ticks }] of after) {
    const spent = ticks - (before.get(key)?.ticks ?? 0);
    sums.set(label, (sums.get(label) ?? 0) + spent);
  }
  // The machine's busy time is not a share of its own: what is left of it after the rest.
  const machine = sums.get(MACHINE);
  sums.delete(MACHINE);
  if (machine !== undefined) {
    const accounted = [...sums.values()].reduce((sum, ticks) => sum + ticks, 0);
    sums.set(OTHERS, Math.max(0, machine - accounted));
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

/** Busy ticks of all CPUs since boot: /proc/stat's first line without idle and iowait. */
function machineBusyTicks(): number | undefined {
  try {
    const [, ...fields] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/);
    const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
    return user + nice + system + irq + softirq + (steal || 0);
  } catch {
    return undefined;
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
