// The printed summary of a bench run: one table a reader can paste into docs/benchmarks.md.
import os from "node:os";
import type { RssPeak } from "./rss";
import type { UploadOutcome } from "./upload";
import type { StoredCheck } from "./verify";

export interface RunSummary {
  outcomes: UploadOutcome[];
  seconds: number;
  logBytes: number;
  concurrency: number;
  rss?: RssPeak;
  stored?: StoredCheck;
  /** CPU ms per result by thread and PostgreSQL (cpu-split.ts). */
  cpu?: [string, number][];
  /** Commits and WAL per result (pg-counters.ts). */
  pg?: [string, string][];
}

const MB = 1024 * 1024;

export function printSummary(run: RunSummary): void {
  const ok = run.outcomes.filter((o) => o.final.ok);
  const failed = run.outcomes.filter((o) => !o.final.ok);
  const retried = run.outcomes.filter((o) => o.attempts.length > 1).length;
  // Bytes of every attempt, resent ones included: what the server had to read.
  const bytes = run.outcomes.reduce((sum, o) => sum + o.attempts.reduce((s, a) => s + a.bytes, 0), 0);
  const rows: [string, string][] = [
    ["results", `${ok.length} of ${run.outcomes.length} (log ${formatSize(run.logBytes)} + 5 files each)`],
    ["concurrency", String(run.concurrency)],
    ["seconds", run.seconds.toFixed(2)],
    ["results/s", (ok.length / run.seconds).toFixed(1)],
    ["MB/s (uncompressed sent)", (bytes / MB / run.seconds).toFixed(1)],
    ["MB sent", (bytes / MB).toFixed(1)],
    ["server peak RSS MB (tree)", run.rss ? run.rss.treeMiB.toFixed(0) : "n/a"],
    [
      "server peak RSS MB (largest)",
      run.rss ? `${run.rss.largestMiB.toFixed(0)} ${run.rss.largestName}` : "n/a",
    ],
    ["server idle RSS MB (tree)", run.rss ? run.rss.idleMiB.toFixed(0) : "n/a"],
    [
      "server CPU ms per result",
      run.rss ? ((run.rss.cpuSeconds * 1000) / Math.max(1, ok.length)).toFixed(0) : "n/a",
    ],
    ...(run.cpu ?? []).map(([label, ms]): [string, string] => [
      `  CPU ms per result, ${label}`,
      ms.toFixed(1),
    ]),
    ...(run.pg ?? []),
    ["machine load average (1 min)", os.loadavg()[0].toFixed(1)],
    ["failures", String(failed.length)],
    ["retried results", String(retried)],
  ];
  if (run.stored) {
    const s = run.stored;
    rows.push([
      "stored: lost / duplicated / partial / sha256 differs",
      `${s.lost.length} / ${s.duplicated.length} / ${s.partial.length} / ${s.corrupt.length}`,
    ]);
  }
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log("");
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
  for (const o of failed.slice(0, 5)) console.log(`failed ${o.idempotencyKey}: ${failureText(o)}`);
}

/** Every attempt, so a failure after retries says which instance answered what and when it gave up. */
function failureText(outcome: UploadOutcome): string {
  return outcome.attempts
    .map(
      (a, i) =>
        `#${i + 1} ${a.url} ${a.ok ? "ok" : `${a.status ?? "no answer"} ${a.error}`} (${a.bytes} bytes sent)`,
    )
    .join("; ");
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
  return `${(bytes / MB).toFixed(1)} MiB`;
}
