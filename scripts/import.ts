// npm run import -- PATH... [--tinderbox NAME] [--api URL --token T]
// Imports Portage log directories, tinderbox issue directories and upload
// bundles. Safe to re-run: what is already stored counts as "already present".
import { parseArgs } from "node:util";
import { db } from "../lib/db";
import { discoverUnits } from "../lib/import/discover";
import { type ImportTally, importUnits } from "../lib/import/run-import";
import { ProgressLine } from "./lib/progress-line";
import { withDatabase } from "./lib/with-database";

const USAGE = "usage: npm run import -- PATH... [--tinderbox NAME] [--api URL --token TOKEN] [--jobs N]";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      tinderbox: { type: "string" },
      api: { type: "string" },
      token: { type: "string" },
      jobs: { type: "string", default: "3" },
    },
  });
  if (positionals.length === 0 || Boolean(values.api) !== Boolean(values.token)) {
    console.error(USAGE);
    return 2;
  }
  const discovery = await discoverUnits(positionals);
  const progress = new ProgressLine(discovery.units.length, "results");
  const run = (): Promise<ImportTally> =>
    importUnits(
      discovery.units,
      {
        tinderbox: values.tinderbox,
        api: values.api ? { url: values.api, token: values.token ?? "" } : undefined,
      },
      (done, tally) =>
        progress.update(
          done,
          `imported ${tally.imported}, present ${tally.present}, rejected ${tally.rejected.length}`,
        ),
      Math.max(1, Number(values.jobs) || 3),
    );
  const tally = values.api ? await run() : await withDatabase(run);
  progress.done();
  const rejected = [...discovery.rejected, ...tally.rejected];
  console.log(`imported: ${tally.imported}`);
  console.log(`already present: ${tally.present}`);
  console.log(`rejected: ${rejected.length}`);
  for (const r of rejected) console.log(`  ${r.label}: ${r.reason}`);
  return rejected.length > 0 ? 1 : 0;
}

main()
  .then(async (code) => {
    await db.$disconnect();
    process.exit(code);
  })
  .catch((err: unknown) => {
    console.error(`import: ${(err as Error).message}`);
    process.exit(1);
  });
