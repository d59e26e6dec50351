// Runs a command-line task against DATABASE_URL, or the embedded PostgreSQL
// when it is unset, after bringing the schema up to date, so every script works
// on a fresh machine (docs/migrations.md).

import { withDatabaseUrl } from "../../lib/database-url";
import { db } from "../../lib/db";
import { migrateDeploy } from "../../lib/migrate/schema-engine";

export async function withDatabase<T>(task: () => Promise<T>): Promise<T> {
  return withDatabaseUrl(async (url) => {
    // lib/db reads DATABASE_URL lazily through env(); the embedded URL is its default.
    process.env.DATABASE_URL ??= url;
    await migrateDeploy(url);
    try {
      return await task();
    } finally {
      await db.$disconnect();
    }
  });
}
