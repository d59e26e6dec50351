// The read side of `npm run bench:soak`: what a crowd of readers asks for (lists,
// failure pages, log windows, in-file searches, attachment bundles, feeds) and a
// few hostile requests from the abuse suite's list, each timed per route.
import http from "node:http";
import pg from "pg";

export interface RouteStats {
  count: number;
  errors: number;
  /** Answers with a 5xx other than a deliberate 503 (a saturated limit says so with Retry-After). */
  serverErrors: number;
  busy: number;
  times: number[];
}

export class RouteTimes {
  readonly routes = new Map<string, RouteStats>();

  record(route: string, ms: number, status: number | undefined): void {
    let stats = this.routes.get(route);
    if (!stats) {
      stats = { count: 0, errors: 0, serverErrors: 0, busy: 0, times: [] };
      this.routes.set(route, stats);
    }
    stats.count++;
    stats.times.push(ms);
    if (status === undefined) stats.errors++;
    else if (status === 503) stats.busy++;
    else if (status >= 500) stats.serverErrors++;
  }
}

/** What exists to read: filled from the database as uploads land. */
export interface ReadTargets {
  buildIds: number[];
  fileIds: Array<{ id: number; lines: number }>;
}

export async function loadTargets(databaseUrl: string): Promise<ReadTargets> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const builds = await client.query<{ id: number }>(`SELECT id FROM "Build" ORDER BY id DESC LIMIT 500`);
    const files = await client.query<{ id: number; lines: string }>(
      `SELECT id, coalesce("lineCount", 0) AS lines FROM "File" WHERE role = 'build-log' ORDER BY id DESC LIMIT 500`,
    );
    return {
      buildIds: builds.rows.map((row) => row.id),
      fileIds: files.rows.map((row) => ({ id: row.id, lines: Number(row.lines) })),
    };
  } finally {
    await client.end();
  }
}

const pick = <T>(items: T[]): T | undefined => items[Math.floor(Math.random() * items.length)];

/** One reader request: the route's name (for the table) and its path, or null when nothing is stored yet. */
export function readerRequest(targets: ReadTargets): { route: string; path: string } | null {
  const build = pick(targets.buildIds);
  const file = pick(targets.fileIds);
  const roll = Math.random();
  if (roll < 0.15) return { route: "GET /failures", path: "/failures" };
  if (roll < 0.25) return { route: "GET /failures?q=", path: "/failures?q=undeclared&kind=compile,link" };
  if (roll < 0.35)
    return { route: "GET /api/v1/failures", path: "/api/v1/failures?category=dev-*&pageSize=100" };
  if (roll < 0.4) return { route: "GET /feeds/failures.atom", path: "/feeds/failures.atom" };
  if (build === undefined || file === undefined) return null;
  if (roll < 0.6) return { route: "GET /builds/[id]", path: `/builds/${build}` };
  if (roll < 0.78) {
    const from = 1 + Math.floor(Math.random() * Math.max(1, file.lines - 200));
    return {
      route: "GET /api/v1/files/[id]/lines",
      path: `/api/v1/files/${file.id}/lines?from=${from}&to=${from + 199}`,
    };
  }
  if (roll < 0.9)
    return { route: "GET /api/v1/files/[id]/search", path: `/api/v1/files/${file.id}/search?q=error` };
  return {
    route: "GET /api/v1/builds/[id]/attachments.tar",
    path: `/api/v1/builds/${build}/attachments.tar`,
  };
}

/** Requests from the abuse suite's list: each must be answered (4xx or a 503), never a 500 or a hang. */
export function hostileRequest(targets: ReadTargets): { route: string; path: string } {
  const file = pick(targets.fileIds)?.id ?? 1;
  const options = [
    { route: "hostile: huge window", path: `/api/v1/files/${file}/lines?from=1&to=999999999` },
    { route: "hostile: long search", path: `/api/v1/files/${file}/search?q=${"a".repeat(5000)}` },
    { route: "hostile: list search", path: `/failures?q=${encodeURIComponent(`${"(".repeat(200)}%_\\`)}` },
    { route: "hostile: id", path: "/api/v1/files/99999999999999999999/raw" },
    { route: "hostile: callback", path: `/signin?callbackUrl=${encodeURIComponent("//evil.example/\\x")}` },
  ];
  return options[Math.floor(Math.random() * options.length)];
}

/** GETs `path`, reads the body to the end (a bundle streams), returns the status or undefined on a network error. */
export function timedGet(
  base: string,
  path: string,
  agent: http.Agent,
  timeoutMs: number,
): Promise<{ ms: number; status: number | undefined }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const request = http.get(new URL(path, base), { agent, timeout: timeoutMs }, (response) => {
      response.on("data", () => undefined);
      response.on("end", () => resolve({ ms: performance.now() - started, status: response.statusCode }));
      response.on("error", () => resolve({ ms: performance.now() - started, status: undefined }));
    });
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", () => resolve({ ms: performance.now() - started, status: undefined }));
  });
}

/** The nearest-rank percentile `p` (0-100) of `values`. */
export function percentileOf(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
