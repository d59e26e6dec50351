// A tracker rule PostgreSQL cannot evaluate is an expected failure, recognised by
// SQLSTATE (the message text follows lc_messages): a regex its engine refuses, a timeout.
import { expect, test } from "vitest";
import { db } from "@/lib/db";
import { isRuleFailure, withBudget } from "./burndown";

async function caught(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected the query to fail");
}

test("an invalid regular expression and a statement timeout are rule failures; other errors are not", async () => {
  // RE2 accepts a{1001}; PostgreSQL's engine refuses counts over 255 (2201B).
  const regex = await caught(() => db.$queryRaw`SELECT 'x' ~* ${"a{1001}"}`);
  expect(isRuleFailure(regex)).toBe(true);
  const timeout = await caught(() =>
    withBudget(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL statement_timeout = 20");
      await tx.$queryRaw`SELECT pg_sleep(2)`;
    }),
  );
  expect(isRuleFailure(timeout)).toBe(true);
  expect(isRuleFailure(await caught(() => db.$queryRaw`SELECT 1 / 0`))).toBe(false);
});
