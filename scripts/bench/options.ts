// Command-line options of `npm run bench:ingest`. Kept apart from the runner so the
// later chaos mode (--kill) only adds a field here and a branch in the client.
import path from "node:path";
import { parseArgs } from "node:util";

export interface BenchOptions {
  /** Results to upload. */
  count: number;
  /** Uncompressed bytes of each build log. */
  logBytes: number;
  /** Uploads in flight at once. */
  concurrency: number;
  /** Re-send a failed or timed-out upload with the same idempotencyKey. */
  retry: boolean;
  /**
   * Chaos: the client kills about half of the first attempts, either mid-body or
   * right after sending the body (before reading the answer), then retries.
   */
  kill: boolean;
  /** Attempts per result when retrying (the first send included). */
  attempts: number;
  /** Per-attempt timeout; a 1 GB log needs far longer than a 1 MB one. */
  timeoutMs: number;
  /** Keep the bench database (and print its URL) instead of dropping it. */
  keep: boolean;
  /** Run `next build` even when .next/BUILD_ID is newer than the sources. */
  rebuild: boolean;
  /**
   * The tree whose build is served (default: the repository). A snapshot of the tree
   * keeps other people's edits in progress from breaking or changing the build mid-run.
   */
  appDir: string;
  /** Benchmark this already-running server instead of starting one. */
  reuseServer?: string;
  /**
   * Several running instances of one Kindling (one database): result i goes first to
   * targets[i % n], and each retry to the next one, so re-sends cross instances.
   */
  targets?: string[];
  /** Upload token for --reuse-server. */
  token?: string;
  /** Pid whose RSS to sample with --reuse-server (its child processes included). */
  serverPid?: number;
  /** Node flags for the server it starts, e.g. `--cpu-prof --cpu-prof-dir=/tmp/p` (NODE_OPTIONS refuses --cpu-prof). */
  serverNodeArgs: string[];
}

export const USAGE = `usage: npm run bench:ingest -- [--results 200] [--log-size 1M] [--concurrency 8]
  [--retry] [--kill] [--attempts 5] [--timeout SECONDS] [--keep] [--rebuild] [--app-dir DIR]
  [--reuse-server URL --token T [--server-pid PID]] [--targets URL1,URL2,... --token T]
  [--server-node-args="--cpu-prof --cpu-prof-dir=DIR"]
--log-size 1G sends one 1 GB log (results defaults to 1 then); sizes take K, M, G suffixes.`;

const SIZE = /^(\d+(?:\.\d+)?)([KMG]?)i?B?$/i;
const UNIT: Record<string, number> = { "": 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

export function parseByteSize(text: string): number {
  const match = SIZE.exec(text.trim());
  if (!match) throw new Error(`not a size: '${text}' (try 1M or 1G)`);
  return Math.round(Number(match[1]) * UNIT[match[2].toUpperCase()]);
}

function positiveInt(text: string, name: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive integer, not '${text}'`);
  return value;
}

export function parseBenchOptions(argv: string[] = process.argv.slice(2)): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      results: { type: "string" },
      "log-size": { type: "string", default: "1M" },
      concurrency: { type: "string", default: "8" },
      retry: { type: "boolean", default: false },
      kill: { type: "boolean", default: false },
      attempts: { type: "string", default: "5" },
      timeout: { type: "string" },
      keep: { type: "boolean", default: false },
      rebuild: { type: "boolean", default: false },
      "reuse-server": { type: "string" },
      targets: { type: "string" },
      token: { type: "string" },
      "server-pid": { type: "string" },
      "app-dir": { type: "string" },
      "server-node-args": { type: "string" },
    },
  });
  const logBytes = parseByteSize(values["log-size"] ?? "1M");
  // "--log-size 1G sends one 1 GB log": a big log means one result unless asked otherwise.
  const defaultCount = logBytes >= 256 * 1024 ** 2 ? 1 : 200;
  const count = values.results ? positiveInt(values.results, "results") : defaultCount;
  // Assume at least 2 MB/s of log per upload, never less than a minute.
  const timeoutSeconds = values.timeout
    ? positiveInt(values.timeout, "timeout")
    : Math.max(60, logBytes / 2e6);
  if (values["reuse-server"] && !values.token) throw new Error("--reuse-server needs --token");
  const targets = values.targets
    ?.split(",")
    .map((url) => url.trim())
    .filter(Boolean);
  if (targets && (targets.length === 0 || !values.token)) throw new Error("--targets needs URLs and --token");
  for (const url of targets ?? []) if (!URL.canParse(url)) throw new Error(`--targets: not a URL: '${url}'`);
  return {
    count,
    logBytes,
    concurrency: positiveInt(values.concurrency ?? "8", "concurrency"),
    // Killing clients without retrying would lose results by design.
    retry: (values.retry ?? false) || (values.kill ?? false),
    kill: values.kill ?? false,
    attempts: positiveInt(values.attempts ?? "5", "attempts"),
    timeoutMs: Math.round(timeoutSeconds * 1000),
    keep: values.keep ?? false,
    rebuild: values.rebuild ?? false,
    appDir: path.resolve(values["app-dir"] ?? path.join(__dirname, "..", "..")),
    // --targets is a reuse of running servers: the first one answers the warm-up.
    reuseServer: values["reuse-server"] ?? targets?.[0],
    targets,
    token: values.token,
    serverPid: values["server-pid"] ? positiveInt(values["server-pid"], "server-pid") : undefined,
    serverNodeArgs: values["server-node-args"]?.split(/\s+/).filter(Boolean) ?? [],
  };
}
