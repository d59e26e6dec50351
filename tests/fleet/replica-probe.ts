// Run by replica.int.test.ts in a process of its own, with DATABASE_URL on the
// primary and DATABASE_REPLICA_URL on the standby (lib/db.ts reads both once, at
// import): uploads a failure through ingest, waits for replay, then lists it
// through listFailures and tries a write through readDb. Prints one JSON line.
import { db, readDb } from "@/lib/db";
import { seedUpload } from "@/lib/ingest/testing/seed-upload";
import { failureListQuerySchema } from "@/lib/queries/failure-filters";
import { listFailures } from "@/lib/queries/failures";
import { closeSqlPool } from "@/lib/sql/pool";
import { waitForReplay } from "./streaming-replica";

async function main(): Promise<void> {
  const primaryUrl = process.env.DATABASE_URL as string;
  const replicaUrl = process.env.DATABASE_REPLICA_URL as string;
  const buildId = await seedUpload(
    { "build.log": "make: *** [Makefile:12: all] Error 1\n" },
    { status: "failed", atom: "dev-libs/replica-probe-1.0" },
  );
  await waitForReplay(primaryUrl, replicaUrl);
  const list = await listFailures(failureListQuerySchema.parse({}));
  const [{ inRecovery }] = await readDb.$queryRaw<
    Array<{ inRecovery: boolean }>
  >`SELECT pg_is_in_recovery() AS "inRecovery"`;
  const [{ primaryInRecovery }] = await db.$queryRaw<
    Array<{ primaryInRecovery: boolean }>
  >`SELECT pg_is_in_recovery() AS "primaryInRecovery"`;
  const write = await readDb.$executeRaw`UPDATE "Build" SET "title" = 'x' WHERE id = ${buildId}`.then(
    () => "written",
    (err: Error) => err.message,
  );
  // With replay paused, a second upload is on the primary only: the list must not show it
  // (so it really is read from the replica), and shows it once replay goes on.
  await readDb.$executeRaw`SELECT pg_wal_replay_pause()`;
  const laterId = await seedUpload(
    { "build.log": "make: *** [Makefile:13: all] Error 2\n" },
    { status: "failed", atom: "dev-libs/replica-probe-2.0" },
  );
  const whilePaused = await listFailures(failureListQuerySchema.parse({}));
  await readDb.$executeRaw`SELECT pg_wal_replay_resume()`;
  await waitForReplay(primaryUrl, replicaUrl);
  const afterReplay = await listFailures(failureListQuerySchema.parse({}));
  console.log(
    JSON.stringify({
      buildId,
      listed: list.rows.map((row) => row.id),
      laterId,
      listedWhilePaused: whilePaused.rows.map((row) => row.id),
      listedAfterReplay: afterReplay.rows.map((row) => row.id),
      inRecovery,
      primaryInRecovery,
      write,
    }),
  );
  await Promise.all([db.$disconnect(), readDb.$disconnect(), closeSqlPool()]);
}

main().catch((err: unknown) => {
  console.error((err as Error).stack ?? err);
  process.exit(1);
});
