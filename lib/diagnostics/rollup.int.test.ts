// The search's rollup (DiagnosticBuild) and Diagnostic's counters, on a real
// PostgreSQL: written at ingest and by reanalysis in the occurrences'
// transaction, removed with the build, and always equal to what the
// occurrences say. Each test uses diagnostic texts of its own.
import { randomUUID } from "node:crypto";
import { expect, test } from "vitest";
import { db, Prisma } from "@/lib/db";
import { reanalyzeBuild } from "@/lib/ingest/reanalyze";
import { seedUpload } from "@/lib/ingest/testing/seed-upload";
import { transaction } from "@/lib/sql/executor";
import { sqlPool } from "@/lib/sql/pool";
import { PENDING_COUNTS, rollUpBatch, rollUpDiagnosticCounts } from "./counts";
import { extractDiagnostics } from "./extract";
import { writeBuildDiagnostics } from "./write";

/** A name the normaliser keeps as it is (letters only), unique to the test. */
const uniqueName = () => `v_${randomUUID().replace(/[^a-f]/g, "")}`;

function warningLog(names: readonly string[]): string {
  return names
    .map((name, i) => `src/a.c:${i + 1}:3: warning: unused variable '${name}' [-Wunused-variable]`)
    .join("\n");
}

interface RollupRow {
  diagnosticId: number;
  packageId: number;
  tinderboxId: number;
  status: string;
  finishedAt: Date | null;
  occurrences: number;
}

async function rollupOf(buildId: number): Promise<RollupRow[]> {
  return db.$queryRaw<RollupRow[]>`
    SELECT "diagnosticId", "packageId", "tinderboxId", status::text AS status, "finishedAt", occurrences
    FROM "DiagnosticBuild" WHERE "buildId" = ${buildId} ORDER BY "diagnosticId"`;
}

/** The same rows as the occurrences and the build say they should be. */
async function expectedRollupOf(buildId: number): Promise<RollupRow[]> {
  return db.$queryRaw<RollupRow[]>`
    SELECT o."diagnosticId", b."packageId", b."tinderboxId", b.status::text AS status, b."finishedAt",
           count(*)::int AS occurrences
    FROM "DiagnosticOccurrence" o JOIN "Build" b ON b.id = o."buildId" WHERE o."buildId" = ${buildId}
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1`;
}

interface Counters {
  text: string;
  buildCount: number;
  packageCount: number;
  occurrenceCount: number;
  builds: number;
  packages: number;
  occurrences: number;
}

/**
 * The counters as the search reads them (Diagnostic's plus what is pending; `stored`: Diagnostic's
 * alone) beside the counts from the occurrences, in one statement (one snapshot).
 */
async function countersOf(
  names: readonly string[],
  read: "search" | "stored" = "search",
): Promise<Counters[]> {
  const texts = names.map((name) => `unused variable '${name}'`);
  const pending = Prisma.raw(
    read === "search" ? PENDING_COUNTS : `SELECT 0 AS did, 0 AS builds, 0 AS packages, 0 AS occurrences`,
  );
  return db.$queryRaw<Counters[]>`
    WITH pending AS (${pending})
    SELECT d.text, d."buildCount" + COALESCE(n.builds, 0) AS "buildCount",
           d."packageCount" + COALESCE(n.packages, 0) AS "packageCount",
           d."occurrenceCount" + COALESCE(n.occurrences, 0) AS "occurrenceCount",
           (SELECT count(DISTINCT o."buildId") FROM "DiagnosticOccurrence" o WHERE o."diagnosticId" = d.id)::int AS builds,
           (SELECT count(DISTINCT b."packageId") FROM "DiagnosticOccurrence" o JOIN "Build" b ON b.id = o."buildId"
             WHERE o."diagnosticId" = d.id)::int AS packages,
           (SELECT count(*) FROM "DiagnosticOccurrence" o WHERE o."diagnosticId" = d.id)::int AS occurrences
    FROM "Diagnostic" d LEFT JOIN pending n ON n.did = d.id WHERE d.text = ANY(${texts}) ORDER BY d.text`;
}

/** Every pending row rolled up (another test file's worker may hold the job's lock for a moment). */
async function rollUpAll(): Promise<void> {
  while (!(await rollUpDiagnosticCounts())) await new Promise((resolve) => setTimeout(resolve, 20));
}

function expectCountersMatch(rows: Counters[], expectedRows: number): void {
  expect(rows).toHaveLength(expectedRows);
  for (const row of rows)
    expect({
      text: row.text,
      builds: row.buildCount,
      packages: row.packageCount,
      occ: row.occurrenceCount,
    }).toEqual({
      text: row.text,
      builds: row.builds,
      packages: row.packages,
      occ: row.occurrences,
    });
}

test("ingest writes one rollup row per diagnostic with the build's columns and counts it", async () => {
  const [a, b] = [uniqueName(), uniqueName()];
  const buildId = await seedUpload({ "build.log": warningLog([a, a, b]) }, { atom: "dev-libs/rollup-a-1.0" });
  const rows = await rollupOf(buildId);
  expect(rows.map((row) => row.occurrences).sort()).toEqual([1, 2]);
  expect(rows).toEqual(await expectedRollupOf(buildId));
  const counters = await countersOf([a, b]);
  expect(counters.map((row) => [row.buildCount, row.packageCount, row.occurrenceCount])).toEqual(
    [a, b]
      .sort()
      .map((name) => `unused variable '${name}'`)
      .map((text) => (text.includes(a) ? [1, 1, 2] : [1, 1, 1])),
  );
  expectCountersMatch(counters, 2);
});

test("reanalysis rewrites the rollup in place and never counts a build twice", async () => {
  const [a, b] = [uniqueName(), uniqueName()];
  const buildId = await seedUpload({ "build.log": warningLog([a, b, b]) }, { atom: "dev-libs/rollup-b-1.0" });
  const before = await rollupOf(buildId);
  expect(before).toHaveLength(2);
  for (let run = 0; run < 2; run++) {
    expect((await reanalyzeBuild(buildId)).ok).toBe(true);
    expect(await rollupOf(buildId)).toEqual(before);
    expectCountersMatch(await countersOf([a, b]), 2);
  }
});

test("deleting a build removes its rollup rows and its share of the counters", async () => {
  const shared = uniqueName();
  const atom = "dev-libs/rollup-c-1.0";
  const first = await seedUpload({ "build.log": warningLog([shared, shared]) }, { atom });
  const second = await seedUpload({ "build.log": warningLog([shared]) }, { atom });
  expect((await countersOf([shared]))[0]).toMatchObject({
    buildCount: 2,
    packageCount: 1,
    occurrenceCount: 3,
  });
  await db.build.delete({ where: { id: first } });
  expect(await rollupOf(first)).toEqual([]);
  expect((await countersOf([shared]))[0]).toMatchObject({
    buildCount: 1,
    packageCount: 1,
    occurrenceCount: 1,
  });
  await db.build.delete({ where: { id: second } });
  expect((await countersOf([shared]))[0]).toMatchObject({
    buildCount: 0,
    packageCount: 0,
    occurrenceCount: 0,
  });
});

test("on a seeded set the counters equal the counts from the occurrences", async () => {
  const names = Array.from({ length: 6 }, uniqueName);
  const builds: number[] = [];
  // 9 builds of 3 packages, each printing an overlapping subset, some lines twice.
  for (let i = 0; i < 9; i++) {
    const printed = names.filter((_, n) => (n + i) % 3 !== 0);
    const log = warningLog([...printed, ...printed.slice(0, i % 3)]);
    builds.push(await seedUpload({ "build.log": log }, { atom: `dev-libs/rollup-d${i % 3}-1.0` }));
  }
  expectCountersMatch(await countersOf(names), 6);
  // Three builds of one new package at once: it is new to each diagnostic once, not three times.
  await Promise.all(
    [0, 1, 2].map(() => seedUpload({ "build.log": warningLog(names) }, { atom: "dev-libs/rollup-e-1.0" })),
  );
  await db.build.delete({ where: { id: builds[4] } });
  expect((await reanalyzeBuild(builds[5])).ok).toBe(true);
  for (const buildId of builds.filter((id) => id !== builds[4]))
    expect(await rollupOf(buildId)).toEqual(await expectedRollupOf(buildId));
  expectCountersMatch(await countersOf(names), 6);
});

test("two builds of one package written at the same moment count the package once", async () => {
  const name = uniqueName();
  const atom = "dev-libs/rollup-f-1.0";
  const [first, second] = [
    await seedUpload({ "build.log": "" }, { atom }),
    await seedUpload({ "build.log": "" }, { atom }),
  ];
  const files = [
    { fileName: null, extract: extractDiagnostics(warningLog([name]).split("\n"), "build-log") },
  ];
  // The diagnostic exists already (another package printed it): the writers below do not meet on
  // its insertion, only on the counters.
  await seedUpload({ "build.log": warningLog([name]) }, { atom: "dev-libs/rollup-g-1.0" });
  let written!: () => void;
  let release!: () => void;
  const wrote = new Promise<void>((resolve) => {
    written = resolve;
  });
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  // The first writer holds its transaction open; the second starts meanwhile and must wait for it.
  const holding = transaction(sqlPool(), async (sql) => {
    await writeBuildDiagnostics(sql, first, files);
    written();
    await gate;
  });
  await wrote;
  const waiting = transaction(sqlPool(), (sql) => writeBuildDiagnostics(sql, second, files));
  await new Promise((resolve) => setTimeout(resolve, 300));
  release();
  await Promise.all([holding, waiting]);
  expect((await countersOf([name]))[0]).toMatchObject({ buildCount: 3, packageCount: 2, occurrenceCount: 3 });
});

test("eight builds writing the same diagnostics at once neither deadlock nor miscount", async () => {
  const names = Array.from({ length: 20 }, uniqueName);
  const atom = "dev-libs/rollup-h-1.0";
  // The diagnostics exist first, as the common warnings of a busy fleet do.
  await seedUpload({ "build.log": warningLog(names) }, { atom });
  const builds = await Promise.all(
    Array.from({ length: 8 }, () => seedUpload({ "build.log": "" }, { atom })),
  );
  const files = [{ fileName: null, extract: extractDiagnostics(warningLog(names).split("\n"), "build-log") }];
  // Straight through write.ts (ingest's hook logs a failure instead of throwing it).
  await Promise.all(
    builds.map((buildId) => transaction(sqlPool(), (sql) => writeBuildDiagnostics(sql, buildId, files))),
  );
  const counters = await countersOf(names);
  expectCountersMatch(counters, 20);
  expect(counters.every((row) => row.buildCount === 9 && row.packageCount === 1)).toBe(true);
});

test("the rollup job moves pending rows into the counters; a deleted row leaves from where it is", async () => {
  const shared = uniqueName();
  const atom = "dev-libs/rollup-i-1.0";
  const first = await seedUpload({ "build.log": warningLog([shared, shared]) }, { atom });
  // Written, not yet rolled up: the search's counts include it, the stored counters not yet.
  expect((await countersOf([shared]))[0]).toMatchObject({
    buildCount: 1,
    packageCount: 1,
    occurrenceCount: 2,
  });
  expect((await countersOf([shared], "stored"))[0]).toMatchObject({ buildCount: 0, packageCount: 0 });
  await rollUpAll();
  expectCountersMatch(await countersOf([shared], "stored"), 1);
  // A second build of the package, pending, then the counted first one deleted: the stored counters
  // lose the package (no counted build of it is left), the pending one brings it back.
  const second = await seedUpload({ "build.log": warningLog([shared]) }, { atom });
  await db.build.delete({ where: { id: first } });
  expect((await countersOf([shared], "stored"))[0]).toMatchObject({ buildCount: 0, packageCount: 0 });
  expectCountersMatch(await countersOf([shared]), 1);
  await rollUpAll();
  expectCountersMatch(await countersOf([shared], "stored"), 1);
  // A pending build deleted before the job saw it: only its pending row goes.
  const third = await seedUpload({ "build.log": warningLog([shared]) }, { atom: "dev-libs/rollup-j-1.0" });
  await db.build.delete({ where: { id: third } });
  expectCountersMatch(await countersOf([shared], "stored"), 1);
  expect(
    await db.$queryRaw`SELECT 1 FROM "DiagnosticPending" WHERE "buildId" IN (${first}, ${second}, ${third})`,
  ).toEqual([]);
  expect((await countersOf([shared]))[0]).toMatchObject({
    buildCount: 1,
    packageCount: 1,
    occurrenceCount: 1,
  });
});

test("a rollup while a writer's transaction is open counts its rows at the next run, once", async () => {
  const name = uniqueName();
  const atom = "dev-libs/rollup-k-1.0";
  await seedUpload({ "build.log": warningLog([name]) }, { atom });
  const build = await seedUpload({ "build.log": "" }, { atom: "dev-libs/rollup-l-1.0" });
  const files = [
    { fileName: null, extract: extractDiagnostics(warningLog([name]).split("\n"), "build-log") },
  ];
  let written!: () => void;
  let release!: () => void;
  const wrote = new Promise<void>((resolve) => {
    written = resolve;
  });
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const holding = transaction(sqlPool(), async (sql) => {
    await writeBuildDiagnostics(sql, build, files);
    written();
    await gate;
  });
  await wrote;
  await rollUpAll();
  release();
  await holding;
  expectCountersMatch(await countersOf([name]), 1);
  await rollUpAll();
  expectCountersMatch(await countersOf([name], "stored"), 1);
  expect((await countersOf([name], "stored"))[0]).toMatchObject({ buildCount: 2, packageCount: 2 });
});

test("concurrent uploads, rollups, reanalyses and deletes of the same diagnostics: counts equal a recount", async () => {
  const names = Array.from({ length: 12 }, uniqueName);
  const atoms = [0, 1, 2].map((i) => `dev-libs/rollup-m${i}-1.0`);
  // The diagnostics exist first, as the common warnings of a busy fleet do.
  const firsts = await Promise.all(
    atoms.map((atom) => seedUpload({ "build.log": warningLog(names) }, { atom })),
  );
  let uploading = true;
  // Small batches, over and over, while the uploads below are written.
  const rollups = (async () => {
    let runs = 0;
    while (uploading || runs < 3) {
      const seen = await transaction(sqlPool(), (sql) => rollUpBatch(sql, 7));
      if (seen !== null) runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  })();
  const uploads = Array.from({ length: 24 }, (_, i) => {
    const printed = names.filter((_, n) => (n + i) % 4 !== 0);
    return seedUpload(
      { "build.log": warningLog([...printed, ...printed.slice(0, i % 3)]) },
      { atom: i % 5 === 0 ? `dev-libs/rollup-n${i}-1.0` : atoms[i % 3] },
    );
  });
  const written = await Promise.all([
    ...uploads,
    db.build.delete({ where: { id: firsts[0] } }).then(() => 0),
    reanalyzeBuild(firsts[1]).then(() => 0),
  ]);
  await Promise.all(
    written
      .slice(0, 6)
      .map((id, i) => (i % 2 === 0 ? db.build.delete({ where: { id } }) : reanalyzeBuild(id))),
  );
  uploading = false;
  await rollups;
  expectCountersMatch(await countersOf(names), 12);
  await rollUpAll();
  expectCountersMatch(await countersOf(names, "stored"), 12);
});
