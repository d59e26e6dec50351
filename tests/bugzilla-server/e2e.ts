// The test Bugzilla the e2e server starts next to Next (scripts/e2e-server.ts),
// on a port derived from the app's, with one known API key; e2e/bugzilla.spec.ts
// drives it through /__test/*. E2E_BUGZILLA=off leaves it out.
import { type BugzillaTestServer, startBugzillaServer } from "./server";

export const E2E_BUGZILLA_KEY = "E2eBugzillaKey0123456789abcdefghijklmnop";
export const E2E_SECRET_KEY = "kindling-e2e-secret-key-not-for-production-use";

export function bugzillaPortFor(appPort: number): number {
  return appPort + 2000;
}

/** /__test/* on a port of its own, reachable while the API is "down". */
export function bugzillaControlUrl(appPort: number): string {
  return `http://127.0.0.1:${bugzillaPortFor(appPort) + 1}`;
}

/** The env the Next server needs to use it, or nothing when switched off. */
export async function startE2eBugzilla(
  appPort: number,
): Promise<{ server: BugzillaTestServer; env: Record<string, string> } | null> {
  if (process.env.E2E_BUGZILLA === "off") return null;
  const server = await startBugzillaServer({
    apiKeys: { [E2E_BUGZILLA_KEY]: "maintainer@e2e.kindling.test" },
    port: bugzillaPortFor(appPort),
    controlPort: bugzillaPortFor(appPort) + 1,
  });
  return {
    server,
    // REST only: enter_bug.cgi links keep pointing at bugs.gentoo.org (e2e/bug-filing.spec.ts checks them).
    env: {
      BUGZILLA_REST_URL: server.url,
      KINDLING_SECRET_KEY: process.env.KINDLING_SECRET_KEY ?? E2E_SECRET_KEY,
      BUGZILLA_SYNC_MINUTES: "0",
    },
  };
}
