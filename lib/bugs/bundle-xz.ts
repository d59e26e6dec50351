// xz as a child process with hard limits. Node's zlib has no xz; a JS/wasm
// port would be a new dependency competing with requests for the event loop,
// while xz-utils is in every image we run. Gentoo's Bugzilla prefers .xz, so
// the system's xz does the work and this file keeps it on a leash: output
// capped, wall time capped, memory capped, killed on abort.
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

export interface XzLimits {
  /** 0-9. -6 is ~5 MB/s on text here, -0 ~50 MB/s and ~25 % bigger (docs/bug-filing.md). */
  preset: number;
  /** Past this many output bytes xz is killed and the answer is null ("does not fit"). */
  maxOutputBytes: number;
  timeoutMs: number;
  signal: AbortSignal;
}

/** Spawned compressors since start: tests and the benchmark check that a cached member costs none. */
export const xzCounters = { started: 0 };

/**
 * The xz stream of `source`, or null when it would exceed maxOutputBytes.
 * Settles only after the child has exited, so no xz outlives the call.
 */
export function xzCompress(source: Readable, limits: XzLimits): Promise<Buffer | null> {
  limits.signal.throwIfAborted();
  const child = spawn("xz", ["-z", "-c", `-${limits.preset}`, "-T1", "--memlimit-compress=100MiB"], {
    stdio: ["pipe", "pipe", "ignore"],
  });
  xzCounters.started += 1;
  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
  return new Promise<Buffer | null>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      limits.signal.removeEventListener("abort", onAbort);
      source.destroy();
      stop(child);
      exited.then(outcome);
    };
    const onAbort = () => settle(() => reject(limits.signal.reason));
    const timer = setTimeout(
      () => settle(() => reject(new Error(`xz took longer than ${limits.timeoutMs} ms`))),
      limits.timeoutMs,
    );
    limits.signal.addEventListener("abort", onAbort, { once: true });
    child.stdout?.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxOutputBytes) settle(() => resolve(null));
      else chunks.push(chunk);
    });
    child.once("error", (err) => settle(() => reject(err)));
    child.once("close", (code) =>
      settle(() =>
        code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`xz exited with ${code}`)),
      ),
    );
    if (!child.stdin) throw new Error("xz has no stdin");
    pipeline(source, child.stdin).catch((err: unknown) => settle(() => reject(err)));
  });
}

function stop(child: ChildProcess): void {
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}

/** Pids of this process's xz children still alive (from /proc; Linux only). */
export function liveXzChildren(parentPid = process.pid): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (name === "xz" && Number(fields[1]) === parentPid) pids.push(Number(entry));
    } catch {
      // The process ended between readdir and read.
    }
  }
  return pids;
}
