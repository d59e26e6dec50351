// The driver adapter the schema engine migrates through: @prisma/adapter-pg, with its shadow
// database handled here because adapter-pg 7.10 gets four things wrong for us:
// - it derives the shadow config by overriding `database` next to a connectionString, and pg
//   lets the connectionString win, so migrations would replay into the real database;
// - it drops the shadow database before closing its own pool, so the DROP fails
//   ("being accessed by other users") and every check leaks a database;
// - it rejects pg_catalog's `"char"` columns, which the engine reads (char-columns.ts);
// - it splits migration scripts on every ";", comments included (whole-scripts.ts).
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { parseIntoClientConfig } from "pg-connection-string";
import { withCharColumns } from "./char-columns";
import { createDatabaseIfMissing, dropDatabaseIfExists, withDatabase } from "./create-database";
import { withWholeScripts } from "./whole-scripts";

/** Same prefix as Prisma's, so a leftover is recognisable (and safe to drop). */
const SHADOW_PREFIX = "prisma_migrate_shadow_db_";

export type MigrationAdapter = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Closes the pools the engine opened: freeing the engine leaves them idling for ~10 s. */
  close(): Promise<void>;
};

export function migrationAdapter(url: string): MigrationAdapter {
  // Discrete fields, not a connectionString, so nothing overrides the database we pick.
  const target = new PrismaPg(parseIntoClientConfig(url));
  const opened: SqlDriverAdapter[] = [];
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: target.provider,
    adapterName: target.adapterName,
    async connect() {
      const adapter = await target.connect();
      opened.push(adapter);
      return withWholeScripts(withCharColumns(adapter));
    },
    async connectToShadowDb(): Promise<SqlDriverAdapter> {
      const shadowUrl = withDatabase(url, `${SHADOW_PREFIX}${randomUUID()}`);
      await createDatabaseIfMissing(shadowUrl);
      const shadow = await new PrismaPg(parseIntoClientConfig(shadowUrl)).connect();
      const closePool = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await closePool();
        await dropDatabaseIfExists(shadowUrl);
      };
      return withWholeScripts(withCharColumns(shadow));
    },
  };
  const close = async () => {
    // Ending a pool twice throws; the engine may already have disposed of some of them.
    await Promise.all(opened.splice(0).map((adapter) => adapter.dispose().catch(() => undefined)));
  };
  return { factory, close };
}
