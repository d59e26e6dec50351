// The diagnostics search on a real PostgreSQL: substring, flag, kind and phase,
// the failure list's build filters (status "all" by default), counts grouped by
// diagnostic, and one diagnostic's builds linking to the line.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { beforeAll, expect, test } from "vitest";
import { db } from "@/lib/db";
import { seedUpload } from "@/lib/ingest/testing/seed-upload";
import { listDiagnosticBuilds } from "./diagnostic-builds";
import { diagnosticBuildIds, searchDiagnostics } from "./diagnostics";
import { diagnosticQuerySchema } from "./diagnostics-filters";

const SUCCESS_LOG = readFileSync("fixtures/corpus/generated/success-libyaml-full-build/build.log");
const FAILED_LOG = readFileSync("fixtures/corpus/generated/compile-c-implicit-decl-popt/build.log");
// A function name of this run only, so other tests' rows never match.
const FUNC = `kd_${randomUUID().slice(0, 8)}`;
const CONFIG_LOG = `conftest.c:52:3: error: implicit declaration of function '${FUNC}' [-Wimplicit-function-declaration]\n`;

let succeeded: number;
let failed: number;
let tinderbox: string;

beforeAll(async () => {
  succeeded = await seedUpload(
    { "build.log": SUCCESS_LOG, "config.log": CONFIG_LOG },
    { atom: "dev-libs/libyaml-0.2.5", status: "succeeded" },
  );
  failed = await seedUpload(
    { "build.log": FAILED_LOG, "config.log": CONFIG_LOG },
    { atom: "dev-libs/popt-1.19" },
  );
  const build = await db.build.findUniqueOrThrow({ where: { id: failed }, include: { tinderbox: true } });
  tinderbox = build.tinderbox.name;
});

const query = (params: Record<string, string>) => diagnosticQuerySchema.parse(params);

test("a substring groups one diagnostic over builds, failed and successful, with package counts", async () => {
  const list = await searchDiagnostics(query({ q: FUNC }));
  expect(list.total).toBe(1);
  expect(list.window).toBeNull();
  expect(list.rows[0]).toMatchObject({
    kind: "error",
    flag: "-Wimplicit-function-declaration",
    text: `implicit declaration of function '${FUNC}'`,
    builds: 2,
    packages: 2,
    occurrences: 2,
  });
  expect(list.rows[0].buildsUrl).toBe(`/diagnostics/${list.rows[0].id}`);
});

test("build filters narrow the counts: status, tinderbox, package, dates", async () => {
  expect((await searchDiagnostics(query({ q: FUNC, status: "failed" }))).rows[0].builds).toBe(1);
  expect((await searchDiagnostics(query({ q: FUNC, tinderbox }))).rows[0].builds).toBe(1);
  expect((await searchDiagnostics(query({ q: FUNC, package: "dev-libs/libyaml" }))).rows[0].packages).toBe(1);
  expect((await searchDiagnostics(query({ q: FUNC, category: "sys-apps" }))).total).toBe(0);
  expect((await searchDiagnostics(query({ q: FUNC, to: "2001-01-01" }))).total).toBe(0);
});

test("flag, kind and phase select diagnostics", async () => {
  const flagged = await searchDiagnostics(query({ flag: "-Wimplicit-function-declaration", tinderbox }));
  // popt's own compile error and the config.log one.
  expect(flagged.rows.map((r) => r.text).sort()).toEqual(
    ["implicit declaration of function 'fnmatch'", `implicit declaration of function '${FUNC}'`].sort(),
  );
  const configure = await searchDiagnostics(
    query({ flag: "-Wimplicit-function-declaration", phase: "configure", tinderbox }),
  );
  expect(configure.rows.map((r) => r.text)).toEqual([`implicit declaration of function '${FUNC}'`]);
  expect((await searchDiagnostics(query({ q: FUNC, kind: "warning" }))).total).toBe(0);
});

test("one diagnostic's builds link to the line in the log or the attachment, with context", async () => {
  const popt = await searchDiagnostics(query({ q: "function 'fnmatch'", tinderbox }));
  const builds = await listDiagnosticBuilds(popt.rows[0].id, query({ tinderbox }));
  expect(builds.total).toBe(1);
  expect(builds.rows[0]).toMatchObject({
    buildId: failed,
    fileId: null,
    line: 177,
    href: `/builds/${failed}#L177`,
  });
  expect(builds.rows[0].context?.lines.some((l) => l.includes("fnmatch"))).toBe(true);

  const config = await searchDiagnostics(query({ q: FUNC }));
  const fromConfig = await listDiagnosticBuilds(config.rows[0].id, query({}));
  expect(fromConfig.rows.map((r) => r.buildId).sort()).toEqual([succeeded, failed].sort());
  const row = fromConfig.rows[0];
  expect(row.fileName).toBe("config.log");
  expect(row.href).toBe(`/files/${row.fileId}#L1`);
  expect(row.context?.lines).toEqual([CONFIG_LOG.trimEnd()]);
});

test("diagnosticBuildIds: the builds that printed it, newest first", async () => {
  const ids = await diagnosticBuildIds(query({ q: FUNC }), 10);
  expect(ids.sort()).toEqual([succeeded, failed].sort());
  expect(await diagnosticBuildIds(query({ q: FUNC, status: "succeeded" }), 10)).toEqual([succeeded]);
});

test("bad parameters are refused, not ignored", () => {
  for (const params of [
    { kind: "notice" },
    { flag: "-W foo" },
    { q: "ab" },
    { from: "2026-13-45" },
    { pageSize: "7" },
    { page: "0" },
  ])
    expect(diagnosticQuerySchema.safeParse(params).success, JSON.stringify(params)).toBe(false);
});

test("a build's own diagnostics, most frequent first, each linking to its first line", async () => {
  const { buildDiagnostics } = await import("./diagnostic-builds");
  const list = await buildDiagnostics(failed);
  expect(list.distinct).toBe(4);
  expect(list.occurrences).toBe(4);
  expect(list.capped).toEqual([]);
  const fnmatch = list.rows.find((row) => row.text.includes("fnmatch"));
  expect(fnmatch?.href).toBe(`/builds/${failed}#L177`);
  const config = list.rows.find((row) => row.text.includes(FUNC));
  expect(config?.href).toMatch(/^\/files\/\d+#L1$/);
});
