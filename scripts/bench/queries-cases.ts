// The queries `npm run bench:queries` times: each is what one page or API
// request runs in lib/queries, called directly so the numbers are server time
// without HTTP and React rendering.
import { db } from "@/lib/db";
import { failuresAtom } from "@/lib/feeds/failures-atom";
import { failureListQuerySchema } from "@/lib/queries/failure-filters";
import { listFailures } from "@/lib/queries/failures";
import { packageHistory } from "@/lib/queries/packages";
import { listSignatures, signatureListQuerySchema } from "@/lib/queries/signatures";

export interface BenchCase {
  name: string;
  run: () => Promise<unknown>;
}

/** The failure list with these URL parameters; `email` signs in as that maintainer ("my packages"). */
export function failureListCase(name: string, params: Record<string, string>, email?: string): BenchCase {
  const query = failureListQuerySchema.parse(params);
  const user = email ? { id: 0, email, name: "", role: "viewer" as const } : null;
  return { name, run: () => listFailures(query, { user }) };
}

interface Samples {
  category: string;
  package: string;
  maintainer: string;
  tinderbox: string;
  /** The first two tinderboxes by id, comma-separated (a multi-value filter). */
  twoTinderboxes: string;
  profile: string;
  from: string;
}

/** Filter values that exist in this database: the busiest package, maintainer and tinderbox. */
export async function sampleValues(): Promise<Samples> {
  const [row] = await db.$queryRaw<Array<Samples>>`
    SELECT p.category, p.category || '/' || p.name AS package,
      (SELECT email FROM "PackageMaintainer" WHERE type = 'person' GROUP BY email ORDER BY count(*) DESC LIMIT 1) AS maintainer,
      (SELECT name FROM "Tinderbox" ORDER BY id LIMIT 1) AS tinderbox,
      (SELECT string_agg(name, ',') FROM (SELECT name FROM "Tinderbox" ORDER BY id LIMIT 2) two) AS "twoTinderboxes",
      (SELECT profile FROM "Tinderbox" ORDER BY id LIMIT 1) AS profile,
      to_char((SELECT max("finishedAt") FROM "Build") - interval '30 days', 'YYYY-MM-DD') AS "from"
    FROM "Package" p WHERE p.id = (SELECT "packageId" FROM "Build" WHERE "packageId" < 100 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1)`;
  return row;
}

export function benchCases(s: Samples, rareTerm: string, commonTerm: string): BenchCase[] {
  const [category, name] = s.package.split("/");
  const feedQuery = failureListQuerySchema.parse({ category: s.category, pageSize: "50" });
  return [
    failureListCase("list page 1", {}),
    failureListCase("list page 500", { page: "500" }),
    failureListCase("filter category", { category: s.category }),
    failureListCase("filter category prefix dev-*", { category: "dev-*" }),
    failureListCase("filter package", { package: s.package }),
    failureListCase(`filter maintainer`, { maintainer: s.maintainer }),
    failureListCase("filter maintainer-needed", { maintainer: "maintainer-needed" }),
    failureListCase("filter tinderbox", { tinderbox: s.tinderbox }),
    failureListCase("filter profile", { profile: s.profile }),
    failureListCase("filter toolchain clang", { toolchain: "clang" }),
    failureListCase("filter phase test", { phase: "test" }),
    failureListCase("filter kind ice (rare)", { kind: "ice" }),
    failureListCase("filter kind compile (common)", { kind: "compile" }),
    failureListCase("filter triage confirmed", { triage: "confirmed" }),
    failureListCase("filter with bug", { bug: "with" }),
    failureListCase("filter without bug", { bug: "without" }),
    failureListCase("filter date range (30 d)", { from: s.from }),
    failureListCase("filter new (first seen in range)", { novelty: "new", from: s.from }),
    failureListCase("filter known", { novelty: "known", from: s.from }),
    failureListCase("filter regression", { regression: "1" }),
    failureListCase("category + kind + date", { category: s.category, kind: "compile", from: s.from }),
    // Multi-value filters (comma lists, `= ANY(...)`) and a suffix glob.
    failureListCase("filter kind compile,link", { kind: "compile,link" }),
    failureListCase("filter category glob *-libs", { category: "*-libs" }),
    failureListCase("filter two tinderboxes", { tinderbox: s.twoTinderboxes }),
    failureListCase("filter phase compile,test", { phase: "compile,test" }),
    failureListCase("filter triage new,confirmed", { triage: "new,confirmed" }),
    failureListCase("*-libs + kind compile,link + date", {
      category: "*-libs",
      kind: "compile,link",
      from: s.from,
    }),
    failureListCase("my packages", { mine: "1" }, s.maintainer),
    failureListCase(`search rare "${rareTerm}"`, { q: rareTerm }),
    failureListCase(`search common "${commonTerm}"`, { q: commonTerm }),
    { name: "signature list", run: () => listSignatures(signatureListQuerySchema.parse({})) },
    { name: "package history", run: () => packageHistory(category, name) },
    {
      name: "atom feed (category)",
      run: async () =>
        failuresAtom((await listFailures(feedQuery)).rows, new URL("http://localhost/feeds/failures.atom")),
    },
  ];
}
