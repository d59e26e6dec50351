// Diagnostics written at ingest (through the analysis thread) and rewritten by
// reanalysis, on a real PostgreSQL. Each test seeds builds of its own.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, vi } from "vitest";
import { db } from "@/lib/db";
import { reanalyzeBuild } from "@/lib/ingest/reanalyze";
import { reanalyzeAll } from "@/lib/ingest/reanalyze-job";
import { seedUpload } from "@/lib/ingest/testing/seed-upload";
import { transaction } from "@/lib/sql/executor";
import { sqlPool } from "@/lib/sql/pool";
import { extractDiagnostics } from "./extract";
import { writeBuildDiagnostics } from "./write";

const SUCCESS_LOG = readFileSync("fixtures/corpus/generated/success-libyaml-full-build/build.log");
const CONFIG_LOG = [
  "configure:5157: checking for strlcpy",
  "conftest.c:52:3: error: implicit declaration of function 'strlcpy' [-Wimplicit-function-declaration]",
  "conftest.c:9:10: fatal error: ac_nonexistent.h: No such file or directory",
].join("\n");

async function occurrencesOf(buildId: number) {
  return db.diagnosticOccurrence.findMany({
    where: { buildId },
    select: {
      line: true,
      phase: true,
      file: { select: { name: true } },
      diagnostic: { select: { kind: true, flag: true, text: true } },
    },
    orderBy: [{ fileId: "asc" }, { line: "asc" }],
  });
}

test("an upload's build log and config.log diagnostics are written with the result", async () => {
  const buildId = await seedUpload(
    { "build.log": SUCCESS_LOG, "config.log": CONFIG_LOG },
    { atom: "dev-libs/libyaml-0.2.5" },
  );
  const rows = await occurrencesOf(buildId);
  const fromLog = rows.filter((r) => r.file === null);
  expect(fromLog.map((r) => `${r.line} ${r.phase} ${r.diagnostic.flag}`)).toEqual([
    "140 compile -Wunused-value",
    "150 compile -Wunused-value",
    "161 compile -Wunused-value",
    "171 compile -Wunused-value",
    "207 compile -Wmaybe-uninitialized",
  ]);
  // One distinct diagnostic for the four -Wunused-value lines.
  expect(new Set(fromLog.map((r) => r.diagnostic.text)).size).toBe(2);
  const fromConfig = rows.filter((r) => r.file?.name === "config.log");
  expect(fromConfig).toEqual([
    {
      line: 2,
      phase: "configure",
      file: { name: "config.log" },
      diagnostic: {
        kind: "error",
        flag: "-Wimplicit-function-declaration",
        text: "implicit declaration of function 'strlcpy'",
      },
    },
  ]);
  const build = await db.build.findUniqueOrThrow({ where: { id: buildId }, select: { analysis: true } });
  expect((build.analysis as { diagnostics: unknown }).diagnostics).toEqual({
    version: "diag-v1",
    occurrences: 6,
    capped: [],
  });
});

test("an upload whose diagnostics fail to write is stored without them, and reanalysis can add them", async () => {
  // A letters-only marker survives normalisation (numbers and hex are masked).
  const marker = `kdlfail${randomUUID()
    .replace(/[^a-f]/g, "")
    .replace(/[a-f]/g, (c) => "uvwxyz"["abcdef".indexOf(c)])}`;
  const log = `${SUCCESS_LOG.toString()}\nx.c:1:1: warning: unused variable '${marker}' [-Wunused-variable]\n`;
  // A real fault in PostgreSQL: inserting this diagnostic raises.
  const fn = `kindling_test_${marker}`;
  await db.$executeRawUnsafe(`CREATE FUNCTION "${fn}"() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN IF NEW.text LIKE '%${marker}%' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$`);
  await db.$executeRawUnsafe(
    `CREATE TRIGGER "${fn}" BEFORE INSERT ON "Diagnostic" FOR EACH ROW EXECUTE FUNCTION "${fn}"()`,
  );
  const logged = vi.spyOn(console, "error").mockImplementation(() => {});
  let buildId: number;
  let messages: unknown[][];
  try {
    buildId = await seedUpload({ "build.log": log }, { atom: "dev-libs/libyaml-0.2.5" });
  } finally {
    await db.$executeRawUnsafe(`DROP TRIGGER "${fn}" ON "Diagnostic"`);
    await db.$executeRawUnsafe(`DROP FUNCTION "${fn}"()`);
    messages = logged.mock.calls.map((call) => [...call]);
    logged.mockRestore();
  }
  expect(messages).toEqual([[expect.stringContaining("is stored without them"), expect.anything()]]);
  const build = await db.build.findUniqueOrThrow({
    where: { id: buildId },
    select: { analysis: true, files: { select: { name: true } } },
  });
  expect(build.files.map((f) => f.name)).toEqual(["build.log"]);
  // No summary: a plain reanalysis run counts the build as outdated.
  expect((build.analysis as { diagnostics?: unknown }).diagnostics).toBeUndefined();
  expect(await db.diagnosticOccurrence.count({ where: { buildId } })).toBe(0);
  expect(await db.diagnosticBuild.count({ where: { buildId } })).toBe(0);
  expect((await reanalyzeBuild(buildId)).ok).toBe(true);
  expect(await db.diagnosticOccurrence.count({ where: { buildId } })).toBe(6);
});

test("reanalysis rewrites a build's occurrences idempotently", async () => {
  const buildId = await seedUpload({ "build.log": SUCCESS_LOG }, { atom: "dev-libs/libyaml-0.2.5" });
  const before = await occurrencesOf(buildId);
  const diagnosticsBefore = await db.diagnostic.count();
  await db.diagnosticOccurrence.deleteMany({ where: { buildId } });
  expect(await occurrencesOf(buildId)).toEqual([]);
  for (let run = 0; run < 2; run++) {
    const outcome = await reanalyzeBuild(buildId);
    expect(outcome.ok).toBe(true);
    expect(await occurrencesOf(buildId)).toEqual(before);
  }
  // The same texts: no new Diagnostic rows.
  expect(await db.diagnostic.count()).toBe(diagnosticsBefore);
});

test("a capped file is recorded with what was found and what was kept", async () => {
  const buildId = await seedUpload({ "build.log": SUCCESS_LOG }, { atom: "dev-libs/libyaml-0.2.5" });
  const lines = Array.from(
    { length: 30 },
    (_, i) => `a.c:${i + 1}:1: warning: unused variable 'v${i}' [-Wunused-variable]`,
  );
  const extract = extractDiagnostics(lines, "build-log", 10);
  await transaction(sqlPool(), (sql) => writeBuildDiagnostics(sql, buildId, [{ fileName: null, extract }]));
  expect(await db.diagnosticOccurrence.count({ where: { buildId } })).toBe(10);
  const build = await db.build.findUniqueOrThrow({ where: { id: buildId }, select: { analysis: true } });
  expect((build.analysis as { diagnostics: unknown }).diagnostics).toEqual({
    version: "diag-v1",
    occurrences: 10,
    capped: [{ file: null, found: 30, kept: 10 }],
  });
});

test("a default reanalysis run picks up builds stored before diagnostics existed", async () => {
  const buildId = await seedUpload({ "build.log": SUCCESS_LOG }, { atom: "dev-libs/libyaml-0.2.5" });
  const tinderboxId = (await db.build.findUniqueOrThrow({ where: { id: buildId } })).tinderboxId;
  const tinderbox = await db.tinderbox.findUniqueOrThrow({ where: { id: tinderboxId } });
  // As a build ingested before this round: no occurrences, no analysis.diagnostics.
  await db.diagnosticOccurrence.deleteMany({ where: { buildId } });
  await db.$executeRaw`UPDATE "Build" SET analysis = analysis - 'diagnostics' WHERE id = ${buildId}`;
  const tally = await reanalyzeAll({
    onlyOutdated: true,
    restart: true,
    scope: { tinderbox: tinderbox.name },
  });
  expect(tally.reanalysed).toBe(1);
  expect(await db.diagnosticOccurrence.count({ where: { buildId } })).toBe(5);
  // Now current: the next default run leaves it alone.
  const again = await reanalyzeAll({
    onlyOutdated: true,
    restart: true,
    scope: { tinderbox: tinderbox.name },
  });
  expect(again.reanalysed).toBe(0);
});
