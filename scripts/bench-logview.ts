// Log viewer benchmark: for 1, 10 and 100 MB build logs (stored through the
// real ingest), how long the server takes to produce the first window around
// the primary error, how many bytes the browser gets before first paint, and
// how long the raw download takes. Usage:
//   DATABASE_URL=... npm run bench:logview [-- --sizes 1,10,100] [--dist .next] [--no-http]
// Writes unique rows into DATABASE_URL. The HTTP part serves an existing Next
// build (--dist) with `next start` on a free port; docs/benchmarks.md has numbers.
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { initialWindowRange } from "@/components/log-viewer/window-blocks";
import { db } from "@/lib/db";
import { highlightedWindow } from "@/lib/files/highlighted-window";
import { resolveLineSource } from "@/lib/files/resolve-source";
import { bigBuildLog } from "@/lib/files/testing/big-log";
import { measurePage, startNext } from "@/lib/files/testing/page-bytes";
import { viewerMarks } from "@/lib/files/viewer-marks";
import { getHighlighter, highlightLines } from "@/lib/highlight/highlighter";
import { getFileView } from "@/lib/queries/files";
import { runLogBench, storeBigLog } from "./bench/store-big-log";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1,10,100" },
    dist: { type: "string", default: process.env.NEXT_DIST_DIR || ".next" },
    port: { type: "string", default: "3207" },
    "no-http": { type: "boolean", default: false },
  },
});

interface Stored {
  megabytes: number;
  fileId: number;
  lines: number;
  primaryLine: number | null;
}

async function storeLog(megabytes: number): Promise<Stored> {
  const log = bigBuildLog(megabytes * 1024 * 1024, `bench${Date.now().toString(36)}m${megabytes}`);
  const buildId = await storeBigLog("kindling-bench-logview", log);
  const file = await db.file.findFirstOrThrow({ where: { buildId, role: "build-log" } });
  const view = await getFileView(file.id);
  const lines = Number(file.lineCount ?? 0);
  return { megabytes, fileId: file.id, lines, primaryLine: view ? viewerMarks(view).initialLine : null };
}

/** What the file page does on the server before it can send HTML: the file, its marks, the first window. */
async function firstWindowMs(stored: Stored): Promise<{ ms: number; gzBytes: number }> {
  const started = performance.now();
  const view = await getFileView(stored.fileId);
  if (!view) throw new Error("file vanished");
  const resolved = await resolveLineSource(String(stored.fileId), undefined);
  if (!resolved.ok) throw new Error(resolved.message);
  const range = initialWindowRange(viewerMarks(view).initialLine ?? 1, stored.lines);
  const window = await highlightedWindow(resolved.source, range.from, range.to, resolved.language);
  const ms = performance.now() - started;
  return { ms, gzBytes: gzipSync(JSON.stringify(window)).length };
}

async function serverTimes(stored: Stored) {
  const cold = await firstWindowMs(stored);
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) warm.push((await firstWindowMs(stored)).ms);
  warm.sort((a, b) => a - b);
  return { coldMs: cold.ms, warmMedianMs: warm[2], windowGzBytes: cold.gzBytes };
}

async function main(): Promise<void> {
  const sizes = (values.sizes ?? "1,10,100")
    .split(",")
    .map(Number)
    .filter((n) => n > 0);
  // Once per server process, on the first viewer request; reported apart from the per-request time.
  const initStarted = performance.now();
  await getHighlighter();
  await highlightLines([">>> warm the grammar"], "buildlog");
  console.log(
    `shiki highlighter and grammar ready in ${(performance.now() - initStarted).toFixed(0)} ms (once per process)`,
  );
  const rows: Array<Record<string, string | number>> = [];
  const stored: Stored[] = [];
  for (const megabytes of sizes) {
    const started = performance.now();
    const one = await storeLog(megabytes);
    stored.push(one);
    const times = await serverTimes(one);
    rows.push({
      log: `${megabytes} MB`,
      lines: one.lines,
      primaryLine: one.primaryLine ?? "-",
      ingestS: ((performance.now() - started) / 1000).toFixed(1),
      firstWindowColdMs: times.coldMs.toFixed(0),
      firstWindowWarmMs: times.warmMedianMs.toFixed(0),
      windowGzKiB: (times.windowGzBytes / 1024).toFixed(0),
    });
  }
  console.table(rows);
  if (!values["no-http"]) console.table(await overHttp(stored));
}

/** The same logs through `next start`: what a browser receives, and the raw download for comparison. */
async function overHttp(stored: Stored[]) {
  const port = Number(values.port);
  const server = await startNext(spawn, values.dist ?? ".next", port);
  const kib = (bytes: number) => (bytes / 1024).toFixed(0);
  try {
    const rows: Array<Record<string, string | number>> = [];
    for (const one of stored) {
      const m = await measurePage(`http://127.0.0.1:${port}`, one.fileId, one.lines);
      rows.push({
        log: `${one.megabytes} MB`,
        pageMs: m.page.ms.toFixed(0),
        htmlKiB: kib(m.page.wireBytes),
        beforePaintKiB: kib(m.page.wireBytes + m.cssBytes),
        withJsKiB: kib(m.page.wireBytes + m.cssBytes + m.jsBytes),
        window200Ms: m.window.ms.toFixed(0),
        window200KiB: kib(m.window.wireBytes),
        rawMs: m.raw.ms.toFixed(0),
        rawKiB: kib(m.raw.wireBytes),
      });
    }
    return rows;
  } finally {
    server.kill("SIGTERM");
  }
}

// DATABASE_URL (or the embedded server), brought up to date first like every script.
runLogBench(main);
