// Each filter and search case against real PostgreSQL, on builds ingested
// through the real upload path. Names are unique per run; nothing is wiped.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { beforeAll, expect, test } from "vitest";
import { db } from "@/lib/db";
import { ingestUpload } from "@/lib/ingest/ingest-upload";
import { ensureTinderbox } from "@/lib/ingest/tinderboxes";
import type { UploadPart } from "@/lib/ingest/upload-parts";
import { failureListQuerySchema, failureWhere, paramsRecord } from "./failure-filters";
import { listFailures } from "./failures";
import { filterNotices } from "./filter-notices";
import { packageHistory } from "./packages";
import { suggest } from "./suggest";

const CORPUS = "fixtures/corpus/generated";
const log = (name: string) => readFileSync(`${CORPUS}/${name}/build.log`);
const u = randomUUID().slice(0, 8);
const CAT = `lt${u}-libs`;
const CAT2 = `lt${u}-misc`;
const ME = `me-${u}@example.org`;
const ids: Record<string, number> = {};

async function ingest(key: string, tinderbox: string, logName: string, meta: Record<string, unknown>) {
  const box = await ensureTinderbox(tinderbox);
  async function* parts(): AsyncGenerator<UploadPart> {
    yield { type: "meta", text: JSON.stringify({ idempotencyKey: `${key}-${u}`, ...meta }) };
    yield { type: "file", name: "build.log", stream: Readable.from([log(logName)]) };
  }
  const outcome = await ingestUpload(parts(), { tinderboxId: box.id, tokenId: null });
  if (!outcome.ok) throw new Error(`seeding ${key}: ${outcome.message}`);
  ids[key] = outcome.id;
}

beforeAll(async () => {
  const tags = { tinderbox: { profile: `default/linux/amd64/23.0/lt${u}`, toolchainTags: [`clang${u}`] } };
  await ingest("alpha", `lists-a-${u}`, "compile-c-implicit-decl-popt", {
    atom: `${CAT}/alpha-1.0`,
    status: "failed",
    finishedAt: "2026-01-10T10:00:00Z",
    maintainers: [{ email: ME, type: "person" }],
    profile: `lt${u}/profile`,
    ...tags,
  });
  await ingest("betaOk", `lists-b-${u}`, "success-libyaml-full-build", {
    atom: `${CAT}/beta-1.0`,
    status: "succeeded",
    finishedAt: "2026-01-01T10:00:00Z",
  });
  await ingest("betaBad", `lists-b-${u}`, "configure-autoconf-tmux-libevent-missing", {
    atom: `${CAT}/beta-1.1`,
    status: "failed",
    finishedAt: "2026-01-05T10:00:00Z",
  });
  await ingest("gamma", `lists-b-${u}`, "merge-file-collision-dos2unix-hd2u", {
    atom: `${CAT2}/gamma-2.0`,
    status: "failed",
    finishedAt: "2026-02-01T10:00:00Z",
    maintainers: [{ email: "maintainer-needed@gentoo.org", type: "project" }],
  });
  await db.bugLink.create({
    data: {
      buildId: ids.alpha,
      bugNumber: 900000 + Math.floor(Math.random() * 99999),
      url: "https://bugs.gentoo.org/1",
    },
  });
});

async function atoms(params: Record<string, string>, email?: string): Promise<string[]> {
  const user = email ? { id: 1, email, name: "", role: "viewer" as const } : null;
  const list = await listFailures(failureListQuerySchema.parse({ pageSize: "200", ...params }), { user });
  return list.rows.map((row) => row.atom).sort();
}

test("category, category prefix and package", async () => {
  expect(await atoms({ category: CAT })).toEqual([`${CAT}/alpha-1.0`, `${CAT}/beta-1.1`]);
  expect(await atoms({ category: `lt${u}-*` })).toEqual([
    `${CAT}/alpha-1.0`,
    `${CAT}/beta-1.1`,
    `${CAT2}/gamma-2.0`,
  ]);
  expect(await atoms({ package: `${CAT}/beta` })).toEqual([`${CAT}/beta-1.1`]);
  expect(await atoms({ package: `${CAT}/beta`, status: "all" })).toEqual([
    `${CAT}/beta-1.0`,
    `${CAT}/beta-1.1`,
  ]);
});

test("maintainer, maintainer-needed and my packages", async () => {
  expect(await atoms({ maintainer: ME })).toEqual([`${CAT}/alpha-1.0`]);
  // beta's log names its own maintainers, so only gamma is maintainer-needed here.
  const needed = await atoms({ maintainer: "maintainer-needed", category: `lt${u}-*` });
  expect(needed).toContain(`${CAT2}/gamma-2.0`);
  expect(needed).not.toContain(`${CAT}/alpha-1.0`);
  expect(await atoms({ mine: "1" }, ME)).toEqual([`${CAT}/alpha-1.0`]);
  expect(await atoms({ mine: "1", category: `lt${u}-*` })).toEqual([]); // signed out
});

test("tinderbox, profile and toolchain tag", async () => {
  expect(await atoms({ tinderbox: `lists-b-${u}` })).toEqual([`${CAT}/beta-1.1`, `${CAT2}/gamma-2.0`]);
  expect(await atoms({ profile: `lt${u}/profile` })).toEqual([`${CAT}/alpha-1.0`]);
  expect(await atoms({ toolchain: `clang${u}` })).toEqual([`${CAT}/alpha-1.0`]);
});

test("phase, kind, triage state and bug", async () => {
  const scope = { category: `lt${u}-*` };
  expect(await atoms({ ...scope, kind: "compile" })).toEqual([`${CAT}/alpha-1.0`]);
  expect(await atoms({ ...scope, kind: "collision" })).toEqual([`${CAT2}/gamma-2.0`]);
  expect(await atoms({ ...scope, phase: "configure" })).toEqual([`${CAT}/beta-1.1`]);
  expect(await atoms({ ...scope, triage: "new" })).toHaveLength(3);
  expect(await atoms({ ...scope, triage: "fixed" })).toEqual([]);
  expect(await atoms({ ...scope, bug: "with" })).toEqual([`${CAT}/alpha-1.0`]);
  expect(await atoms({ ...scope, bug: "without" })).toEqual([`${CAT}/beta-1.1`, `${CAT2}/gamma-2.0`]);
});

test("date range, new versus known, regression", async () => {
  const scope = { category: `lt${u}-*` };
  expect(await atoms({ ...scope, from: "2026-01-06", to: "2026-01-31" })).toEqual([`${CAT}/alpha-1.0`]);
  expect(await atoms({ ...scope, regression: "1" })).toEqual([`${CAT}/beta-1.1`]);
  const fresh = await atoms({ ...scope, novelty: "new", from: "2026-01-01" });
  const known = await atoms({ ...scope, novelty: "known", from: "2026-01-01" });
  expect([...fresh, ...known].sort()).toHaveLength(3);
});

test("search: substring with any quote, error lines, ranked, matching line shown", async () => {
  const scope = { category: `lt${u}-*` };
  expect(await atoms({ ...scope, q: "'FNM_PATHNAME' undeclared" })).toEqual([`${CAT}/alpha-1.0`]);
  expect(await atoms({ ...scope, q: "poptconfig.c" })).toEqual([`${CAT}/alpha-1.0`]);
  expect(await atoms({ ...scope, q: "file collision" })).toEqual([`${CAT2}/gamma-2.0`]);
  expect(await atoms({ ...scope, q: "no-such-term-anywhere" })).toEqual([]);
  const list = await listFailures(failureListQuerySchema.parse({ ...scope, q: "FNM_PERIOD" }));
  expect(list.ranked).toBe(true);
  expect(list.rows[0]?.matchText).toContain("FNM_PERIOD");
});

test("search: the row-by-row test (common terms) matches what the probed id set matches", async () => {
  const scope = { category: `lt${u}-*`, pageSize: "200" };
  for (const q of [
    "'FNM_PATHNAME' undeclared",
    "poptconfig.c",
    "file collision",
    "FNM_PERIOD",
    "no-such-term",
  ]) {
    const query = failureListQuerySchema.parse({ ...scope, q });
    const probed = await listFailures(query);
    const walked = await db.$queryRaw<Array<{ id: number }>>`
      SELECT b.id FROM "Build" b WHERE ${failureWhere({ ...query, search: undefined })} ORDER BY b.id`;
    expect(walked.map((row) => row.id)).toEqual(probed.rows.map((row) => row.id).sort((a, b) => a - b));
  }
});

test("sorting is allow-listed and paging keeps the envelope", async () => {
  const list = await listFailures(
    failureListQuerySchema.parse({ category: `lt${u}-*`, sort: "atom", dir: "asc", pageSize: "25" }),
  );
  expect(list.rows.map((r) => r.atom)).toEqual([`${CAT}/alpha-1.0`, `${CAT}/beta-1.1`, `${CAT2}/gamma-2.0`]);
  expect(list).toMatchObject({ total: 3, totalExact: true, page: 1, pageSize: 25 });
  const bogus = failureListQuerySchema.parse({ sort: "id; DROP TABLE x", pageSize: "7" });
  expect(bogus.sort).toBeUndefined();
  expect(bogus.pageSize).toBe(50);
});

test("package history: timeline per tinderbox with last good and first bad", async () => {
  const history = await packageHistory(CAT, "beta");
  const timeline = history?.timelines.find((t) => t.tinderbox === `lists-b-${u}`);
  expect(timeline?.builds.map((b) => b.status)).toEqual(["succeeded", "failed"]);
  expect(timeline?.lastGood?.version).toBe("1.0");
  expect(timeline?.firstBad?.version).toBe("1.1");
});

test("several values per filter: kinds, phases, tinderboxes, categories, repeated or comma-listed", async () => {
  const scope = { category: `lt${u}-*` };
  expect(await atoms({ ...scope, kind: "compile,collision" })).toEqual([
    `${CAT}/alpha-1.0`,
    `${CAT2}/gamma-2.0`,
  ]);
  expect(await atoms({ ...scope, phase: "configure,compile" })).toEqual([
    `${CAT}/alpha-1.0`,
    `${CAT}/beta-1.1`,
  ]);
  expect(await atoms({ category: `${CAT},${CAT2}`, tinderbox: `lists-a-${u},lists-b-${u}` })).toHaveLength(3);
  // A form's checkboxes send `kind=a&kind=b`: paramsRecord joins them as the schema reads them.
  const repeated = paramsRecord(
    new URLSearchParams(`kind=compile&kind=collision&category=${scope.category}`),
  );
  expect(repeated.kind).toBe("compile,collision");
  expect(await atoms(repeated)).toEqual([`${CAT}/alpha-1.0`, `${CAT2}/gamma-2.0`]);
  // An unknown kind among known ones is ignored by SQL (and reported by the notices); alone it matches nothing.
  expect(await atoms({ ...scope, kind: "compile,bogus" })).toEqual([`${CAT}/alpha-1.0`]);
  expect(await atoms({ ...scope, kind: "bogus" })).toEqual([]);
  expect(await atoms({ ...scope, triage: "new,fixed" })).toHaveLength(3);
});

test("categories in any case, with a trailing slash, and globs on either side", async () => {
  expect(await atoms({ category: CAT.toUpperCase() })).toEqual([`${CAT}/alpha-1.0`, `${CAT}/beta-1.1`]);
  expect(await atoms({ category: `${CAT}/` })).toEqual([`${CAT}/alpha-1.0`, `${CAT}/beta-1.1`]);
  expect(await atoms({ category: `*${u}-misc` })).toEqual([`${CAT2}/gamma-2.0`]);
  // LIKE's own wildcards are literal: "_" does not match any character.
  expect(await atoms({ category: `lt${u}_libs` })).toEqual([]);
});

test("a maintainer by project or developer name means <name>@gentoo.org", async () => {
  const project = `proj${u}`;
  const pkg = await db.package.findFirstOrThrow({ where: { category: CAT2, name: "gamma" } });
  await db.packageMaintainer.create({
    data: { packageId: pkg.id, email: `${project}@gentoo.org`, name: `Project ${u}`, type: "project" },
  });
  expect(await atoms({ maintainer: project })).toEqual([`${CAT2}/gamma-2.0`]);
  expect(await atoms({ maintainer: project.toUpperCase() })).toEqual([`${CAT2}/gamma-2.0`]);
  const found = await suggest({ field: "maintainer", q: `Project ${u}`.toLowerCase() });
  expect(found).toEqual([{ value: `${project}@gentoo.org`, label: `Project ${u}` }]);
});

test("values that cannot match are named, with the reason", async () => {
  const choices = { tinderboxes: [{ name: `lists-a-${u}`, profile: "" }], profiles: [], toolchainTags: [] };
  const query = failureListQuerySchema.parse({
    category: `${CAT},nosuch${u}-cat,*-libs`,
    tinderbox: `lists-a-${u},ghost-${u}`,
    kind: "compile,bogus",
    maintainer: `nobody${u}`,
    package: `${CAT}/nosuch`,
  });
  const notices = await filterNotices(query, choices);
  expect(notices.map((n) => `${n.filter}=${n.value}`).sort()).toEqual(
    [
      `category=nosuch${u}-cat`,
      `kind=bogus`,
      `maintainer=nobody${u}`,
      `package=${CAT}/nosuch`,
      `tinderbox=ghost-${u}`,
    ].sort(),
  );
  expect(notices.find((n) => n.filter === "maintainer")?.message).toBe(
    `no package is maintained by nobody${u}@gentoo.org`,
  );
  expect(
    await filterNotices(failureListQuerySchema.parse({ category: CAT, maintainer: ME }), choices),
  ).toEqual([]);
});

test("suggestions: packages by name or category/prefix, categories by prefix, typed text is not a pattern", async () => {
  expect(await suggest({ field: "package", q: `${CAT}/be` })).toEqual([{ value: `${CAT}/beta`, label: "" }]);
  expect((await suggest({ field: "category", q: `lt${u}` })).map((s) => s.value)).toEqual([CAT, CAT2]);
  expect(await suggest({ field: "category", q: `lt${u}%` })).toEqual([]);
  expect(await suggest({ field: "category", q: "_" })).toEqual([]);
});

test("facets count per category and tinderbox under the other filters", async () => {
  const { failureFacets } = await import("./facets");
  const scope = failureListQuerySchema.parse({ category: `lt${u}-*` });
  const { facets } = await failureFacets({ ...scope, tinderbox: `lists-b-${u}` });
  // The category facet ignores the category filter but keeps the tinderbox one: beta-1.1 and gamma.
  expect(facets.category.filter((f) => f.value.startsWith(`lt${u}`))).toEqual(
    expect.arrayContaining([
      { value: CAT, count: 1 },
      { value: CAT2, count: 1 },
    ]),
  );
  // The tinderbox facet keeps the category filter: alpha on box a, beta-1.1 and gamma on box b.
  expect(facets.tinderbox).toEqual([
    { value: `lists-b-${u}`, count: 2 },
    { value: `lists-a-${u}`, count: 1 },
  ]);
});
