// npm run reanalyze [-- --all] [--restart] [--build ID] [--batch-size N]
//                   [--tinderbox NAME] [--from-id ID] [--to-id ID]
// Re-runs the analysis library over stored logs after its version changed:
// only outdated builds by default, every build with --all, one with --build;
// --tinderbox and --from-id/--to-id (inclusive) narrow a run, e.g. to try a new
// version on one tinderbox first.
// Resumable: Ctrl-C stops after the current build and the next run continues
// there (JobState "reanalyze"); --restart starts from the first build again.
// Triage state, triage events, bug links and primary corrections are kept.
import { parseArgs } from "node:util";
import { db } from "../lib/db";
import { reanalyzeBuild } from "../lib/ingest/reanalyze";
import {
  type ReanalyzeProgress,
  type ReanalyzeScope,
  type ReanalyzeTally,
  reanalyzeAll,
} from "../lib/ingest/reanalyze-job";
import { withDatabase } from "./lib/with-database";

const USAGE =
  "usage: npm run reanalyze [-- --all] [--restart] [--build ID] [--batch-size N] [--tinderbox NAME] [--from-id ID] [--to-id ID]";

interface Options {
  all: boolean;
  restart: boolean;
  buildId: number | null;
  batchSize: number;
  scope: ReanalyzeScope;
}

/** undefined when absent, null when not a positive integer. */
function positiveId(text: string | undefined): number | undefined | null {
  if (text === undefined) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

function parseOptions(): Options | null {
  try {
    const { values } = parseArgs({
      options: {
        all: { type: "boolean", default: false },
        restart: { type: "boolean", default: false },
        build: { type: "string" },
        "batch-size": { type: "string", default: "100" },
        tinderbox: { type: "string" },
        "from-id": { type: "string" },
        "to-id": { type: "string" },
      },
    });
    const buildId = positiveId(values.build) ?? null;
    const batchSize = positiveId(values["batch-size"]);
    const fromId = positiveId(values["from-id"]);
    const toId = positiveId(values["to-id"]);
    if (values.build !== undefined && buildId === null) return null;
    if (!batchSize || fromId === null || toId === null || values.tinderbox === "") return null;
    const scope = { tinderbox: values.tinderbox, fromId, toId };
    return { all: values.all, restart: values.restart, buildId, batchSize, scope };
  } catch {
    return null; // an unknown option or a missing value
  }
}

// An explicit --build is re-analysed whatever its version: the operator asked for it.
async function runOne(buildId: number): Promise<number> {
  const outcome = await reanalyzeBuild(buildId);
  if (!outcome.ok) {
    console.error(`build ${buildId}: ${outcome.code}: ${outcome.message}`);
    return 1;
  }
  const versions = `${outcome.fromVersion || "(none)"} -> ${outcome.toVersion}`;
  console.log(`build ${buildId}: reanalysed (${versions}), ${outcome.findings} findings`);
  return 0;
}

async function runAll(options: Options): Promise<number> {
  const progress = progressReporter();
  const stop = new AbortController();
  // The first Ctrl-C lets the current build commit; a second one is the default (exit at once).
  process.once("SIGINT", () => {
    console.error("\nstopping after the current build; run again to continue");
    stop.abort();
  });
  const started = Date.now();
  const tally = await reanalyzeAll({
    onlyOutdated: !options.all,
    scope: options.scope,
    batchSize: options.batchSize,
    restart: options.restart,
    signal: stop.signal,
    onProgress: progress.update,
  });
  progress.done();
  const { tinderbox, fromId, toId } = options.scope;
  if (tinderbox !== undefined || fromId !== undefined || toId !== undefined)
    console.log(`scope: tinderbox ${tinderbox ?? "any"}, ids ${fromId ?? 1}..${toId ?? "last"}`);
  printSummary(tally, options.all, (Date.now() - started) / 1000);
  return tally.failed.length > 0 ? 1 : 0;
}

// A line every few seconds (not per build): readable on a terminal and in a CI log alike.
const PROGRESS_EVERY_MS = 3000;

function progressReporter() {
  let last: ReanalyzeProgress | null = null;
  let printedAt = 0;
  const print = (p: ReanalyzeProgress) => {
    const percent = p.total > 0 ? ((100 * p.done) / p.total).toFixed(1) : "100";
    const eta = p.etaSeconds === null ? "-" : formatDuration(p.etaSeconds);
    console.error(
      `${p.done}/${p.total} builds (${percent} %) · ${p.rate.toFixed(1)} builds/s · ETA ${eta} · failed ${p.failed}`,
    );
    printedAt = Date.now();
  };
  return {
    update(p: ReanalyzeProgress): void {
      last = p;
      if (Date.now() - printedAt >= PROGRESS_EVERY_MS) print(p);
    },
    done(): void {
      if (last) print(last);
    },
  };
}

function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  return s < 60
    ? `${s}s`
    : s < 3600
      ? `${Math.floor(s / 60)}m${s % 60}s`
      : `${Math.floor(s / 3600)}h${Math.floor((s % 3600) / 60)}m`;
}

function printSummary(tally: ReanalyzeTally, all: boolean, seconds: number): void {
  if (tally.resumedAfter !== null) console.log(`continued a stopped run after build ${tally.resumedAfter}`);
  const rate = seconds > 0 ? (tally.reanalysed / seconds).toFixed(1) : "-";
  console.log(
    `reanalysed: ${tally.reanalysed} (now ${tally.version}) in ${seconds.toFixed(1)} s, ${rate} builds/s`,
  );
  if (tally.stopped) console.log("stopped: run again to continue, or --restart to start over");
  if (!all) console.log(`skipped, already ${tally.version}: ${tally.skipped}`);
  console.log(`failed: ${tally.failed.length}`);
  for (const f of tally.failed) console.log(`  build ${f.buildId}: ${f.reason}`);
}

async function main(): Promise<number> {
  const options = parseOptions();
  if (!options) {
    console.error(USAGE);
    return 2;
  }
  const { buildId } = options;
  return withDatabase(() => (buildId !== null ? runOne(buildId) : runAll(options)));
}

main()
  .then(async (code) => {
    await db.$disconnect();
    process.exit(code);
  })
  .catch((err: unknown) => {
    console.error(`reanalyze: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
