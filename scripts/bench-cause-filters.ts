// npx tsx scripts/bench-cause-filters.ts [-- --iterations 40]
// Times the cause, infra and bug-status filters and the causes list on the
// bench:queries database (run that first: it seeds 1,000,000 builds). The
// synthetic data has no causes, infra reasons or Bugzilla rows, so this gives
// them a skewed spread first (once; kept for later runs): ~30 % of failures a
// cause out of 2,000 (a few causes very common), ~3 % an infra reason, and a
// Bugzilla status for every linked bug (40 % open, 40 % fixed, 20 % other).
import { db } from "@/lib/db";
import { causeListQuerySchema, causeStats, listCauses } from "@/lib/queries/causes";
import { printLatencyTable, runAndExit } from "./bench/latency";
import { type BenchCase, failureListCase } from "./bench/queries-cases";

const TARGET_P95_MS = 100;

async function spreadAnalysis(): Promise<void> {
  const [row] = await db.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM "Cause"`;
  if ((row?.n ?? 0) >= 2000) return console.log("Reusing the causes already spread.");
  console.log("Spreading causes, infra reasons and Bugzilla statuses…");
  await db.$executeRaw`INSERT INTO "Cause" (type, name)
    SELECT (ARRAY['header','pkg-config','cmake-package','python-module','library','symbol'])[1 + i % 6], 'bench-' || i
    FROM generate_series(1, 2000) i ON CONFLICT DO NOTHING`;
  await db.$executeRaw`UPDATE "Build" SET "causeId" = (SELECT min(id) FROM "Cause") + floor(2000 * power(random(), 3))::int
    WHERE status = 'failed' AND random() < 0.3`;
  await db.$executeRaw`UPDATE "Build" SET "infraReason" =
      (ARRAY['disk-full','disk-io','oom','network','sandbox-unavailable','emulation','timeout','portage-crash'])[1 + floor(random() * 8)::int]
    WHERE status = 'failed' AND random() < 0.03`;
  await db.$executeRaw`INSERT INTO "BugzillaBug" ("bugNumber", status, resolution)
    SELECT n, CASE WHEN r < 0.4 THEN 'CONFIRMED' ELSE 'RESOLVED' END,
           CASE WHEN r < 0.4 THEN '' WHEN r < 0.8 THEN 'FIXED' ELSE 'DUPLICATE' END
    FROM (SELECT DISTINCT "bugNumber" AS n, random() AS r FROM "BugLink") bugs ON CONFLICT DO NOTHING`;
  await db.$executeRawUnsafe(`VACUUM ANALYZE "Build", "Cause", "BugLink", "BugzillaBug"`);
}

async function cases(): Promise<BenchCase[]> {
  const [top] = await db.$queryRaw<Array<{ id: number; type: string; name: string }>>`
    SELECT c.id, c.type, c.name FROM "Cause" c WHERE c.name = 'bench-1'`;
  const [rare] = await db.$queryRaw<Array<{ id: number }>>`
    SELECT "causeId" AS id FROM "Build" WHERE "causeId" IS NOT NULL GROUP BY 1 ORDER BY count(*) LIMIT 1`;
  const causes = (params: Record<string, string>) => causeListQuerySchema.parse(params);
  return [
    failureListCase("cause (most common, by id)", { cause: String(top.id) }),
    failureListCase("cause (type:name)", { cause: `${top.type}:${top.name}` }),
    failureListCase("cause (rare)", { cause: String(rare.id) }),
    failureListCase("cause page 20", { cause: String(top.id), page: "20" }),
    failureListCase("infra only", { infra: "only" }),
    failureListCase("infra exclude", { infra: "exclude" }),
    failureListCase("infra disk-full", { infra: "disk-full" }),
    failureListCase("bugStatus open", { bugStatus: "open" }),
    failureListCase("bugStatus fixed", { bugStatus: "fixed" }),
    failureListCase("bugStatus resolved-other", { bugStatus: "resolved-other" }),
    failureListCase("bugStatus none", { bugStatus: "none" }),
    failureListCase("cause + bugStatus none", { cause: String(top.id), bugStatus: "none" }),
    failureListCase("kind compile + infra exclude", { kind: "compile", infra: "exclude" }),
    { name: "cause counts aggregate (uncached, once a minute)", run: causeStats },
    { name: "causes list (cached counts)", run: () => listCauses(causes({})) },
    {
      name: "causes list by packages, type, name",
      run: () => listCauses(causes({ sort: "packages", type: "header", q: "1" })),
    },
  ];
}

async function main(): Promise<number> {
  await spreadAnalysis();
  const index = process.argv.indexOf("--iterations");
  const iterations = index >= 0 ? Number(process.argv[index + 1]) : 40;
  const slow = await printLatencyTable(await cases(), iterations, TARGET_P95_MS);
  return slow === 0 ? 0 : 1;
}

runAndExit(main);
