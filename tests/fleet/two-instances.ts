// Two `next start` instances on one database (scripts/test.sh runs this after the
// e2e suite and serves that suite's build): the same upload sent to both at the
// same moment is stored once; the ingest bench across both, with 50 uploads in
// flight, killed connections, retries that move to the other instance, and
// instance b killed outright (SIGKILL) and restarted mid-run, ends with 0 lost /
// 0 duplicated / 0 partial / 0 sha256 differences; a file retention removed is
// reported as removed by both.
//   npx tsx tests/fleet/two-instances.ts [--results 300] [--app-dir DIR]
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { explicitDatabaseUrl } from "@/lib/database-url";
import { ensureEmbeddedPostgres } from "@/lib/embedded-postgres";
import { createDatabaseIfMissing, dropDatabaseIfExists, withDatabase } from "@/lib/migrate/create-database";
import { migrateDeploy } from "@/lib/migrate/schema-engine";
import { nextBuild } from "@/scripts/bench/build";
import { PayloadFactory } from "@/scripts/bench/payloads";
import { freePort, startNext, stopProcess, waitForHealth } from "@/scripts/bench/server";
import { uploadOnce } from "@/scripts/bench/upload";

const ROOT = path.resolve(__dirname, "..", "..");
const RACE_ROUNDS = 8;
/** When instance b is killed, counted from the bench's start (its warm-up and first uploads are done). */
const CRASH_AFTER_MS = 6000;

/** One `next start` on a fixed port, which can be killed outright and started again. */
class Instance {
  readonly url: string;
  /** Every log this instance wrote (one per start), printed in part when the run fails. */
  readonly logFiles: string[] = [];
  private child: ChildProcess | undefined;

  constructor(
    private readonly name: string,
    private readonly appDir: string,
    private readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  async start(): Promise<void> {
    const logFile = path.join(os.tmpdir(), `kindling-fleet-${this.name}-${this.port}-${Date.now()}.log`);
    const child = startNext(this.appDir, this.port, { ...this.env, KINDLING_PUBLIC_URL: this.url }, logFile);
    this.child = child;
    this.logFiles.push(logFile);
    await waitForHealth(this.url, child);
    console.log(`fleet: instance ${this.name} at ${this.url} (log ${logFile})`);
  }

  /** SIGKILL to the server and every process under it (no shutdown), then a fresh start on the same port. */
  async crashAndRestart(): Promise<void> {
    const pid = this.child?.pid;
    if (pid === undefined) return;
    const exited = new Promise((resolve) => this.child?.once("exit", resolve));
    for (const victim of [...descendants(pid), pid]) {
      try {
        process.kill(victim, "SIGKILL");
      } catch {
        // already gone
      }
    }
    await exited;
    console.log(`fleet: instance ${this.name} killed (SIGKILL) mid-run`);
    await this.start();
  }

  async stop(): Promise<void> {
    if (this.child) await stopProcess(this.child);
  }
}

/** The error lines of the instances' logs (at most 40 per file): what CI keeps of a failed run. */
function printErrors(logFiles: string[]): void {
  for (const file of logFiles) {
    const lines = readFileSync(file, "utf8").split("\n");
    const errors = lines.filter((line) => /error|⨯|ECONN|EPIPE|abort/i.test(line)).slice(0, 40);
    console.error(`fleet: ${file}: ${lines.length} lines, ${errors.length} error line(s) shown`);
    for (const line of errors) console.error(`  ${line}`);
  }
}

/** Every process below `pid`, from /proc (children before their parents are not needed: all get SIGKILL). */
function descendants(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const child of parents.get(parent) ?? []) {
      found.push(child);
      walk(child);
    }
  };
  walk(pid);
  return found;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { results: { type: "string", default: "300" }, "app-dir": { type: "string", default: ROOT } },
  });
  const appDir = path.resolve(values["app-dir"] ?? ROOT);
  const embedded = explicitDatabaseUrl() ? undefined : await ensureEmbeddedPostgres();
  const databaseUrl = withDatabase(
    explicitDatabaseUrl() ?? (embedded?.url as string),
    `kindling_fleet_${Date.now()}`,
  );
  await createDatabaseIfMissing(databaseUrl);
  const servers: Array<{ stop: () => Promise<void> }> = [];
  try {
    await migrateDeploy(databaseUrl);
    process.env.DATABASE_URL = databaseUrl;
    const { createUploadToken } = await import("@/lib/auth/upload-tokens");
    const { token } = await createUploadToken("kindling-fleet", "two-instances test");
    const env = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" };
    const distDir = path.join(appDir, process.env.NEXT_DIST_DIR || ".next");
    if (!existsSync(path.join(distDir, "BUILD_ID"))) await nextBuild(appDir, env);
    const instances: Instance[] = [];
    for (const name of ["a", "b"]) {
      const instance = new Instance(name, appDir, await freePort(), env);
      servers.push(instance);
      await instance.start();
      instances.push(instance);
    }
    const urls = instances.map((instance) => instance.url);
    const raceFailures = await sameUploadToBoth(urls, token, databaseUrl);
    // Mid-run, instance b dies (SIGKILL, uploads in flight cut) and comes back: its
    // clients' retries go to a meanwhile, and nothing may be lost, doubled or half-stored.
    const bench = runBench(urls, token, databaseUrl, values.results ?? "300");
    await new Promise((resolve) => setTimeout(resolve, CRASH_AFTER_MS));
    await instances[1].crashAndRestart();
    const benchCode = await bench;
    raceFailures.push(...(await removedFileOnBoth(urls)));
    if (raceFailures.length > 0) for (const failure of raceFailures) console.error(`fleet: ${failure}`);
    if (benchCode !== 0) {
      console.error(`fleet: bench:ingest across both instances exited ${benchCode}`);
      for (const instance of instances) printErrors(instance.logFiles);
    }
    return raceFailures.length === 0 && benchCode === 0 ? 0 : 1;
  } finally {
    for (const server of servers) await server.stop();
    const { db } = await import("@/lib/db");
    await db.$disconnect().catch(() => undefined);
    const { closeSqlPool } = await import("@/lib/sql/pool");
    await closeSqlPool().catch(() => undefined);
    if (!process.env.KEEP_TEST_DB) await dropDatabaseIfExists(databaseUrl).catch(() => undefined);
    await embedded?.stop();
  }
}

/** Each round sends one result to both instances at once: both answer 2xx, one says created, one build exists. */
async function sameUploadToBoth(urls: string[], token: string, databaseUrl: string): Promise<string[]> {
  const agent = new http.Agent({ keepAlive: false });
  const payloads = new PayloadFactory(`race-${Date.now().toString(36)}`, 256 * 1024);
  const failures: string[] = [];
  const keys: string[] = [];
  for (let round = 0; round < RACE_ROUNDS; round++) {
    const payload = payloads.result(round);
    keys.push(payload.idempotencyKey);
    const answers = await Promise.all(urls.map((url) => uploadOnce({ url, token, agent }, payload, 60_000)));
    const created = answers.filter((answer) => answer.ok && answer.created).length;
    if (answers.some((answer) => !answer.ok) || created !== 1)
      failures.push(`race round ${round}: answers ${JSON.stringify(answers)}`);
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ key: string; builds: number; files: number }>(
      `SELECT b."idempotencyKey" AS key, count(DISTINCT b.id)::int AS builds, count(f.id)::int AS files
         FROM "Build" b JOIN "File" f ON f."buildId" = b.id
        WHERE b."idempotencyKey" = ANY($1::text[]) GROUP BY b."idempotencyKey"`,
      [keys],
    );
    if (rows.length !== keys.length || rows.some((row) => row.builds !== 1 || row.files !== 6))
      failures.push(`race: stored ${JSON.stringify(rows)} for ${keys.length} results sent twice`);
  } finally {
    await client.end();
  }
  console.log(
    `fleet: the same upload sent to both instances at once, ${RACE_ROUNDS} times: ${failures.length === 0 ? "stored once each" : "FAILED"}`,
  );
  return failures;
}

/**
 * A build log that retention removed, as both instances serve it: the failure and
 * file pages say so, the raw and lines APIs answer 410 with the same sentence.
 */
async function removedFileOnBoth(urls: string[]): Promise<string[]> {
  const { db } = await import("@/lib/db");
  const { purgeFiles } = await import("@/lib/retention/purge");
  const file = await db.file.findFirstOrThrow({ where: { role: "build-log" }, orderBy: { id: "asc" } });
  await purgeFiles([file.id], new Date());
  const failures: string[] = [];
  const expect = async (url: string, status: number, text: string) => {
    const response = await fetch(url);
    const body = await response.text();
    if (response.status !== status || !body.includes(text))
      failures.push(`${url}: ${response.status}, ${body.includes(text) ? "says" : "does not say"} "${text}"`);
  };
  const sentence = "removed on";
  for (const url of urls) {
    await expect(`${url}/files/${file.id}`, 200, sentence);
    await expect(`${url}/builds/${file.buildId}`, 200, sentence);
    await expect(`${url}/api/v1/files/${file.id}/lines?from=1&to=5`, 410, "by the retention policy");
  }
  const raw = await fetch(`${urls[0]}/api/v1/files/${file.id}/raw`);
  if (raw.status !== 410) failures.push(`raw download of a removed file: ${raw.status}, not 410`);
  console.log(
    `fleet: a removed build log on both instances: ${failures.length === 0 ? "pages say so, APIs answer 410" : "FAILED"}`,
  );
  return failures;
}

/** scripts/bench-ingest.ts across both instances; its exit code says whether every result is stored once, whole. */
function runBench(urls: string[], token: string, databaseUrl: string, results: string): Promise<number> {
  const args = [
    "tsx",
    path.join(ROOT, "scripts", "bench-ingest.ts"),
    "--targets",
    urls.join(","),
    "--token",
    token,
  ];
  args.push("--results", results, "--concurrency", "50", "--retry", "--kill", "--log-size", "256K");
  // A tinderbox retries for longer than an instance takes to come back (8 attempts back off ~21 s).
  args.push("--attempts", "8");
  return new Promise((resolve) => {
    const child = spawn("npx", args, {
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`fleet: ${(err as Error).stack ?? err}`);
    process.exit(1);
  },
);
