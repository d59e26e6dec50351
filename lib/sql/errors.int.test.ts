// The SQLSTATE of a real PostgreSQL error, through Prisma's driver adapter and
// through node-pg: a statement timeout is 57014 both ways, a division by zero is not.
import pg from "pg";
import { afterAll, expect, test } from "vitest";
import { db } from "@/lib/db";
import { isStatementTimeout, sqlState } from "./errors";

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
afterAll(() => client.end());

async function caught(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected the query to fail");
}

test("a statement timeout through Prisma is 57014", async () => {
  const error = await caught(() =>
    db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL statement_timeout = 20");
      await tx.$queryRaw`SELECT pg_sleep(2)`;
    }),
  );
  expect(sqlState(error)).toBe("57014");
  expect(isStatementTimeout(error)).toBe(true);
  const other = await caught(() => db.$queryRaw`SELECT 1 / 0`);
  expect(sqlState(other)).toBe("22012");
  expect(isStatementTimeout(other)).toBe(false);
});

test("a statement timeout through node-pg is 57014", async () => {
  await client.connect();
  await client.query("SET statement_timeout = 20");
  const error = await caught(() => client.query("SELECT pg_sleep(2)"));
  expect(isStatementTimeout(error)).toBe(true);
  expect(isStatementTimeout(await caught(() => client.query("SELECT 1 / 0")))).toBe(false);
});

test("errors that are not PostgreSQL's have no SQLSTATE", () => {
  expect(sqlState(new Error("canceling statement due to statement timeout"))).toBeNull();
  expect(sqlState({ code: "ECONNRESET" })).toBeNull();
  expect(sqlState({ code: "P2010" })).toBeNull();
  expect(sqlState({ code: "P0001" })).toBe("P0001");
  expect(sqlState(null)).toBeNull();
  expect(isStatementTimeout("57014")).toBe(false);
});
