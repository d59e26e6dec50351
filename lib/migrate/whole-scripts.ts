// adapter-pg 7.10's executeScript splits a migration on every ";" and runs the pieces
// one by one, so a ";" inside a comment, a string literal or a function body breaks
// the migration (seen: "syntax error at or near ..." from a comment), and a failure
// halfway leaves the first statements applied. Prisma's own engine sends the script
// as ONE simple query; this does the same, which PostgreSQL runs as one implicit
// transaction: a migration applies whole or not at all.
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";

type PgClient = { query(sql: string): Promise<unknown> };
/** adapter-pg's pg client or pool, and its private mapper to the errors the engine reports. */
type PgInternals = { underlyingDriver(): PgClient; onError(error: unknown): never };

export function withWholeScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const internals = adapter as unknown as Partial<PgInternals>;
  const client = internals.underlyingDriver?.();
  if (typeof client?.query !== "function" || typeof internals.onError !== "function") {
    throw new Error("@prisma/adapter-pg internals changed: update lib/migrate/whole-scripts.ts");
  }
  const onError = internals.onError.bind(adapter);
  adapter.executeScript = async (script: string): Promise<void> => {
    try {
      await client.query(script);
    } catch (error) {
      onError(error);
    }
  };
  return adapter;
}
