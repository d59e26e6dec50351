// Kindling's migration commands (docs/migrations.md), built on the wasm schema engine because
// the Prisma CLI cannot fetch its native engine here. scripts/migrate.ts, scripts/start.ts and
// the integration-test setup all go through these functions.
import type { DiffTarget, SchemaFilter } from "@prisma/schema-engine-wasm";
import { createDatabaseIfMissing } from "./create-database";
import { migrationFolderName, readMigrationList, readSchemaFiles, writeMigration } from "./migrations-dir";
import { withSchemaEngine } from "./wasm-engine";

export { createDatabaseIfMissing };

/** Nothing in the database is managed outside Prisma, so nothing is filtered out. */
const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

/** The engine answers exit code 2 when `exitCode: true` and the diff is not empty. */
const DIFF_NOT_EMPTY = 2;

/** Applies every migration in prisma/migrations not yet recorded in `_prisma_migrations`. */
export async function applyMigrations(url: string): Promise<string[]> {
  const [migrationsList, files] = await Promise.all([readMigrationList(), readSchemaFiles()]);
  if (migrationsList.migrationDirectories.length === 0) return [];
  // The engine validates a datamodel on start even when it only replays SQL files.
  const output = await withSchemaEngine(url, files, (engine) =>
    engine.applyMigrations({ migrationsList, filters: NO_FILTER }),
  );
  return output.appliedMigrationNames;
}

/**
 * The SQL that would take a database built from prisma/migrations to schema.prisma, or null
 * when they agree. Replaying the migrations needs a shadow database, which the engine creates
 * (and drops) on the server at `serverUrl`; the database named in that URL is not touched.
 */
export async function diffMigrationsToSchema(serverUrl: string): Promise<string | null> {
  const [migrationsList, files] = await Promise.all([readMigrationList(), readSchemaFiles()]);
  const from: DiffTarget =
    migrationsList.migrationDirectories.length === 0
      ? { tag: "empty" }
      : { tag: "migrations", ...migrationsList };
  const result = await withSchemaEngine(serverUrl, files, (engine) =>
    engine.diff({
      from,
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: true,
      filters: NO_FILTER,
    }),
  );
  return result.exitCode === DIFF_NOT_EMPTY ? (result.stdout ?? "") : null;
}

/** `npm run db:migrate`: creates the database when missing, then applies pending migrations. */
export async function migrateDeploy(url: string): Promise<{ applied: string[] }> {
  await createDatabaseIfMissing(url);
  return { applied: await applyMigrations(url) };
}

/**
 * `npm run db:check`: how schema.prisma differs from the migrations, or null. The server at
 * `url` hosts the shadow database (scripts/migrate.ts picks DATABASE_URL's or the embedded one).
 */
export function schemaDrift(url: string): Promise<string | null> {
  return diffMigrationsToSchema(url);
}

/** `npm run db:migration:new -- NAME`: writes the next migration; null when nothing changed. */
export async function newMigration(name: string, url: string): Promise<string | null> {
  const folder = migrationFolderName(name);
  const sql = await schemaDrift(url);
  if (sql === null) return null;
  return writeMigration(folder, sql);
}
