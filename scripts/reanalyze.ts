// npm run reanalyze [-- --all] [--build ID] [--batch-size N]
// Re-runs the analysis library over stored logs after its version changed:
// only outdated builds by default, every build with --all, one with --build.
// Triage state, triage events and bug links are never touched.
import { parseArgs } from "node:util";
import { db } from "../lib/db";
import {
  type ReanalyzeProgress,
  type ReanalyzeTally,
  reanalyzeAll,
  reanalyzeBuild,
} from "../lib/ingest/reanalyze";
import { ProgressLine } from "./lib/progress-line";
import { withDatabase } from "./lib/with-database";

const USAGE = "usage: npm run reanalyze [-- --all] [--build ID] [--batch-size N]";

interface Options {
  all: boolean;
  buildId: number | null;
  batchSize: number;
}

function parseOptions(): Options | null {
  try {
    const { values } = parseArgs({
      options: {
        all: { type: "boolean", default: false },
        build: { type: "string" },
        "batch-size": { type: "string", default: "100" },
      },
    });
    const buildId = values.build === undefined ? null : Number(values.build);
    const batchSize = Number(values["batch-size"]);
    if (buildId !== null && !(Number.isSafeInteger(buildId) && buildId > 0)) return null;
    if (!(Number.isSafeInteger(batchSize) && batchSize > 0)) return null;
    return { all: values.all, buildId, batchSize };
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
  const tally = await reanalyzeAll({
    onlyOutdated: !options.all,
    batchSize: options.batchSize,
    onProgress: progress.update,
  });
  progress.done();
  printSummary(tally, options.all);
  return tally.failed.length > 0 ? 1 : 0;
}

// The total is known only once reanalyzeAll has counted, at its first report.
function progressReporter() {
  let line: ProgressLine | null = null;
  return {
    update(p: ReanalyzeProgress): void {
      line ??= new ProgressLine(p.total, "builds");
      line.update(p.done, `reanalysed ${p.reanalysed}, failed ${p.failed}`);
    },
    done(): void {
      line?.done();
    },
  };
}

function printSummary(tally: ReanalyzeTally, all: boolean): void {
  console.log(`reanalysed: ${tally.reanalysed} (now ${tally.version})`);
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
