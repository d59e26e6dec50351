// Fills a database for benchmarks: reference rows with INSERT … ON CONFLICT, then builds
// and their findings with COPY, chunk by chunk, on two connections in parallel.
import type { Pool, PoolClient } from "pg";
import { bulkCatalogue } from "../catalogue";
import { gentooCategories } from "../categories";
import { defaultCorpusDir } from "../corpus";
import { Rng, ZipfSampler } from "../prng";
import { syntheticTinderboxes } from "../tinderboxes";
import { BUILD_COLUMNS, buildBatches } from "./build-rows";
import { copyInto } from "./copy";
import { FINDING_COLUMNS, findingBatches, findingCount } from "./finding-rows";
import { upsertPackages, upsertSignatures, upsertTinderboxes } from "./reference-rows";
import { coarseSignatures, fineSignatures } from "./signatures";
import { type BulkSizes, type BulkWorld, failureIndexOf, planFailures } from "./world";

export interface BulkOptions extends BulkSizes {
  seed: number;
  packages: number;
  tinderboxes: number;
  coarse: number;
  fine: number;
  days: number;
  now: Date;
  log: (message: string) => void;
}

/** Builds per COPY statement: each chunk commits on its own, so progress survives a crash. */
const CHUNK = 100_000;

export async function prepareWorld(
  client: PoolClient,
  options: BulkOptions,
  from: number,
): Promise<BulkWorld> {
  const rng = new Rng(options.seed);
  // Image names and package sets depend on the seed only, so a rerun finds the same rows.
  const anchor = new Date(Date.UTC(options.now.getUTCFullYear(), 0, 1));
  const tinderboxes = syntheticTinderboxes(rng.fork(), options.tinderboxes, anchor);
  const packages = bulkCatalogue(rng.fork(), options.packages, gentooCategories(defaultCorpusDir()));
  const coarse = coarseSignatures(rng.fork(), options.coarse);
  const fine = fineSignatures(
    rng.fork(),
    Math.min(options.fine, options.failures || options.fine),
    coarse,
    packages,
  );
  const tinderboxIds = await upsertTinderboxes(client, tinderboxes);
  const packageIds = await upsertPackages(client, packages);
  const signatureIds = await upsertSignatures(client, coarse, fine);
  const { rows } = await client.query<{ next: number }>(
    `SELECT COALESCE(MAX("id"), 0) + 1 AS "next" FROM "Build"`,
  );
  const span = options.days * 86_400_000;
  return {
    ...options,
    start: options.now.getTime() - span,
    span,
    tinderboxes,
    tinderboxIds,
    packages,
    packageIds,
    coarse,
    fine,
    coarseIds: signatureIds.coarse,
    fineIds: signatureIds.fine,
    fineOfFailure: planFailures(options.seed, options.failures, fine.length),
    firstBuildId: Number(rows[0].next) - from,
    packagePopularity: new ZipfSampler(packages.length, 0.6),
  };
}

/** Builds of this seed already loaded; the generator continues after them. */
export async function loadedBuilds(client: PoolClient, seed: number): Promise<number> {
  const { rows } = await client.query<{ count: string }>(
    `SELECT COUNT(*) AS "count" FROM "Build" WHERE "idempotencyKey" LIKE $1`,
    [`bulk-${seed}-%`],
  );
  return Number(rows[0].count);
}

/**
 * Foreign-key checks are triggers; with session_replication_role = replica they are
 * skipped, which roughly halves the Finding load. Needs superuser; otherwise we keep
 * the checks and load builds before their findings.
 */
async function skipTriggers(client: PoolClient): Promise<boolean> {
  try {
    await client.query("SET session_replication_role = replica");
    return true;
  } catch {
    return false;
  }
}

/** Loads builds [from, until) of the world (until < world.builds: a partial load that a rerun continues). */
export async function loadBuilds(
  pool: Pool,
  world: BulkWorld,
  from: number,
  log: (m: string) => void,
  until = world.builds,
) {
  const buildClient = await pool.connect();
  const findingClient = await pool.connect();
  try {
    const parallel = (await skipTriggers(buildClient)) && (await skipTriggers(findingClient));
    log(
      parallel
        ? "foreign-key triggers off for the load; builds and findings in parallel"
        : "FK checks stay on",
    );
    const started = Date.now();
    let findings = 0;
    for (let chunk = from; chunk < until; chunk += CHUNK) {
      const end = Math.min(until, chunk + CHUNK);
      const builds = copyInto(buildClient, "Build", BUILD_COLUMNS, buildBatches(world, chunk, end));
      if (!parallel) await builds;
      await Promise.all([
        builds,
        copyInto(findingClient, "Finding", FINDING_COLUMNS, findingBatches(world, chunk, end)),
      ]);
      findings += countFindings(world, chunk, end);
      const seconds = (Date.now() - started) / 1000;
      const rate = Math.round((end - from) / seconds);
      log(`builds ${end}/${world.builds}, findings ${findings}: ${seconds.toFixed(1)} s, ${rate} builds/s`);
    }
    return findings;
  } finally {
    buildClient.release();
    findingClient.release();
  }
}

function countFindings(world: BulkWorld, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index++)
    if (failureIndexOf(world, index) >= 0) count += findingCount(world, index);
  return count;
}

/** Later Prisma inserts must not collide with the ids COPY wrote, then statistics for the planner. */
export async function finishLoad(client: PoolClient): Promise<void> {
  for (const table of ["Tinderbox", "Package", "PackageMaintainer", "Signature", "Build", "Finding"]) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), GREATEST((SELECT MAX("id") FROM "${table}"), 1))`,
    );
  }
  await client.query(`ANALYZE "Tinderbox", "Package", "PackageMaintainer", "Signature", "Build", "Finding"`);
}
