// The infra reason and the missing cause reach the Build row (ingest and
// reanalysis both write through analysisColumns), and the cause upsert is race-free.
// The analyses are built by hand: the library's infra/cause extractors may not fill them yet.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { analyzeLogText } from "@/lib/analysis";
import type { LogAnalysis } from "@/lib/analysis/types";
import { db } from "../db";
import { transaction } from "../sql/executor";
import { sqlPool } from "../sql/pool";
import { analysisColumns, updateAnalysisColumns } from "./analysis-columns";
import { ensureTinderbox } from "./tinderboxes";

const LOG = readFileSync(
  "fixtures/corpus/generated/configure-autoconf-tmux-libevent-missing/build.log",
  "utf8",
);

function analysisWith(extra: Partial<LogAnalysis>): LogAnalysis {
  return { ...analyzeLogText(LOG), ...extra };
}

const CONTEXT = {
  status: "failed" as const,
  fallbackTitle: "",
  buildLogName: "build.log",
  atom: "app-misc/tmux-3.5",
};

function columnsFor(analysis: LogAnalysis) {
  return transaction(sqlPool(), (sql) => analysisColumns(sql, analysis, CONTEXT));
}

async function storedBuild(): Promise<number> {
  const tinderbox = await ensureTinderbox(`columns-${randomUUID()}`);
  const pkg = await db.package.upsert({
    where: { category_name: { category: "app-misc", name: "tmux" } },
    create: { category: "app-misc", name: "tmux" },
    update: {},
  });
  const build = await db.build.create({
    data: {
      tinderboxId: tinderbox.id,
      packageId: pkg.id,
      idempotencyKey: randomUUID(),
      atom: "app-misc/tmux-3.5",
      version: "3.5",
      status: "failed",
      kind: "unknown",
    },
  });
  return build.id;
}

test("infra reason and cause become columns; the analysis JSON keeps infra, cause and line prefix", async () => {
  const name = `libevent-${randomUUID()}`;
  const analysis = analysisWith({
    infra: { reason: "disk-full", line: 12, text: "No space left on device" },
    cause: { type: "pkg-config", name },
    linePrefix: "> ",
  });
  const columns = await columnsFor(analysis);
  const cause = await db.cause.findUniqueOrThrow({ where: { type_name: { type: "pkg-config", name } } });
  expect(columns).toMatchObject({ infraReason: "disk-full", causeId: cause.id });
  expect(JSON.parse(columns.analysis)).toMatchObject({
    infra: { reason: "disk-full", line: 12 },
    cause: { type: "pkg-config", name },
    linePrefix: "> ",
  });

  const buildId = await storedBuild();
  await transaction(sqlPool(), (sql) => updateAnalysisColumns(sql, buildId, columns));
  expect(await db.build.findUniqueOrThrow({ where: { id: buildId } })).toMatchObject({
    infraReason: "disk-full",
    causeId: cause.id,
  });

  const cleared = await columnsFor(analysisWith({ infra: null, cause: null }));
  expect(cleared).toMatchObject({ infraReason: null, causeId: null });
  await transaction(sqlPool(), (sql) => updateAnalysisColumns(sql, buildId, cleared));
  expect(await db.build.findUniqueOrThrow({ where: { id: buildId } })).toMatchObject({
    infraReason: null,
    causeId: null,
  });
});

test("the same new cause from concurrent uploads is one row and every upload gets its id", async () => {
  const name = `zlib-${randomUUID()}.h`;
  const analysis = analysisWith({ cause: { type: "header", name } });
  const all = await Promise.all(Array.from({ length: 6 }, () => columnsFor(analysis)));
  const rows = await db.cause.findMany({ where: { name } });
  expect(rows).toHaveLength(1);
  expect(new Set(all.map((c) => c.causeId))).toEqual(new Set([rows[0].id]));
});
