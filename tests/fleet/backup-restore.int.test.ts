// Backup and restore as docs/operations.md says: pg_dump (custom format) of a
// database holding results in both the db and the fs store, plus a copy of the
// blob directory; pg_restore into a fresh database; every file read back through
// the app's read path, byte-identical (sha256), with the original blob directory gone.
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, expect, test } from "vitest";
import { createDatabaseIfMissing, dropDatabaseIfExists, withDatabase } from "@/lib/migrate/create-database";
import { migrateDeploy } from "@/lib/migrate/schema-engine";

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, "..", "..");
const work = mkdtempSync(path.join(os.tmpdir(), "kindling-backup-"));
const stamp = `${Date.now()}_${process.pid}`;
const sourceUrl = withDatabase(process.env.DATABASE_URL as string, `kindling_backup_${stamp}`);
const restoredUrl = withDatabase(process.env.DATABASE_URL as string, `kindling_restored_${stamp}`);

afterAll(async () => {
  await dropDatabaseIfExists(sourceUrl).catch(() => undefined);
  await dropDatabaseIfExists(restoredUrl).catch(() => undefined);
  rmSync(work, { recursive: true, force: true });
});

/** pg_dump/pg_restore of the server's major version (Debian keeps one per version). */
async function pgTool(name: string): Promise<string> {
  const client = new pg.Client({ connectionString: sourceUrl });
  await client.connect();
  const { rows } = await client.query<{ version: string }>(
    "SELECT current_setting('server_version_num') AS version",
  );
  await client.end();
  const major = Math.floor(Number(rows[0].version) / 10000);
  const tool = `/usr/lib/postgresql/${major}/bin/${name}`;
  if (!existsSync(tool)) throw new Error(`${tool} is missing: install postgresql-client-${major}`);
  return tool;
}

async function probe(args: string[], env: Record<string, string>): Promise<Record<string, string>> {
  const { stdout } = await run("npx", ["tsx", path.join(__dirname, "backup-probe.ts"), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    timeout: 120_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split("\n").pop() as string).files;
}

test("pg_dump + the blob directory, restored into a fresh database: every file reads back byte-identical", async () => {
  await createDatabaseIfMissing(sourceUrl);
  await migrateDeploy(sourceUrl);
  const blobDir = path.join(work, "blobs");
  const sent = {
    ...(await probe(["seed", "2"], { DATABASE_URL: sourceUrl, KINDLING_BLOB_STORE: "db" })),
    ...(await probe(["seed", "2"], {
      DATABASE_URL: sourceUrl,
      KINDLING_BLOB_STORE: "fs",
      KINDLING_BLOB_DIR: blobDir,
    })),
  };
  expect(Object.keys(sent)).toHaveLength(16);

  // The order docs/operations.md gives: the database first, then the blob directory.
  const dump = path.join(work, "kindling.dump");
  await run(await pgTool("pg_dump"), ["--format=custom", "--file", dump, sourceUrl]);
  const blobCopy = path.join(work, "blobs-backup");
  cpSync(blobDir, blobCopy, { recursive: true });
  rmSync(blobDir, { recursive: true, force: true });

  await createDatabaseIfMissing(restoredUrl);
  await run(await pgTool("pg_restore"), ["--no-owner", "--exit-on-error", "--dbname", restoredUrl, dump]);
  const read = await probe(["read"], { DATABASE_URL: restoredUrl, KINDLING_BLOB_DIR: blobCopy });
  expect(read).toEqual(sent);
}, 300_000);
