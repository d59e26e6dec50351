// npm run blobs:migrate -- --to s3|fs|db [--from s3|fs|db] [--grace-seconds 60]
// Moves every stored blob (or those of --from) to one store (lib/storage/migrate-blobs.ts): each
// copy is read back and checked by the sha256 of its decompressed bytes before
// the blob switches store; the old copy goes after --grace-seconds, so readers
// in flight finish. Ctrl-C stops after the current blob; running the command
// again continues (already moved blobs are skipped, queued deletions finished).
// Set KINDLING_BLOB_STORE to the same store, or new uploads keep arriving in the old one.
import { parseArgs } from "node:util";
import { closeSqlPool } from "../lib/sql/pool";
import { closeChunkPool } from "../lib/storage/chunk-pool";
import { type MigrateProgress, migrateBlobs } from "../lib/storage/migrate-blobs";
import { withDatabase } from "./lib/with-database";

const USAGE = "usage: npm run blobs:migrate -- --to s3|fs|db [--from s3|fs|db] [--grace-seconds N]";
const STORES = ["s3", "fs", "db"] as const;
type Target = (typeof STORES)[number];

function parseOptions(): { to: Target; from?: Target; graceMs: number } | string {
  let values: { to?: string; from?: string; "grace-seconds"?: string };
  try {
    ({ values } = parseArgs({
      options: { to: { type: "string" }, from: { type: "string" }, "grace-seconds": { type: "string" } },
    }));
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  const to = STORES.find((s) => s === values.to);
  if (!to) return values.to === undefined ? "--to is required" : `--to ${values.to}: not one of s3, fs, db`;
  const from = STORES.find((s) => s === values.from);
  if (values.from !== undefined && (!from || from === to))
    return `--from ${values.from}: not one of s3, fs, db other than --to`;
  const grace = Number(values["grace-seconds"] ?? "60");
  if (!Number.isFinite(grace) || grace < 0)
    return `--grace-seconds ${values["grace-seconds"]}: not a number of seconds`;
  return { to, from, graceMs: grace * 1000 };
}

const PROGRESS_EVERY_MS = 2000;
const MiB = 1024 * 1024;

function progressPrinter(started: number) {
  let printedAt = 0;
  let printed = "";
  return (p: MigrateProgress, force = false) => {
    if (!force && Date.now() - printedAt < PROGRESS_EVERY_MS) return;
    if (`${p.done}/${p.failed}` === printed) return; // the final line, already shown
    printedAt = Date.now();
    printed = `${p.done}/${p.failed}`;
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const percent = p.total > 0 ? ((100 * p.done) / p.total).toFixed(1) : "100";
    console.error(
      `${p.done}/${p.total} blobs (${percent} %) · ${(p.bytes / MiB).toFixed(1)} MiB moved · ${(p.bytes / MiB / seconds).toFixed(1)} MiB/s · not verified ${p.failed}`,
    );
  };
}

async function main(): Promise<number> {
  const options = parseOptions();
  if (typeof options === "string") {
    console.error(`blobs:migrate: ${options}\n${USAGE}`);
    return 2;
  }
  const stop = new AbortController();
  process.once("SIGINT", () => {
    console.error("\nstopping after the current blob; run again to continue");
    stop.abort();
  });
  const started = Date.now();
  const print = progressPrinter(started);
  const report = await withDatabase(() =>
    migrateBlobs({ ...options, signal: stop.signal, onProgress: (p) => print(p) }),
  );
  print(report, true);
  for (const m of report.mismatches) console.error(`not moved: blob ${m.sha256}: ${m.reason}`);
  console.log(
    `${report.stopped ? "stopped" : "done"}: ${report.done - report.failed} blobs moved to ${options.to}, ` +
      `${report.failed} failed verification, ${report.oldCopiesDeleted} old copies deleted, ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return report.failed > 0 || report.stopped ? 1 : 0;
}

async function exit(code: number): Promise<never> {
  await Promise.allSettled([closeChunkPool(), closeSqlPool()]);
  process.exit(code);
}

main().then(exit, (err: unknown) => {
  // An unreachable store or database, a bad KINDLING_S3_* setting: one sentence, no stack.
  console.error(`blobs:migrate: ${err instanceof Error ? err.message : String(err)}`);
  return exit(1);
});
