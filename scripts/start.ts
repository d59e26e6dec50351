// npm start: the whole dashboard with demo data on a fresh machine.
//  1. PostgreSQL: DATABASE_URL, or the embedded server under .data/pg.
//  2. Migrations (through the WebAssembly schema engine).
//  3. Demo data, once: only into a database without any build.
//  4. A production build when there is none (or with --rebuild), then `next start`.
// `npm run dev` does the same with `next dev` and no production build.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { explicitDatabaseUrl } from "../lib/database-url";
import { embeddedDataDir, ensureEmbeddedPostgres } from "../lib/embedded-postgres";
import { migrateDeploy } from "../lib/migrate/schema-engine";
import { runCommand } from "./lib/run-command";
import { serverNodeOptions } from "./lib/server-node-options";

const ROOT = path.resolve(__dirname, "..");
const NEXT_BIN = path.join(ROOT, "node_modules", ".bin", "next");

async function main(): Promise<void> {
  const dev = process.argv.includes("--dev");
  const port = process.env.PORT ?? "3000";
  const explicit = explicitDatabaseUrl();
  const embedded = explicit ? null : await ensureEmbeddedPostgres();
  const url = explicit ?? embedded?.url ?? "";
  process.env.DATABASE_URL = url;
  const { applied } = await migrateDeploy(url);
  console.log(
    `database ready (${explicit ? "DATABASE_URL" : `embedded, ${embeddedDataDir()}`}), ${applied.length} migration(s) applied`,
  );
  // Imported lazily: lib/db reads DATABASE_URL when first loaded.
  const { seedDemoIfEmpty } = await import("./lib/seed-demo");
  await seedDemoIfEmpty();
  const { ensureFirstAdmin } = await import("../lib/auth/first-admin");
  const admin = await ensureFirstAdmin();
  if (admin === "created") console.log("first admin created from KINDLING_ADMIN_EMAIL");
  const env = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" };
  if (
    !dev &&
    (process.argv.includes("--rebuild") ||
      !existsSync(path.join(ROOT, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID")))
  ) {
    await runCommand(NEXT_BIN, ["build"], env, ROOT);
  }
  const server = spawn(NEXT_BIN, [dev ? "dev" : "start", "-p", port], {
    stdio: "inherit",
    env: dev ? env : { ...env, NODE_OPTIONS: serverNodeOptions() },
    cwd: ROOT,
  });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  const code = await new Promise<number>((resolve) => server.on("exit", (c) => resolve(c ?? 0)));
  await embedded?.stop();
  process.exit(code);
}

main().catch((err: unknown) => {
  console.error(`start: ${(err as Error).message}`);
  process.exit(1);
});
