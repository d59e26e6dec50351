import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { schemaDrift } from "@/lib/migrate/schema-engine";

const repoRoot = path.resolve(__dirname, "..");
const databaseUrl = inject("databaseUrl");
const client = new pg.Client({ connectionString: databaseUrl });

beforeAll(() => client.connect());
afterAll(() => client.end());

/** Read from the repository, so the test follows the schema instead of restating it. */
async function modelNames(): Promise<string[]> {
  const schema = await readFile(path.join(repoRoot, "prisma", "schema.prisma"), "utf8");
  return [...schema.matchAll(/^model\s+(\w+)\s*\{/gm)].map((match) => match[1]);
}

test("the run has a database of its own, reachable through DATABASE_URL", async () => {
  expect(process.env.DATABASE_URL).toBe(databaseUrl);
  const { rows } = await client.query<{ name: string }>("SELECT current_database() AS name");
  expect(rows[0].name).toMatch(/^kindling_test_\d+_[0-9a-f]+$/);
});

test("every model has its table", async () => {
  const { rows } = await client.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
  );
  const tables = rows.map((row) => row.tablename);
  expect(tables).toEqual(expect.arrayContaining([...(await modelNames()), "_prisma_migrations"]));
});

test("every migration folder is recorded as applied", async () => {
  const entries = await readdir(path.join(repoRoot, "prisma", "migrations"), { withFileTypes: true });
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const { rows } = await client.query<{ migration_name: string }>(
    "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
  );
  expect(rows.map((row) => row.migration_name).sort()).toEqual(folders.sort());
});

test("schema.prisma and the migrations agree", async () => {
  expect(await schemaDrift(databaseUrl)).toBeNull();
});
