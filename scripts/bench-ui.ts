// UI benchmark: what a browser sees of Kindling's pages under `next start`.
// For /, /failures, the failure page of a 100 MB log and a bug page, Chromium
// (Playwright) loads each page cold (new browser context, first request of that
// route since the server started) and then warm (the same context, median of
// --runs loads) and reports, from the page's own performance timings:
//   ttfb       navigation start -> first byte of the document
//   lcp        largest-contentful-paint (PerformanceObserver, buffered)
//   hydrated   the time-to-interactive proxy: the document has finished
//              streaming and every control (a[href], button, input, select,
//              textarea) carries React's props, i.e. its handlers are attached
//   load       the load event
// Usage: DATABASE_URL=... npm run bench:ui [-- --dist .next --runs 5 --big-mb 100 --port 3208]
// Needs an existing build in --dist (`npm run build`). Seeds the demo data into
// an empty database and stores the big log once (reused on later runs).
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { type Browser, type BrowserContext, chromium } from "@playwright/test";
import { db } from "@/lib/db";
import { bigBuildLog } from "@/lib/files/testing/big-log";
import { startNext } from "@/lib/files/testing/page-bytes";
import { runLogBench, storeBigLog } from "./bench/store-big-log";
import { seedDemoIfEmpty } from "./lib/seed-demo";

const { values } = parseArgs({
  options: {
    dist: { type: "string", default: process.env.NEXT_DIST_DIR || ".next" },
    port: { type: "string", default: "3208" },
    runs: { type: "string", default: "5" },
    "big-mb": { type: "string", default: "100" },
  },
});

const BENCH_TINDERBOX = "kindling-bench-ui";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

interface Timings {
  ttfb: number;
  lcp: number;
  hydrated: number;
  load: number;
}

// Runs in the page before any of its scripts: records LCP and the hydration time.
const OBSERVE = `
  window.__bench = { lcp: 0, hydrated: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.lcp = entry.renderTime || entry.startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
  const CONTROLS = "a[href], button, input, select, textarea";
  const hydrated = (el) => Object.keys(el).some((key) => key.startsWith("__reactProps$"));
  const check = () => {
    if (document.readyState !== "loading") {
      const controls = document.querySelectorAll(CONTROLS);
      if (controls.length > 0 && Array.prototype.every.call(controls, hydrated)) {
        window.__bench.hydrated = performance.now();
        return;
      }
    }
    setTimeout(check, 10);
  };
  check();
`;

async function measure(context: BrowserContext, url: string): Promise<Timings> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: "load", timeout: 120_000 });
    await page.waitForFunction(
      () => (window as unknown as { __bench: { hydrated: number } }).__bench.hydrated > 0,
      undefined,
      { timeout: 120_000, polling: 50 },
    );
    // LCP candidates stop at the first input; give late paints a moment first.
    await page.waitForTimeout(300);
    return await page.evaluate(() => {
      const bench = (window as unknown as { __bench: { lcp: number; hydrated: number } }).__bench;
      const [nav] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
      return { ttfb: nav.responseStart, lcp: bench.lcp, hydrated: bench.hydrated, load: nav.loadEventStart };
    });
  } finally {
    await page.close();
  }
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(OBSERVE);
  return context;
}

function median(samples: Timings[]): Timings {
  const pick = (key: keyof Timings) => {
    const sorted = samples.map((s) => s[key]).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  return { ttfb: pick("ttfb"), lcp: pick("lcp"), hydrated: pick("hydrated"), load: pick("load") };
}

/** The big log's failure, stored through the real ingest the first time only. */
async function bigLogBuild(megabytes: number): Promise<number> {
  const existing = await db.build.findFirst({
    where: { tinderbox: { name: BENCH_TINDERBOX }, atom: { contains: `benchui${megabytes}m` } },
    select: { id: true },
  });
  if (existing) return existing.id;
  console.log(`storing a ${megabytes} MB log through ingest (once per database)…`);
  return storeBigLog(BENCH_TINDERBOX, bigBuildLog(megabytes * 1024 * 1024, `benchui${megabytes}m`));
}

async function pagesToMeasure(megabytes: number): Promise<Array<{ name: string; path: string }>> {
  await seedDemoIfEmpty();
  const bigId = await bigLogBuild(megabytes);
  const newest = await db.build.findFirst({
    where: { status: "failed", id: { not: bigId } },
    orderBy: { finishedAt: "desc" },
    select: { id: true },
  });
  return [
    { name: "/", path: "/" },
    { name: "/failures", path: "/failures" },
    { name: `failure page, ${megabytes} MB log`, path: `/builds/${bigId}` },
    { name: "bug page", path: `/builds/${newest?.id ?? bigId}/bug` },
  ];
}

async function main(): Promise<void> {
  const megabytes = Number(values["big-mb"]);
  const runs = Math.max(1, Number(values.runs));
  const pages = await pagesToMeasure(megabytes);
  const port = Number(values.port);
  const base = `http://127.0.0.1:${port}`;
  const server = await startNext(spawn, values.dist ?? ".next", port);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  const rows: Array<Record<string, string | number>> = [];
  try {
    for (const { name, path } of pages) {
      const context = await newContext(browser);
      const cold = await measure(context, base + path);
      const warm: Timings[] = [];
      for (let i = 0; i < runs; i++) warm.push(await measure(context, base + path));
      await context.close();
      rows.push(row(name, "cold", cold), row(name, `warm (median of ${runs})`, median(warm)));
    }
  } finally {
    await browser.close();
    server.kill("SIGTERM");
  }
  console.table(rows);
  const slow = rows.filter((r) => String(r.run).startsWith("warm") && Number(r.lcpMs) >= 1000);
  console.log(
    slow.length === 0 ? "warm LCP < 1 s on every page" : `warm LCP >= 1 s: ${slow.map((r) => r.page)}`,
  );
}

function row(page: string, run: string, t: Timings): Record<string, string | number> {
  const ms = (value: number) => Math.round(value);
  return { page, run, ttfbMs: ms(t.ttfb), lcpMs: ms(t.lcp), hydratedMs: ms(t.hydrated), loadMs: ms(t.load) };
}

// DATABASE_URL (or the embedded server), brought up to date first like every script.
runLogBench(main);
