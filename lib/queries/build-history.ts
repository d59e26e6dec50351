// A package's history around one failure: earlier attempts on every tinderbox,
// the last good build, and the files that let the page say what changed since.
import { db } from "../db";

/** Enough for a page; a package with more attempts links to its package view. */
export const HISTORY_LIMIT = 50;

const attemptSelect = {
  id: true,
  atom: true,
  version: true,
  status: true,
  kind: true,
  title: true,
  triageState: true,
  finishedAt: true,
  tinderbox: { select: { id: true, name: true } },
} as const;

export interface HistoryAnchor {
  id: number;
  packageId: number;
  tinderboxId: number;
  finishedAt: Date | null;
}

export async function packageHistory(build: HistoryAnchor) {
  const [attempts, lastGood] = await Promise.all([
    db.build.findMany({
      where: { packageId: build.packageId, id: { not: build.id } },
      select: attemptSelect,
      orderBy: [{ finishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      take: HISTORY_LIMIT,
    }),
    lastGoodBuild(build),
  ]);
  return { attempts, lastGood };
}

export type PackageHistory = Awaited<ReturnType<typeof packageHistory>>;
export type HistoryAttempt = PackageHistory["attempts"][number];

/** The newest success before this build, on the same tinderbox if there is one there, else anywhere. */
async function lastGoodBuild(build: HistoryAnchor) {
  const before = build.finishedAt ? { finishedAt: { lt: build.finishedAt } } : { id: { lt: build.id } };
  const where = { packageId: build.packageId, status: "succeeded" as const, ...before };
  const orderBy = [
    { finishedAt: { sort: "desc" as const, nulls: "last" as const } },
    { id: "desc" as const },
  ];
  const select = { ...attemptSelect, files: { select: { role: true, blobSha256: true } } };
  return (
    (await db.build.findFirst({ where: { ...where, tinderboxId: build.tinderboxId }, select, orderBy })) ??
    (await db.build.findFirst({ where, select, orderBy }))
  );
}
