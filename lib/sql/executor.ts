// One small interface for parameterised SQL, so the same write code runs on a
// node-pg connection (the ingest hot path) and inside a Prisma transaction
// (callers that already hold one, such as tests and scripts).
import { createHash } from "node:crypto";
import pg from "pg";
import type { Prisma, PrismaClient } from "@/lib/db";

/** Runs one statement; values bind to $1, $2, ... and are never spliced into the text. */
export interface Sql {
  query<T extends object>(text: string, values?: readonly unknown[]): Promise<T[]>;
}

/** A node-pg connection or pool, or a Prisma client: whatever can open a transaction. */
export type Database = pg.Pool | PrismaClient;

/** What shared write code accepts: a Sql, or the Prisma transaction a caller already holds. */
export type SqlSource = Sql | Prisma.TransactionClient;

export function asSql(source: SqlSource): Sql {
  return "$queryRawUnsafe" in source ? prismaSql(source) : source;
}

/**
 * Statements go out as named prepared statements: PostgreSQL parses and plans
 * each text once per connection instead of once per upload (an upload runs ~20).
 * Only for the fixed texts of the write paths that use pgSql: a text built per
 * call would leave a prepared statement per variant on every connection.
 */
export function pgSql(client: pg.Pool | pg.ClientBase): Sql {
  return {
    async query<T extends object>(text: string, values: readonly unknown[] = []) {
      const result = await client.query({ name: statementName(text), text, values: values as unknown[] });
      return result.rows as T[];
    },
  };
}

const statementNames = new Map<string, string>();

function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `k_${createHash("sha256").update(text).digest("hex").slice(0, 24)}`;
    statementNames.set(text, name);
  }
  return name;
}

export function prismaSql(tx: Prisma.TransactionClient): Sql {
  return {
    query: <T extends object>(text: string, values: readonly unknown[] = []) =>
      tx.$queryRawUnsafe<T[]>(text, ...values),
  };
}

// The limits ingest's Prisma transactions had; the pg pool's equivalents are in pool.ts.
const MAX_WAIT_MS = 30_000;
const TIMEOUT_MS = 120_000;

/** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
export async function transaction<T>(database: Database, work: (sql: Sql) => Promise<T>): Promise<T> {
  if (!(database instanceof pg.Pool)) {
    return database.$transaction((tx) => work(prismaSql(tx)), { maxWait: MAX_WAIT_MS, timeout: TIMEOUT_MS });
  }
  const client = await database.connect();
  try {
    await client.query("BEGIN");
    const result = await work(pgSql(client));
    await client.query("COMMIT");
    client.release();
    return result;
  } catch (err) {
    // A connection whose ROLLBACK failed is in an unknown state: the pool drops it.
    await client.query("ROLLBACK").then(
      () => client.release(),
      (rollbackError: Error) => client.release(rollbackError),
    );
    throw err;
  }
}

/** True for PostgreSQL's unique_violation on the named constraint. */
export function isUniqueViolation(err: unknown, constraint: string): boolean {
  return err instanceof pg.DatabaseError && err.code === "23505" && err.constraint === constraint;
}
