import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import type { SessionUser } from "@/lib/auth/access";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { seedUpload } from "@/lib/ingest/testing/seed-upload";
import { correctPrimary, undoPrimaryCorrection } from "./primary-correction";

// The analysis picks line 170 (the first error); toralf titles by line 177.
const POPT_LOG = readFileSync("fixtures/corpus/generated/compile-c-implicit-decl-popt/build.log", "utf8");
const ANALYSIS_LINE = 170;
const TORALF_LINE = 177;

async function user(role: Role): Promise<SessionUser> {
  const row = await db.user.create({ data: { email: `${randomUUID()}@example.org`, role } });
  return { id: row.id, email: row.email, name: "", role };
}

/** popt's failure under a name of its own, so its signatures are this test's alone. */
async function seedFailure(): Promise<{ buildId: number; name: string }> {
  const name = `pc${randomUUID().slice(0, 8)}`;
  const buildId = await seedUpload(
    { "build.log": POPT_LOG.replaceAll("popt", name) },
    { atom: `dev-libs/${name}-1.19` },
  );
  return { buildId, name };
}

const headlineOf = (id: number) =>
  db.build.findUniqueOrThrow({
    where: { id },
    select: {
      title: true,
      primaryLine: true,
      primaryText: true,
      primaryRule: true,
      fineSignatureId: true,
      coarseSignatureId: true,
    },
  });
const primaryFindings = (buildId: number) =>
  db.finding.findMany({ where: { buildId, isPrimary: true }, select: { lineNumber: true, ruleId: true } });
const buildCount = async (id: number | null) =>
  id === null ? null : (await db.signature.findUniqueOrThrow({ where: { id } })).buildCount;

test("viewers and visitors cannot correct; nothing changes", async () => {
  const { buildId } = await seedFailure();
  const before = await headlineOf(buildId);
  for (const caller of [await user("viewer"), null]) {
    expect(await correctPrimary(caller, { buildId, lineNumber: TORALF_LINE })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await undoPrimaryCorrection(caller, { buildId })).toMatchObject({ ok: false, code: "forbidden" });
  }
  expect(await headlineOf(buildId)).toEqual(before);
  expect(await db.primaryCorrection.count({ where: { buildId } })).toBe(0);
});

test("a maintainer's line becomes the primary error: title, signatures, stats, findings, audit", async () => {
  const maintainer = await user("maintainer");
  const { buildId, name } = await seedFailure();
  const before = await headlineOf(buildId);
  expect(before.primaryLine).toBe(ANALYSIS_LINE);
  // Text from the client is ignored: the action reads the stored line.
  const input = { buildId: String(buildId), lineNumber: String(TORALF_LINE), text: "forged" };
  expect(await correctPrimary(maintainer, input)).toMatchObject({ ok: true, primaryLine: TORALF_LINE });

  const after = await headlineOf(buildId);
  expect(after).toMatchObject({ primaryLine: TORALF_LINE, primaryRule: "person" });
  expect(after.primaryText).toBe(POPT_LOG.replaceAll("popt", name).split("\n")[TORALF_LINE - 1]);
  expect(after.title).toMatch(new RegExp(`^dev-libs/${name}-1\\.19 - ${name}config\\.c: error: implicit`));
  expect(after.fineSignatureId).not.toBe(before.fineSignatureId);
  expect(after.coarseSignatureId).not.toBe(before.coarseSignatureId);
  expect(await buildCount(after.fineSignatureId)).toBe(1);
  expect(await buildCount(before.fineSignatureId)).toBe(0);
  expect(await primaryFindings(buildId)).toEqual([{ lineNumber: TORALF_LINE, ruleId: expect.any(String) }]);
  expect(await db.primaryCorrection.findUniqueOrThrow({ where: { buildId } })).toMatchObject({
    lineNumber: TORALF_LINE,
    previousLine: ANALYSIS_LINE,
    previousText: before.primaryText,
    createdById: maintainer.id,
  });
  const audits = await db.auditEvent.findMany({ where: { userId: maintainer.id } });
  expect(audits).toMatchObject([
    {
      action: "analysis.correct",
      target: `build:${buildId}`,
      details: { from: ANALYSIS_LINE, to: TORALF_LINE },
    },
  ]);
});

test("a line outside the log, a bad number and the current primary are refused with a message", async () => {
  const maintainer = await user("maintainer");
  const { buildId } = await seedFailure();
  expect(await correctPrimary(maintainer, { buildId, lineNumber: 5000 })).toEqual({
    ok: false,
    code: "invalid",
    message: "line 5000 is outside the build log (it has 197 lines)",
  });
  expect(await correctPrimary(maintainer, { buildId, lineNumber: ANALYSIS_LINE })).toMatchObject({
    code: "invalid",
    message: `line ${ANALYSIS_LINE} already is the primary error`,
  });
  expect(await correctPrimary(maintainer, { buildId, lineNumber: -3 })).toMatchObject({ code: "invalid" });
  expect(await correctPrimary(maintainer, { buildId: 2 ** 30, lineNumber: 1 })).toMatchObject({
    code: "not_found",
  });
  expect(await db.primaryCorrection.count({ where: { buildId } })).toBe(0);
});

test("undo puts the analysis' line, title, signatures and findings back", async () => {
  const maintainer = await user("maintainer");
  const { buildId } = await seedFailure();
  const before = await headlineOf(buildId);
  const findingsBefore = await primaryFindings(buildId);
  // Twice: the second correction must keep the analysis' line, not the first correction's.
  expect(await correctPrimary(maintainer, { buildId, lineNumber: TORALF_LINE })).toMatchObject({ ok: true });
  // Line 161 is a libtool command no rule flags: it gets a Finding of its own while it is the primary.
  expect(await correctPrimary(maintainer, { buildId, lineNumber: 161 })).toMatchObject({ ok: true });
  expect(await primaryFindings(buildId)).toEqual([{ lineNumber: 161, ruleId: "person" }]);

  expect(await undoPrimaryCorrection(maintainer, { buildId })).toMatchObject({
    ok: true,
    primaryLine: ANALYSIS_LINE,
  });
  expect(await headlineOf(buildId)).toEqual(before);
  expect(await primaryFindings(buildId)).toEqual(findingsBefore);
  expect(await db.finding.count({ where: { buildId, ruleId: "person" } })).toBe(0);
  expect(await db.primaryCorrection.count({ where: { buildId } })).toBe(0);
  expect(await buildCount(before.fineSignatureId)).toBe(1);
  const last = await db.auditEvent.findFirstOrThrow({
    where: { userId: maintainer.id },
    orderBy: { id: "desc" },
  });
  expect(last.details).toEqual({ from: 161, to: ANALYSIS_LINE, undo: true });
  expect(await undoPrimaryCorrection(maintainer, { buildId })).toMatchObject({
    ok: false,
    code: "not_found",
  });
});
