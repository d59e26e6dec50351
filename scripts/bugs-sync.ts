// npm run bugs:sync: fetch the status of every linked bug from Bugzilla now
// (the server also does it every BUGZILLA_SYNC_MINUTES) and mark auto-fixed failures.
import { bugzillaRestUrl } from "../lib/bugzilla/config";
import { syncBugStatus } from "../lib/bugzilla/sync-status";
import { db } from "../lib/db";

async function main(): Promise<void> {
  const report = await syncBugStatus();
  if (report.skipped) console.log("another bug status sync is running; nothing done");
  else
    console.log(
      `${bugzillaRestUrl()}: ${report.updated} of ${report.bugs} linked bugs updated, ${report.autoFixed} failure(s) auto-fixed`,
    );
  for (const error of report.errors) console.error(`  ${error}`);
  await db.$disconnect();
  process.exit(report.failedBatches > 0 ? 1 : 0);
}

main().catch((err: unknown) => {
  console.error(`bugs:sync: ${(err as Error).message}`);
  process.exit(1);
});
