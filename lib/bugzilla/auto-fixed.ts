// Auto-fixed: a failure whose linked bug is RESOLVED (or VERIFIED) FIXED and
// whose package built successfully afterwards on the same tinderbox is fixed,
// whoever forgot to say so. The change is written as "system" (no user): a
// TriageEvent and an AuditEvent each, triageVersion bumped so open forms are stale.
import { recordAudit } from "../audit/record";
import { Prisma } from "../db";

type Tx = Prisma.TransactionClient;

/** Failures settled by hand (fixed, invalid, infra) are left alone. */
const OPEN_STATES = ["new", "confirmed", "reported"];

interface FixedCandidate {
  buildId: number;
  triageState: "new" | "confirmed" | "reported";
  bugNumber: number;
  successId: number;
}

export async function markAutoFixed(tx: Tx): Promise<number> {
  const candidates = await tx.$queryRaw<FixedCandidate[]>(Prisma.sql`
    SELECT DISTINCT ON (b.id) b.id AS "buildId", b."triageState"::text AS "triageState",
      bl."bugNumber", ok.id AS "successId"
    FROM "Build" b
    JOIN "BugLink" bl ON bl."buildId" = b.id
    JOIN "BugzillaBug" bz ON bz."bugNumber" = bl."bugNumber"
    JOIN LATERAL (
      SELECT s.id FROM "Build" s
      WHERE s."packageId" = b."packageId" AND s."tinderboxId" = b."tinderboxId"
        AND s.status = 'succeeded' AND s."finishedAt" > b."finishedAt"
      ORDER BY s."finishedAt" LIMIT 1
    ) ok ON true
    WHERE b.status = 'failed' AND b."triageState"::text IN (${Prisma.join(OPEN_STATES)})
      AND bz.status IN ('RESOLVED', 'VERIFIED') AND bz.resolution = 'FIXED'
    ORDER BY b.id, bl."bugNumber"`);
  let changed = 0;
  for (const candidate of candidates) if (await markOne(tx, candidate)) changed++;
  return changed;
}

async function markOne(tx: Tx, candidate: FixedCandidate): Promise<boolean> {
  // Compare-and-set on the state read above: a maintainer's triage in between wins.
  const { count } = await tx.build.updateMany({
    where: { id: candidate.buildId, triageState: candidate.triageState },
    data: { triageState: "fixed", triageVersion: { increment: 1 } },
  });
  if (count === 0) return false;
  const note = `bug ${candidate.bugNumber} is RESOLVED FIXED and build ${candidate.successId} succeeded on the same tinderbox`;
  await tx.triageEvent.create({
    data: {
      buildId: candidate.buildId,
      userId: null,
      fromState: candidate.triageState,
      toState: "fixed",
      note,
    },
  });
  await recordAudit(tx, {
    userId: null,
    action: "triage.auto-fixed",
    target: `build:${candidate.buildId}`,
    details: { by: "system", bugNumber: candidate.bugNumber, successBuildId: candidate.successId },
  });
  return true;
}
