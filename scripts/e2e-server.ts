// The server the Playwright suite talks to: a fresh database (on DATABASE_URL's
// server, or the embedded one), migrated, loaded with the corpus cases, and a
// production build. The database is dropped when Playwright stops the server.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { explicitDatabaseUrl } from "../lib/database-url";
import { ensureEmbeddedPostgres } from "../lib/embedded-postgres";
import { createDatabaseIfMissing, dropDatabaseIfExists, withDatabase } from "../lib/migrate/create-database";
import { migrateDeploy } from "../lib/migrate/schema-engine";
import { startE2eBugzilla } from "../tests/bugzilla-server/e2e";
import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, oidcPortFor } from "../tests/security/oidc-provider";
import { runCommand } from "./lib/run-command";

const ROOT = path.resolve(__dirname, "..");
const NEXT_BIN = path.join(ROOT, "node_modules", ".bin", "next");

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: "string", default: "3100" } } });
  const server = explicitDatabaseUrl() ?? (await ensureEmbeddedPostgres()).url;
  const url = withDatabase(server, `kindling_e2e_${Date.now()}_${process.pid}`);
  await createDatabaseIfMissing(url);
  process.env.DATABASE_URL = url;
  const cleanup = async () => {
    const { db } = await import("../lib/db");
    await db.$disconnect().catch(() => undefined);
    if (!process.env.KEEP_TEST_DB) await dropDatabaseIfExists(url).catch(() => undefined);
  };
  try {
    await migrateDeploy(url);
    const { seedE2e } = await import("./lib/seed-e2e");
    await seedE2e();
    // The test Bugzilla for e2e/bugzilla.spec.ts (filing, duplicates, status sync).
    const bugzilla = await startE2eBugzilla(Number(values.port));
    const env = {
      ...process.env,
      ...bugzilla?.env,
      DATABASE_URL: url,
      NEXT_TELEMETRY_DISABLED: "1",
      KINDLING_PUBLIC_URL: `http://127.0.0.1:${values.port}`,
      ...signInEnv(Number(values.port)),
    };
    const distDir = process.env.NEXT_DIST_DIR || ".next";
    // CI builds once per run; a second server of the same run (E2E_REUSE_BUILD) serves that build.
    const fresh = (process.env.CI && !process.env.E2E_REUSE_BUILD) || process.env.E2E_REBUILD;
    if (fresh || !existsSync(path.join(ROOT, distDir, "BUILD_ID"))) {
      await runCommand(NEXT_BIN, ["build"], env, ROOT);
    }
    const next = spawn(NEXT_BIN, ["start", "-p", values.port ?? "3100", "-H", "127.0.0.1"], {
      stdio: "inherit",
      env,
      cwd: ROOT,
    });
    const stop = () => next.kill("SIGTERM");
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    await new Promise((resolve) => next.on("exit", resolve));
    await bugzilla?.server.close();
  } finally {
    await cleanup();
  }
  process.exit(0);
}

/** Sign-in for the specs: a fixed session secret and the OIDC provider e2e/auth-oidc.spec.ts starts. */
function signInEnv(port: number): Record<string, string> {
  return {
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "kindling-e2e-session-secret-not-for-production",
    KINDLING_OIDC_ISSUER: process.env.KINDLING_OIDC_ISSUER ?? `http://127.0.0.1:${oidcPortFor(port)}`,
    KINDLING_OIDC_CLIENT_ID: process.env.KINDLING_OIDC_CLIENT_ID ?? OIDC_CLIENT_ID,
    KINDLING_OIDC_CLIENT_SECRET: process.env.KINDLING_OIDC_CLIENT_SECRET ?? OIDC_CLIENT_SECRET,
    KINDLING_OIDC_NAME: process.env.KINDLING_OIDC_NAME ?? "Test OIDC",
    KINDLING_OIDC_ROLE_RULES:
      process.env.KINDLING_OIDC_ROLE_RULES ?? "@gentoo.example=maintainer; @users.example=viewer",
  };
}

main().catch((err: unknown) => {
  console.error(`e2e-server: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
