// Creating and dropping whole databases is not the schema engine's job here: its wasm build has
// no createDatabase, and the embedded server, DATABASE_URL servers and test runs all need it.
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";

/** Server-level maintenance databases, tried in order, to run CREATE/DROP DATABASE from. */
const MAINTENANCE_DATABASES = ["postgres", "template1"];

/**
 * CREATE DATABASE cannot run inside the database it creates (nor DROP inside the one it
 * drops), so `work` gets a client on a maintenance database of the same server, same user.
 */
export async function withMaintenanceClient<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const config = parseIntoClientConfig(url);
  let lastError: unknown;
  for (const database of MAINTENANCE_DATABASES) {
    const client = new pg.Client({ ...config, database });
    client.on("error", () => undefined);
    try {
      await client.connect();
    } catch (error) {
      lastError = error;
      continue;
    }
    try {
      return await work(client);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  throw new Error(
    `Cannot reach a maintenance database on ${config.host}:${config.port}: ${String(lastError)}`,
  );
}

function databaseName(url: string): string {
  const name = parseIntoClientConfig(url).database;
  if (!name) throw new Error("The database URL names no database");
  return name;
}

/** Returns whether it created the database the URL names. */
export function createDatabaseIfMissing(url: string): Promise<boolean> {
  const name = databaseName(url);
  return withMaintenanceClient(url, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    return true;
  });
}

/** FORCE ends sessions a crashed or pooled client left behind (PostgreSQL 13+). */
export function dropDatabaseIfExists(url: string): Promise<void> {
  const name = databaseName(url);
  return withMaintenanceClient(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  });
}

/** The same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}
