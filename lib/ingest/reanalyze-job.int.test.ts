// The reanalysis job on real PostgreSQL: a stopped run continues where it
// stopped (every build once, none twice), --restart starts over, a person's
// corrected primary line and the triage survive, and signature stats follow the
// builds (an old signature nobody points at keeps its row with zero builds).
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { expect, test } from "vitest";
import { ALGORITHM_VERSION, headlineFor } from "@/lib/analysis";
import { db } from "@/lib/db";
import { PERSON_RULE } from "./corrected-headline";
import { ingestUpload } from "./ingest-upload";
import { REANALYZE_JOB, reanalyzeAll } from "./reanalyze-job";
import { ensureTinderbox } from "./tinderboxes";
import type { UploadPart } from "./upload-parts";

const LOG_PATH = "fixtures/corpus/generated/compile-c-implicit-decl-popt/build.log";
const LOG = readFileSync(LOG_PATH);

async function seed(count: number, name = `reanalyze-job-${randomUUID()}`): Promise<number[]> {
  const tinderbox = await ensureTinderbox(name);
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    async function* parts(): AsyncGenerator<UploadPart> {
      yield { type: "meta", text: JSON.stringify({ idempotencyKey: randomUUID() }) };
      yield { type: "file", name: "build.log", stream: Readable.from([LOG]) };
    }
    const outcome = await ingestUpload(parts(), { tinderboxId: tinderbox.id, tokenId: null });
    if (!outcome.ok) throw new Error(outcome.message);
    ids.push(outcome.id);
  }
  return ids;
}

async function outdate(ids: number[], title: string): Promise<void> {
  await db.build.updateMany({ where: { id: { in: ids } }, data: { analysisVersion: "old", title } });
}

async function titles(ids: number[]): Promise<string[]> {
  const rows = await db.build.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
  return rows.map((row) => (row.analysisVersion === ALGORITHM_VERSION ? "current" : row.title));
}

test("a stopped run continues after its last committed build; --restart starts over", async () => {
  // Scoped to a tinderbox of its own: the int database holds every other test's builds.
  const tinderbox = `reanalyze-job-${randomUUID()}`;
  const ids = await seed(6, tinderbox);
  const [outsider] = await seed(1);
  await outdate([...ids, outsider], "stale");
  const scope = { tinderbox };
  const stop = new AbortController();
  let reached = 0;
  const first = await reanalyzeAll({
    onlyOutdated: true,
    scope,
    batchSize: 2,
    restart: true,
    signal: stop.signal,
    onProgress: (p) => {
      reached = p.done;
      if (p.done === 3) stop.abort();
    },
  });
  expect(first.stopped).toBe(true);
  const job = await db.jobState.findUniqueOrThrow({ where: { name: REANALYZE_JOB } });
  const cursor = Number(job.cursor);
  const doneBefore = ids.filter((id) => id <= cursor);
  expect(doneBefore).toEqual(ids.slice(0, 3));
  expect(first.reanalysed).toBe(3);
  expect(job.details).toMatchObject({ done: reached, scope });
  expect(await titles(ids)).toEqual(ids.map((id) => (id <= cursor ? "current" : "stale")));

  // Outdated again, but before the cursor: a resumed run must not visit them.
  await outdate(doneBefore, "visited twice?");
  const second = await reanalyzeAll({ onlyOutdated: true, scope, batchSize: 2 });

  expect(second).toMatchObject({ stopped: false, resumedAfter: cursor, failed: [], reanalysed: 3 });
  expect(await titles(ids)).toEqual(ids.map((id) => (id <= cursor ? "visited twice?" : "current")));
  expect(await titles([outsider])).toEqual(["stale"]);
  expect((await db.jobState.findUniqueOrThrow({ where: { name: REANALYZE_JOB } })).cursor).toBe("");

  await outdate(ids, "stale");
  await reanalyzeAll({ onlyOutdated: true, scope, batchSize: 2, signal: AbortSignal.abort() });
  // Another scope (an id range: only the outsider) neither continues that run nor touches its builds.
  const other = await reanalyzeAll({ onlyOutdated: true, scope: { fromId: outsider, toId: outsider } });
  expect(other).toMatchObject({ resumedAfter: null, reanalysed: 1, skipped: 0 });
  expect(await titles([...ids, outsider])).toEqual([...ids.map(() => "stale"), "current"]);
  const restarted = await reanalyzeAll({ onlyOutdated: true, scope, batchSize: 4, restart: true });
  expect(restarted.resumedAfter).toBeNull();
  expect(await titles(ids)).toEqual(ids.map(() => "current"));
});

test("a corrected primary line, triage, notes and bug links survive; old signatures drop to zero builds", async () => {
  const [buildId] = await seed(1);
  const lines = LOG.toString("utf8").split("\n");
  const lineNumber = lines.findIndex((line) => line.includes("checking")) + 1;
  expect(lineNumber).toBeGreaterThan(0);
  const text = lines[lineNumber - 1];
  const build = await db.build.findUniqueOrThrow({ where: { id: buildId } });
  const oldSignature = await db.signature.create({
    data: { level: "coarse", algoVersion: "sig-v0-test", hash: randomUUID(), text: "old", buildCount: 1 },
  });
  await db.build.update({
    where: { id: buildId },
    data: { analysisVersion: "old", triageState: "confirmed", coarseSignatureId: oldSignature.id },
  });
  await db.primaryCorrection.create({ data: { buildId, lineNumber, text, previousLine: build.primaryLine } });
  await db.bugLink.create({ data: { buildId, bugNumber: 955_001, url: "https://bugs.gentoo.org/955001" } });
  await db.triageEvent.create({ data: { buildId, fromState: "new", toState: "confirmed", note: "mine" } });

  const scope = { fromId: buildId, toId: buildId };
  const tally = await reanalyzeAll({ onlyOutdated: true, scope, restart: true });
  expect(tally).toMatchObject({ reanalysed: 1, failed: [] });

  const after = await db.build.findUniqueOrThrow({
    where: { id: buildId },
    include: {
      bugLinks: true,
      triageEvents: true,
      findings: { where: { isPrimary: true } },
      coarseSignature: true,
    },
  });
  const headline = headlineFor({ atom: build.atom, phase: after.phase, kind: "compile", primaryText: text });
  expect(after).toMatchObject({
    analysisVersion: ALGORITHM_VERSION,
    primaryLine: lineNumber,
    primaryText: text,
    primaryRule: PERSON_RULE,
    title: headline.title,
    triageState: "confirmed",
  });
  expect(after.coarseSignature?.hash).toBe(headline.signature.coarse);
  expect(after.coarseSignature?.buildCount).toBeGreaterThanOrEqual(1);
  expect(after.findings.map((f) => f.lineNumber)).toEqual([lineNumber]);
  expect(after.bugLinks).toHaveLength(1);
  expect(after.triageEvents.map((e) => e.note)).toEqual(["mine"]);
  expect(await db.signature.findUniqueOrThrow({ where: { id: oldSignature.id } })).toMatchObject({
    buildCount: 0,
  });
});
