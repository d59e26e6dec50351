// A package's builds, read two ways: its whole history across versions and
// tinderboxes (/p/cat/name, GET /api/v1/packages/cat/name: a pass/fail timeline
// per tinderbox with the last good and first bad build of the newest failure
// streak), and the attempts around one failure (the failure page's history:
// the other attempts, and the last good build with its files for the
// environment diff).
import { db } from "../db";

/** The package page reads this many newest builds. */
export const PACKAGE_HISTORY_LIMIT = 300;
/** Enough for a failure page; a package with more attempts links to its package page. */
export const BUILD_ATTEMPTS_LIMIT = 50;

export interface HistoryBuild {
  id: number;
  version: string;
  status: "failed" | "succeeded";
  kind: string;
  finishedAt: string | null;
}
export interface TinderboxTimeline {
  tinderbox: string;
  profile: string;
  builds: HistoryBuild[]; // oldest first
  /** The newest success before the newest failure streak, and that streak's first failure. */
  lastGood: HistoryBuild | null;
  firstBad: HistoryBuild | null;
}
export interface PackageHistory {
  id: number;
  category: string;
  name: string;
  maintainers: Array<{ email: string; type: string }>;
  timelines: TinderboxTimeline[];
}

/** For builds oldest first: if the newest build failed, the streak's first failure and the success before it. */
export function lastGoodFirstBad(builds: HistoryBuild[]): Pick<TinderboxTimeline, "lastGood" | "firstBad"> {
  let index = builds.length - 1;
  if (index < 0 || builds[index].status !== "failed") return { lastGood: null, firstBad: null };
  while (index > 0 && builds[index - 1].status === "failed") index--;
  return { firstBad: builds[index], lastGood: index > 0 ? builds[index - 1] : null };
}

export async function packageHistory(category: string, name: string): Promise<PackageHistory | null> {
  const found = await db.package.findUnique({
    where: { category_name: { category, name } },
    include: { maintainers: { orderBy: { position: "asc" }, select: { email: true, type: true } } },
  });
  if (!found) return null;
  // The newest PACKAGE_HISTORY_LIMIT builds through (packageId, finishedAt).
  const builds = await db.build.findMany({
    where: { packageId: found.id },
    orderBy: [{ finishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: PACKAGE_HISTORY_LIMIT,
    select: {
      id: true,
      version: true,
      status: true,
      kind: true,
      finishedAt: true,
      profile: true,
      tinderbox: { select: { name: true } },
    },
  });
  const byTinderbox = new Map<string, TinderboxTimeline>();
  for (const build of builds.reverse()) {
    const key = build.tinderbox.name;
    const timeline = byTinderbox.get(key) ?? {
      tinderbox: key,
      profile: build.profile,
      builds: [],
      lastGood: null,
      firstBad: null,
    };
    timeline.builds.push({
      id: build.id,
      version: build.version,
      status: build.status,
      kind: build.kind,
      finishedAt: build.finishedAt?.toISOString() ?? null,
    });
    byTinderbox.set(key, timeline);
  }
  const timelines = [...byTinderbox.values()].map((t) => ({ ...t, ...lastGoodFirstBad(t.builds) }));
  timelines.sort((a, b) => a.tinderbox.localeCompare(b.tinderbox));
  return {
    id: found.id,
    category: found.category,
    name: found.name,
    maintainers: found.maintainers,
    timelines,
  };
}

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

export interface AttemptAnchor {
  id: number;
  packageId: number;
  tinderboxId: number;
  finishedAt: Date | null;
}

/** The package's other builds around this one, newest first, and the newest success before it. */
export async function buildAttempts(build: AttemptAnchor) {
  const [attempts, lastGood] = await Promise.all([
    db.build.findMany({
      where: { packageId: build.packageId, id: { not: build.id } },
      select: attemptSelect,
      orderBy: [{ finishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      take: BUILD_ATTEMPTS_LIMIT,
    }),
    lastGoodBuild(build),
  ]);
  return { attempts, lastGood };
}

export type BuildAttempts = Awaited<ReturnType<typeof buildAttempts>>;
export type BuildAttempt = BuildAttempts["attempts"][number];

/** The newest success before this build, on the same tinderbox if there is one there, else anywhere. */
async function lastGoodBuild(build: AttemptAnchor) {
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
