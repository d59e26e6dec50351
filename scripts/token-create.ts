// npm run token:create -- --tinderbox NAME [--label TEXT]
// Creates the tinderbox if needed and prints a new upload token once. Audited
// like the admin UI's "Create token", with no user and actor "cli".
import { parseArgs } from "node:util";
import { recordAudit } from "../lib/audit/record";
import { createUploadToken } from "../lib/auth/upload-tokens";
import { db } from "../lib/db";
import { withDatabase } from "./lib/with-database";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { tinderbox: { type: "string" }, label: { type: "string", default: "" } },
  });
  if (!values.tinderbox) {
    console.error("usage: npm run token:create -- --tinderbox NAME [--label TEXT]");
    process.exit(2);
  }
  const tinderbox = values.tinderbox;
  await withDatabase(async () => {
    const created = await createUploadToken(tinderbox, values.label);
    await recordAudit(db, {
      userId: null,
      tokenId: created.tokenId,
      action: "token.create",
      target: `token:${created.tokenId}`,
      details: { tinderbox, label: values.label, actor: "cli" },
    });
    console.error(`Token ${created.tokenId} for tinderbox '${tinderbox}' (shown once, store it now):`);
    console.log(created.token);
  });
  await db.$disconnect();
}

main().catch((err: unknown) => {
  console.error(`token:create: ${(err as Error).message}`);
  process.exit(1);
});
