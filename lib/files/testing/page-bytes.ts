// HTTP measurements for the log viewer benchmark (scripts/bench-logview.ts):
// bytes on the wire as a browser asking for gzip would receive them, and time.
import type { ChildProcess, spawn as spawnFn } from "node:child_process";
import { request } from "node:http";
import path from "node:path";
import { gunzipSync } from "node:zlib";

export interface Fetched {
  status: number;
  /** Bytes received on the wire (compressed when the server compressed). */
  wireBytes: number;
  ms: number;
}

export function fetchWire(url: string): Promise<Fetched & { body: Buffer }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { "accept-encoding": "gzip" } }, (res) => {
      const pieces: Buffer[] = [];
      res.on("data", (piece: Buffer) => pieces.push(piece));
      res.on("end", () => {
        const wire = Buffer.concat(pieces);
        const body = res.headers["content-encoding"] === "gzip" ? gunzipSync(wire) : wire;
        resolve({
          status: res.statusCode ?? 0,
          wireBytes: wire.length,
          ms: performance.now() - started,
          body,
        });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/** Stylesheets block first paint; scripts do not (the page is rendered on the server). */
export function assetUrls(html: string, base: string): { css: string[]; js: string[] } {
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1];
  const css = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => attr(tag, "rel") === "stylesheet")
    .map((tag) => attr(tag, "href"));
  const js = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => attr(m[0], "src"));
  const absolute = (urls: Array<string | undefined>) => [
    ...new Set(
      urls.filter((u): u is string => !!u).map((u) => new URL(u.replaceAll("&amp;", "&"), base).href),
    ),
  ];
  return { css: absolute(css), js: absolute(js) };
}

export async function startNext(spawn: typeof spawnFn, dist: string, port: number): Promise<ChildProcess> {
  const bin = path.resolve(__dirname, "..", "..", "..", "node_modules", ".bin", "next");
  const child = spawn(bin, ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NEXT_DIST_DIR: dist, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  for (let attempt = 0; attempt < 120; attempt++) {
    const ok = await fetchWire(`http://127.0.0.1:${port}/api/v1/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return child;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill("SIGTERM");
  throw new Error(`next start (${dist}) did not answer on port ${port}`);
}

export async function measurePage(base: string, fileId: number, totalLines: number) {
  await fetchWire(`${base}/files/${fileId}`); // warm the route once
  const page = await fetchWire(`${base}/files/${fileId}`);
  const assets = assetUrls(page.body.toString("utf8"), base);
  const cssBytes = await sumWire(assets.css);
  const jsBytes = await sumWire(assets.js);
  const middle = Math.max(1, Math.floor(totalLines / 2));
  const window = await fetchWire(`${base}/api/v1/files/${fileId}/lines?from=${middle}&to=${middle + 199}`);
  const raw = await fetchWire(`${base}/api/v1/files/${fileId}/raw`);
  return { page, cssBytes, jsBytes, window, raw };
}

async function sumWire(urls: string[]): Promise<number> {
  let total = 0;
  for (const url of urls) total += (await fetchWire(url)).wireBytes;
  return total;
}
