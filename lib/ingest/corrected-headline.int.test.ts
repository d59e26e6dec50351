import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { correctPrimary, undoPrimaryCorrection } from "@/lib/actions/primary-correction";
import { db } from "@/lib/db";
import { transaction } from "@/lib/sql/executor";
import { correctedColumns, rememberAnalysisChoice } from "./corrected-headline";
import { seedUpload } from "./testing/seed-upload";

const POPT_LOG = readFileSync("fixtures/corpus/generated/compile-c-implicit-decl-popt/build.log", "utf8");

async function correctedBuild() {
  const name = `ch${randomUUID().slice(0, 8)}`;
  const log = POPT_LOG.replaceAll("popt", name);
  const buildId = await seedUpload({ "build.log": log }, { atom: `dev-libs/${name}-1.19` });
  const row = await db.user.create({ data: { email: `${randomUUID()}@example.org`, role: "maintainer" } });
  const maintainer = { ...row, name: "" };
  expect(await correctPrimary(maintainer, { buildId, lineNumber: 177 })).toMatchObject({ ok: true });
  return { buildId, lines: log.split("\n"), maintainer };
}

test("recomputing correctedColumns for a corrected build gives the stored columns (idempotent)", async () => {
  const { buildId, lines } = await correctedBuild();
  const build = await db.build.findUniqueOrThrow({ where: { id: buildId } });
  const columns = await transaction(db, (sql) =>
    correctedColumns(sql, build, { lineNumber: 177, text: lines[176] }),
  );
  expect(columns).toEqual({
    title: build.title,
    primaryLine: build.primaryLine,
    primaryText: build.primaryText,
    primaryRule: "person",
    fineSignatureId: build.fineSignatureId,
    coarseSignatureId: build.coarseSignatureId,
  });
});

test("after reanalysis remembered a new analysis choice, undo restores that one", async () => {
  const { buildId, lines, maintainer } = await correctedBuild();
  await transaction(db, (sql) => rememberAnalysisChoice(sql, buildId, { line: 174, text: lines[173] }));
  expect(await undoPrimaryCorrection(maintainer, { buildId })).toMatchObject({ ok: true, primaryLine: 174 });
  const build = await db.build.findUniqueOrThrow({ where: { id: buildId } });
  expect(build.primaryText).toBe(lines[173]);
  expect(build.title).toContain("FNM_PERIOD");
});
