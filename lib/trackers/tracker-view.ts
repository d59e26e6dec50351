// Everything /trackers/[id] shows, in one call: the tracker, its burndown
// (backfilled from build history on first view, today's day refreshed on each
// view) and the package lists. A rule too slow to evaluate is an expected failure.
import { db } from "@/lib/db";
import { isStatementTimeout } from "@/lib/sql/errors";
import { type BurndownDay, backfillSnapshots, dayKey, snapshotToday, trackerSnapshots } from "./burndown";
import { type TrackerDetail, trackerDetail } from "./tracker-detail";

export type TrackerView =
  | {
      ok: true;
      tracker: NonNullable<Awaited<ReturnType<typeof db.tracker.findUnique>>>;
      days: BurndownDay[];
      now: BurndownDay;
      detail: TrackerDetail;
    }
  | { ok: false; reason: "not_found" | "too_slow"; message: string };

export async function trackerView(id: number, now = new Date()): Promise<TrackerView> {
  const tracker = Number.isSafeInteger(id) && id > 0 ? await db.tracker.findUnique({ where: { id } }) : null;
  if (!tracker) return { ok: false, reason: "not_found", message: `no tracker ${id}` };
  try {
    const hasHistory = (await db.trackerSnapshot.count({ where: { trackerId: id } })) > 0;
    if (hasHistory) await snapshotToday(tracker, now);
    else await backfillSnapshots(tracker, now);
    const days = await trackerSnapshots(id);
    const today = dayKey(now);
    const latest = days.find((day) => day.day === today) ?? {
      day: today,
      openFailures: 0,
      packages: 0,
      fixedPackages: 0,
    };
    return { ok: true, tracker, days, now: latest, detail: await trackerDetail(tracker) };
  } catch (err) {
    if (!isStatementTimeout(err)) throw err;
    return {
      ok: false,
      reason: "too_slow",
      message: "this rule could not be evaluated (too slow, or a regex PostgreSQL refuses); make it narrower",
    };
  }
}
