import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { withWholeScripts } from "./whole-scripts";

const databaseUrl = inject("databaseUrl");
const client = new pg.Client({ connectionString: databaseUrl });
const factory = new PrismaPg(parseIntoClientConfig(databaseUrl));

beforeAll(() => client.connect());
afterAll(() => client.end());

async function runScript(script: string): Promise<void> {
  const adapter = withWholeScripts(await factory.connect());
  try {
    await adapter.executeScript(script);
  } finally {
    await adapter.dispose();
  }
}

test("a ';' in a comment or a string literal is part of the statement, not a split point", async () => {
  await runScript(`
    -- one comment; with a semicolon
    CREATE TABLE "whole_script_probe" ("note" text DEFAULT 'a;b');
    /* block; comment */
    INSERT INTO "whole_script_probe" DEFAULT VALUES;
  `);
  const { rows } = await client.query<{ note: string }>(`SELECT "note" FROM "whole_script_probe"`);
  expect(rows).toEqual([{ note: "a;b" }]);
});

test("a script that fails halfway applies nothing, and the error names the cause", async () => {
  await expect(
    runScript(`
      CREATE TABLE "whole_script_half" ("id" int);
      SELECT no_such_function();
    `),
  ).rejects.toThrow(/no_such_function/);
  const { rows } = await client.query(`SELECT to_regclass('"whole_script_half"') AS "table"`);
  expect(rows[0].table).toBeNull();
});
