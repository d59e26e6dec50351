// Samples the resident memory of the server every 100 ms from /proc. `next start`
// is a launcher: the requests are served by a child `next-server` process, so the
// whole process tree is read; the tree's sum and the largest single process are kept.
import { readdirSync, readFileSync } from "node:fs";

export interface RssPeak {
  /** Peak of the sum over the tree, MiB. */
  treeMiB: number;
  /** Peak of the largest process in the tree (the one that serves), MiB. */
  largestMiB: number;
  largestName: string;
  /** RSS of the tree when sampling started (idle server), MiB. */
  idleMiB: number;
  /** CPU seconds the tree used between start() and stop(): load-independent on a shared machine. */
  cpuSeconds: number;
  samples: number;
}

export class RssSampler {
  private readonly peak: RssPeak = {
    treeMiB: 0,
    largestMiB: 0,
    largestName: "",
    idleMiB: 0,
    cpuSeconds: 0,
    samples: 0,
  };
  private cpuAtStart = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly rootPid: number) {}

  start(intervalMs = 100): void {
    this.sample();
    this.peak.idleMiB = this.peak.treeMiB;
    this.cpuAtStart = treeCpuSeconds(this.rootPid);
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  stop(): RssPeak {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    this.peak.cpuSeconds = treeCpuSeconds(this.rootPid) - this.cpuAtStart;
    return { ...this.peak };
  }

  private sample(): void {
    let tree = 0;
    for (const pid of processTree(this.rootPid)) {
      const info = status(pid);
      if (!info) continue;
      tree += info.rssKiB;
      if (info.rssKiB / 1024 > this.peak.largestMiB) {
        this.peak.largestMiB = info.rssKiB / 1024;
        this.peak.largestName = `${info.name} (${pid})`;
      }
    }
    this.peak.treeMiB = Math.max(this.peak.treeMiB, tree / 1024);
    this.peak.samples++;
  }
}

/** The resident memory of the pid and its descendants now, MiB (a soak run plots it over time). */
export function treeRssMiB(rootPid: number): number {
  let kib = 0;
  for (const pid of processTree(rootPid)) kib += status(pid)?.rssKiB ?? 0;
  return kib / 1024;
}

/** The pid and all its descendants, via each task's `children` file. */
export function processTree(rootPid: number): number[] {
  const found: number[] = [];
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    found.push(pid);
    queue.push(...childrenOf(pid));
  }
  return found;
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").split(" ").filter(Boolean).map(Number),
    );
  } catch {
    return []; // the process exited between two reads
  }
}

function status(pid: number): { name: string; rssKiB: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/status`, "utf8");
    const rss = /^VmRSS:\s+(\d+) kB/m.exec(text);
    const name = /^Name:\s+(.*)$/m.exec(text);
    return { name: name?.[1] ?? "?", rssKiB: rss ? Number(rss[1]) : 0 };
  } catch {
    return undefined;
  }
}

/** utime + stime (fields 14 and 15 of /proc/<pid>/stat, in clock ticks of 1/100 s). */
function treeCpuSeconds(rootPid: number): number {
  let ticks = 0;
  for (const pid of processTree(rootPid)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited
    }
  }
  return ticks / 100;
}
