// npm run retention -- [--dry-run]: what the retention policies remove (with
// --dry-run only printed), and how much stored space returns. The server runs the
// same purge daily when KINDLING_RETENTION=1; one instance at a time either way.
import { parseArgs } from "node:util";
import { db } from "../lib/db";
import { formatRetentionReport } from "../lib/retention/report";
import { runRetention } from "../lib/retention/run";
import { closeSqlPool } from "../lib/sql/pool";

const USAGE = "usage: npm run retention -- [--dry-run] [--batch FILES]";

async function main(): Promise<number> {
  let values: { "dry-run"?: boolean; batch?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        "dry-run": { type: "boolean", default: false },
        batch: { type: "string", default: "500" },
        help: { type: "boolean", default: false },
      },
    }));
  } catch (err) {
    console.error(`retention: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const batch = Number(values.batch);
  if (!Number.isInteger(batch) || batch < 1 || batch > 100_000) {
    console.error(`retention: --batch must be an integer from 1 to 100000, not '${values.batch}'\n${USAGE}`);
    return 2;
  }
  let stopping = false;
  process.on("SIGINT", () => {
    stopping = true;
    console.error("retention: stopping after this batch (the next run goes on)");
  });
  const report = await runRetention({
    dryRun: values["dry-run"] ?? false,
    batch,
    isStopped: () => stopping,
    progress: (message) => console.error(message),
  });
  console.log(formatRetentionReport(report));
  return report.skipped ? 3 : 0;
}

main()
  .then(async (code) => {
    await db.$disconnect();
    await closeSqlPool();
    process.exit(code);
  })
  .catch((err: unknown) => {
    console.error(`retention: ${(err as Error).message}`);
    process.exit(1);
  });
