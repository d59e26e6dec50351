import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { expect, test } from "vitest";
import { ALGORITHM_VERSION } from "@/lib/analysis";
import { db } from "@/lib/db";
import { ingestUpload } from "./ingest-upload";
import { reanalyzeBuild } from "./reanalyze";
import { type ReanalyzeProgress, reanalyzeAll } from "./reanalyze-job";
import { ensureTinderbox } from "./tinderboxes";
import type { UploadPart } from "./upload-parts";

const CORPUS = "fixtures/corpus/generated";
// A configure failure with its config.log, so attachment findings are re-derived too.
const FAILED = {
  "build.log": readFileSync(`${CORPUS}/configure-autoconf-tmux-libevent-missing/build.log`),
  "config.log": readFileSync(`${CORPUS}/configure-autoconf-tmux-libevent-missing/config.log`),
};
const SUCCEEDED = { "build.log": readFileSync(`${CORPUS}/success-libyaml-full-build/build.log`) };

async function seed(
  files: Record<string, Buffer>,
  meta: Record<string, string> = {},
  tinderboxName = `reanalyze-test-${randomUUID()}`,
): Promise<number> {
  const tinderbox = await ensureTinderbox(tinderboxName);
  async function* parts(): AsyncGenerator<UploadPart> {
    yield { type: "meta", text: JSON.stringify({ idempotencyKey: randomUUID(), ...meta }) };
    for (const [name, bytes] of Object.entries(files))
      yield { type: "file", name, stream: Readable.from([bytes]) };
  }
  const outcome = await ingestUpload(parts(), { tinderboxId: tinderbox.id, tokenId: null });
  if (!outcome.ok) throw new Error(`seeding failed: ${outcome.code} ${outcome.message}`);
  return outcome.id;
}

/** Everything the analysis decides about a build, in a comparable form. */
async function analysisOf(buildId: number) {
  const build = await db.build.findUniqueOrThrow({
    where: { id: buildId },
    select: {
      analysisVersion: true,
      title: true,
      status: true,
      phase: true,
      kind: true,
      primaryLine: true,
      primaryText: true,
      primaryRule: true,
      fineSignatureId: true,
      coarseSignatureId: true,
      analysis: true,
    },
  });
  const findings = await db.finding.findMany({
    where: { buildId },
    select: {
      fileId: true,
      kind: true,
      lineNumber: true,
      text: true,
      ruleId: true,
      severity: true,
      isPrimary: true,
    },
    orderBy: [{ fileId: "asc" }, { kind: "asc" }, { lineNumber: "asc" }, { text: "asc" }],
  });
  return { ...build, findings };
}

async function corrupt(buildId: number, analysisVersion: string): Promise<void> {
  await db.build.update({
    where: { id: buildId },
    data: {
      analysisVersion,
      title: "corrupted title",
      primaryLine: 1,
      primaryText: "corrupted",
      kind: "oom",
      fineSignatureId: null,
    },
  });
  await db.finding.deleteMany({ where: { buildId } });
  await db.finding.create({ data: { buildId, kind: "error", text: "stale finding" } });
}

async function triageOf(buildId: number) {
  return db.build.findUniqueOrThrow({
    where: { id: buildId },
    select: {
      triageState: true,
      bugLinks: { orderBy: { id: "asc" } },
      triageEvents: { orderBy: { id: "asc" } },
    },
  });
}

test("reanalyzeBuild restores the analysis and leaves triage state, events and bug links alone", async () => {
  const buildId = await seed(FAILED);
  const original = await analysisOf(buildId);
  expect(original.findings.some((f) => f.fileId !== original.findings[0]?.fileId)).toBe(true);
  await corrupt(buildId, "old");
  await db.build.update({ where: { id: buildId }, data: { triageState: "confirmed" } });
  await db.bugLink.create({ data: { buildId, bugNumber: 912345, url: "https://bugs.gentoo.org/912345" } });
  await db.triageEvent.create({ data: { buildId, fromState: "new", toState: "confirmed", note: "seen it" } });
  const triage = await triageOf(buildId);

  const outcome = await reanalyzeBuild(buildId);

  expect(outcome).toEqual({
    ok: true,
    buildId,
    fromVersion: "old",
    toVersion: ALGORITHM_VERSION,
    findings: original.findings.length,
  });
  expect(await analysisOf(buildId)).toEqual(original);
  expect(await triageOf(buildId)).toEqual(triage);
  expect(triage.triageState).toBe("confirmed");
});

test("reanalyzeBuild keeps the uploader's status and title when the analysis finds no failure", async () => {
  const buildId = await seed(SUCCEEDED, { status: "failed", title: "uploader's own title" });
  const original = await analysisOf(buildId);
  expect(original).toMatchObject({ status: "failed", kind: "unknown", title: "uploader's own title" });
  await db.build.update({ where: { id: buildId }, data: { analysisVersion: "old", kind: "oom" } });

  expect((await reanalyzeBuild(buildId)).ok).toBe(true);
  expect(await analysisOf(buildId)).toEqual(original);
});

test("reanalyzeBuild reports a build that does not exist", async () => {
  expect(await reanalyzeBuild(2_000_000_000)).toMatchObject({ ok: false, code: "not_found" });
});

test("reanalyzeAll skips builds at the current version unless asked for all", async () => {
  // A tinderbox of its own: the int database holds every other test's builds (thousands).
  const scope = { tinderbox: `reanalyze-test-${randomUUID()}` };
  const current = await seed(FAILED, {}, scope.tinderbox);
  const outdated = await seed(FAILED, {}, scope.tinderbox);
  const original = await analysisOf(current);
  await corrupt(current, ALGORITHM_VERSION);
  await corrupt(outdated, "old");
  const reports: ReanalyzeProgress[] = [];

  // batchSize 1: every build is its own page, so the keyset walk is exercised.
  const tally = await reanalyzeAll({
    onlyOutdated: true,
    scope,
    restart: true,
    batchSize: 1,
    onProgress: (p) => reports.push(p),
  });

  expect(tally).toMatchObject({ failed: [], skipped: 1, reanalysed: 1 });
  expect(reports[0]).toMatchObject({ done: 0, total: 1 });
  expect(reports.at(-1)).toMatchObject({ done: 1, total: 1 });
  expect(columnsOf(await analysisOf(outdated))).toEqual(columnsOf(original));
  expect((await analysisOf(current)).title).toBe("corrupted title");

  const everything = await reanalyzeAll({ onlyOutdated: false, scope, batchSize: 50 });

  expect(everything).toMatchObject({ failed: [], skipped: 0, reanalysed: 2 });
  expect(await analysisOf(current)).toEqual(original);
});

// Two uploads of the same files get the same analysis, but Findings point at each one's own Files.
function columnsOf(analysis: Awaited<ReturnType<typeof analysisOf>>) {
  const { findings, ...columns } = analysis;
  return { ...columns, findings: findings.map(({ fileId: _fileId, ...finding }) => finding) };
}
