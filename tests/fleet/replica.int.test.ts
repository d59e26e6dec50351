// DATABASE_REPLICA_URL against a real streaming replica (pg_basebackup -R): the
// failure list is read from the standby and shows an upload written to the
// primary once replayed; the read client cannot write.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, test } from "vitest";
import { migrateDeploy } from "@/lib/migrate/schema-engine";
import { postgresBin, type ReplicaPair, startReplicaPair } from "./streaming-replica";

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, "..", "..");
let pair: ReplicaPair | undefined;

beforeAll(async () => {
  const bin = postgresBin();
  if (!bin) throw new Error("no PostgreSQL binaries under /usr/lib/postgresql (apt-get install postgresql)");
  pair = await startReplicaPair(bin);
  await migrateDeploy(pair.primaryUrl);
}, 120_000);

afterAll(async () => {
  await pair?.stop();
});

test("lists come from the replica (paused replay hides a new upload), writes through it are refused", async () => {
  if (!pair) throw new Error("no replica pair");
  const { stdout } = await run("npx", ["tsx", path.join(__dirname, "replica-probe.ts")], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: pair.primaryUrl, DATABASE_REPLICA_URL: pair.replicaUrl },
    timeout: 90_000,
  });
  const probe = JSON.parse(stdout.trim().split("\n").pop() as string);
  expect(probe.inRecovery).toBe(true);
  expect(probe.primaryInRecovery).toBe(false);
  expect(probe.listed).toContain(probe.buildId);
  expect(probe.listedWhilePaused).not.toContain(probe.laterId);
  expect(probe.listedAfterReplay).toContain(probe.laterId);
  expect(probe.write).toMatch(/read-only transaction/);
}, 120_000);
