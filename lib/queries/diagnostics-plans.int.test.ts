// Every way the diagnostics search counts gives the same groups as counting
// the occurrences themselves, on a real PostgreSQL: the counters, the rollup
// from the diagnostics and from the builds, the window (which here covers every
// build), under filters on the rollup's columns and on Build's others.
import { randomUUID } from "node:crypto";
import { beforeAll, expect, test } from "vitest";
import { db, Prisma } from "@/lib/db";
import { rollUpDiagnosticCounts } from "@/lib/diagnostics/counts";
import { seedUpload } from "@/lib/ingest/testing/seed-upload";
import { searchDiagnostics } from "./diagnostics";
import { type DiagnosticQuery, diagnosticBuildWhere, diagnosticQuerySchema } from "./diagnostics-filters";
import {
  matchingDiagnosticIds,
  namedDiagnostics,
  occurrencesSql,
  rollupSql,
  windowSql,
} from "./diagnostics-plans";

// Letters only, so the normaliser keeps them; "d_<tag>_" prefixes every name of this run.
const TAG = randomUUID().replace(/[^a-f]/g, "");
const names = ["alpha", "beta", "gamma", "delta"].map((name) => `d_${TAG}_${name}`);
let tinderbox: string;
let built: number[];

function warningLog(printed: readonly string[]): string {
  return printed
    .map((name, i) => `src/b.c:${i + 1}:3: warning: unused variable '${name}' [-Wunused-variable]`)
    .join("\n");
}

beforeAll(async () => {
  // 6 builds, 2 packages, failed and successful, overlapping subsets, repeated lines.
  const ids: number[] = [];
  for (let i = 0; i < 6; i++) {
    const printed = names.filter((_, n) => n <= i % 4);
    ids.push(
      await seedUpload(
        { "build.log": warningLog([...printed, ...printed.slice(0, i % 2)]) },
        { atom: `dev-libs/plans-${i % 2}-1.0`, status: i % 3 === 0 ? "succeeded" : "failed" },
      ),
    );
  }
  // The newest build of dev-libs/plans-1 prints none of them: a window must skip it, not count it.
  await seedUpload({ "build.log": "nothing to see\n" }, { atom: "dev-libs/plans-1-1.0", status: "failed" });
  built = ids;
  await db.build.update({ where: { id: ids[1] }, data: { triageState: "confirmed" } });
  const build = await db.build.findUniqueOrThrow({ where: { id: ids[2] }, include: { tinderbox: true } });
  tinderbox = build.tinderbox.name;
});

interface Group {
  did: number;
  builds: number;
  packages: number;
  occurrences: number;
}

async function groups(sql: Prisma.Sql): Promise<Group[]> {
  const rows = await db.$queryRaw<Group[]>`SELECT did, builds, packages, occurrences FROM (${sql}) g`;
  return rows.sort((a, b) => a.did - b.did);
}

const query = (params: Record<string, string>): DiagnosticQuery =>
  diagnosticQuerySchema.parse({ q: `d_${TAG}_`, ...params });

const FILTERS: Array<Record<string, string>> = [
  {},
  { status: "failed" },
  { package: "dev-libs/plans-1" },
  { category: "dev-libs", status: "succeeded" },
  { tinderbox: "PLACEHOLDER" },
  // Not a rollup column: through Build.
  { triage: "confirmed" },
  { triage: "new", package: "dev-libs/plans-0" },
];

test("the rollup, both ways, and the window count what the occurrences count", async () => {
  for (const params of FILTERS) {
    const filters = query(params.tinderbox ? { tinderbox } : params);
    const where = diagnosticBuildWhere(filters);
    const expected = await groups(occurrencesSql(filters, where, null));
    expect(expected.length, JSON.stringify(params)).toBeGreaterThan(0);
    expect(await groups(rollupSql(filters, where, "diagnostics")), JSON.stringify(params)).toEqual(expected);
    expect(await groups(rollupSql(filters, where, "builds")), JSON.stringify(params)).toEqual(expected);
    const ids = await matchingDiagnosticIds(db, filters);
    expect(await groups(windowSql(where, ids)), JSON.stringify(params)).toEqual(expected);
    const windowed = occurrencesSql(filters, where, { diagnosticIds: ids });
    expect(await groups(windowed), JSON.stringify(params)).toEqual(expected);
  }
});

test("a window counts the newest builds that match and printed a matching diagnostic", async () => {
  const filters = query({ package: "dev-libs/plans-1" });
  const where = diagnosticBuildWhere(filters);
  // plans-1 is built by builds 1, 3 and 5 (then the silent one): a window of 2 is 3 and 5.
  const newest = [built[3], built[5]];
  const expected = await groups(
    occurrencesSql(filters, Prisma.sql`${where} AND b.id = ANY(${newest})`, null),
  );
  const ids = await matchingDiagnosticIds(db, filters);
  expect(await groups(windowSql(where, ids, 2))).toEqual(expected);
});

test("without build filters the search answers from the counters, exactly", async () => {
  const filters = query({});
  const expected = await groups(occurrencesSql(filters, diagnosticBuildWhere(filters), null));
  const list = await searchDiagnostics(filters);
  expect(list.window).toBeNull();
  expect(list.total).toBe(4);
  const found = list.rows
    .map(({ id, builds, packages, occurrences }) => ({ did: id, builds, packages, occurrences }))
    .sort((a, b) => a.did - b.did);
  expect(found).toEqual(expected);
  // Ranked by builds: alpha is in all six.
  expect(list.rows[0]).toMatchObject({ text: `unused variable '${names[0]}'`, builds: 6, packages: 2 });
});

test("the named diagnostics' ids and rollup rows come from one scan, and match the rollup", async () => {
  const filters = query({});
  const named = await namedDiagnostics(db, filters);
  const [rollup] = await db.$queryRaw<Array<{ ids: number[]; rows: number }>>`
    SELECT array_agg(DISTINCT r."diagnosticId" ORDER BY r."diagnosticId") AS ids, count(*)::int AS rows
    FROM "DiagnosticBuild" r JOIN "Diagnostic" d ON d.id = r."diagnosticId" WHERE position(${TAG} in d.text) > 0`;
  expect([...(named?.ids ?? [])].sort((a, b) => a - b)).toEqual(rollup.ids);
  expect(named?.rollupRows).toBe(rollup.rows);
  // alpha, beta, gamma and delta are printed by 6, 4, 2 and 1 of the builds.
  expect(rollup.rows).toBe(13);
  expect(await namedDiagnostics(db, diagnosticQuerySchema.parse({ status: "failed" }))).toBeNull();
});

test("without build filters a pending share ranks as if it were counted, on every page", async () => {
  const prefix = `r_${TAG}`;
  const many = Array.from(
    { length: 30 },
    (_, i) => `${prefix}_${String.fromCharCode(97 + (i % 26))}${i < 26 ? "" : "z"}`,
  );
  const last = many[29];
  await seedUpload({ "build.log": warningLog(many) }, { atom: "dev-libs/ranked-x-1.0" });
  await seedUpload({ "build.log": warningLog(many.slice(0, 29)) }, { atom: "dev-libs/ranked-x-1.0" });
  // Everything so far counted: the last name has 1 build, every other 2.
  while (!(await rollUpDiagnosticCounts())) await new Promise((resolve) => setTimeout(resolve, 20));
  // Three more builds of the last name, pending: 4 builds, the first of all, though its counter says 1.
  for (let i = 0; i < 3; i++)
    await seedUpload({ "build.log": warningLog([last]) }, { atom: "dev-libs/ranked-y-1.0" });
  const filters = (page: number) =>
    diagnosticQuerySchema.parse({ q: prefix, page: String(page), pageSize: "25" });
  const expected = (await groups(occurrencesSql(filters(1), diagnosticBuildWhere(filters(1)), null))).sort(
    (a, b) => b.builds - a.builds || b.packages - a.packages || b.did - a.did,
  );
  const [first, second] = [await searchDiagnostics(filters(1)), await searchDiagnostics(filters(2))];
  expect(first.total).toBe(30);
  expect(second.total).toBe(30);
  expect(first.rows[0]).toMatchObject({ text: `unused variable '${last}'`, builds: 4, packages: 2 });
  const found = [...first.rows, ...second.rows].map(({ id, builds, packages, occurrences }) => ({
    did: id,
    builds,
    packages,
    occurrences,
  }));
  expect(found).toEqual(expected);
});
