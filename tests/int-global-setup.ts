// Global setup of the `int` vitest project: every run gets a fresh, migrated database of its
// own on a real PostgreSQL (DATABASE_URL's server when set, else the embedded one), so runs
// never see each other's rows and a failed run leaves nothing behind but its own database.
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { explicitDatabaseUrl } from "@/lib/database-url";
import { ensureEmbeddedPostgres } from "@/lib/embedded-postgres";
import { createDatabaseIfMissing, dropDatabaseIfExists, withDatabase } from "@/lib/migrate/create-database";
import { migrateDeploy } from "@/lib/migrate/schema-engine";

declare module "vitest" {
  export interface ProvidedContext {
    /** The URL of this run's test database; also in the workers' process.env.DATABASE_URL. */
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const explicitUrl = explicitDatabaseUrl();
  const embedded = explicitUrl ? undefined : await ensureEmbeddedPostgres();
  const serverUrl = explicitUrl ?? embedded?.url ?? "";
  const name = `kindling_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const url = withDatabase(serverUrl, name);

  await createDatabaseIfMissing(url);
  await migrateDeploy(url);
  // Workers are forked after global setup and inherit this environment, so lib/env.ts and
  // lib/db.ts point at the test database without any test-only code path.
  process.env.DATABASE_URL = url;
  project.provide("databaseUrl", url);

  return async () => {
    if (process.env.KEEP_TEST_DB === "1") {
      console.log(`KEEP_TEST_DB=1: kept ${name}`);
    } else {
      await dropDatabaseIfExists(url);
    }
    await embedded?.stop();
  };
}
