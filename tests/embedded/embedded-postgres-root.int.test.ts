// As root, the embedded PostgreSQL runs as the `postgres` user, which cannot enter a clone
// under /root or a `mktemp -d` directory: the data and binaries move where it can reach them.
import { cpSync, mkdtempSync, rmSync, statSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, test } from "vitest";
import { packageNativeDir, postgresUser, RootCluster, rootSite } from "@/lib/embedded-postgres-root";

const REPO = path.resolve(__dirname, "..", "..");
const isRoot = process.getuid?.() === 0;
const cleanup: string[] = [];
afterAll(() => {
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

test.skipIf(!isRoot)(
  "as root, a repo in a 0700 directory gets a cluster that starts (needs root, skipped otherwise)",
  async () => {
    const repo = mkdtempSync(path.join(os.tmpdir(), "kindling-private-"));
    cleanup.push(repo);
    expect(statSync(repo).mode & 0o777).toBe(0o700);
    // The binaries inside the private directory, as node_modules of a clone there would be.
    cpSync(packageNativeDir(REPO), packageNativeDir(repo), { recursive: true, verbatimSymlinks: true });
    const site = rootSite(repo, path.join(repo, ".data", "pg"), postgresUser());
    const base = path.dirname(site.dataDir);
    cleanup.push(base);
    expect(base).toMatch(/^\/var\/tmp\/kindling-pg-[0-9a-f]{12}$/);
    expect(site.nativeDir).toBe(path.join(base, "native"));
    const port = await freePort();
    const log: string[] = [];
    const cluster = new RootCluster({
      nativeDir: site.nativeDir ?? "",
      databaseDir: site.dataDir,
      port,
      user: "postgres",
      password: "secret",
      initdbFlags: ["--encoding=UTF8", "--locale=C"],
      postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
      onLog: (line) => log.push(line),
    });
    try {
      await cluster.initialise();
      await cluster.start();
      const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password: "secret" });
      await client.connect();
      const { rows } = await client.query("select current_setting('data_directory') as dir");
      await client.end();
      expect(rows[0].dir).toBe(site.dataDir);
      // A second site for the same repo reuses the copy instead of copying again.
      expect(rootSite(repo, path.join(repo, ".data", "pg"), postgresUser())).toEqual(site);
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${log.join("\n")}`);
    } finally {
      await cluster.stop();
    }
  },
  120_000,
);

test.skipIf(!isRoot)(
  "as root, a reachable repo keeps .data/pg and the package's binaries (needs root, skipped otherwise)",
  () => {
    const site = rootSite(REPO, path.join(REPO, ".data", "pg"), postgresUser());
    expect(site).toEqual({ dataDir: path.join(REPO, ".data", "pg"), nativeDir: null });
  },
);
