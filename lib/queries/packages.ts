// One package's build history across versions and tinderboxes (/p/cat/name,
// GET /api/v1/packages/cat/name): a pass/fail timeline per tinderbox, and the
// last good and first bad build of the newest failure streak.
import { db } from "../db";

export const HISTORY_LIMIT = 300;

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
  // The newest HISTORY_LIMIT builds through (packageId, finishedAt).
  const builds = await db.build.findMany({
    where: { packageId: found.id },
    orderBy: [{ finishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: HISTORY_LIMIT,
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
