// npm run token:create writes the same audit entry as the admin UI's "Create
// token" (action token.create, the token's id), with no user and actor "cli".
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { expect, test } from "vitest";
import { authenticateUploadToken } from "@/lib/auth/upload-tokens";
import { db } from "@/lib/db";

const run = promisify(execFile);

test("token:create prints a working token and audits its creation as the cli", async () => {
  const tinderbox = `cli-${randomBytes(4).toString("hex")}`;
  const { stdout } = await run(
    "npx",
    ["tsx", "scripts/token-create.ts", "--tinderbox", tinderbox, "--label", "ci"],
    {
      env: process.env,
      timeout: 60_000,
    },
  );
  const token = stdout.trim();
  const row = await db.uploadToken.findFirstOrThrow({ where: { tinderbox: { name: tinderbox } } });
  expect(await authenticateUploadToken(`Bearer ${token}`)).toMatchObject({ ok: true, tokenId: row.id });
  const events = await db.auditEvent.findMany({ where: { target: `token:${row.id}` } });
  expect(events).toMatchObject([
    {
      action: "token.create",
      userId: null,
      tokenId: row.id,
      details: { tinderbox, label: "ci", actor: "cli" },
    },
  ]);
}, 90_000);
