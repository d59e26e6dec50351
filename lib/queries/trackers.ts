// Tracker bugs and their rules, for the /trackers editor and the bug form.
import type { TrackerRule } from "../bugs/trackers";
import { db } from "../db";

export async function listTrackers() {
  return db.tracker.findMany({
    orderBy: [{ active: "desc" }, { bugNumber: "asc" }],
    include: { updatedBy: { select: { email: true } } },
  });
}

export type TrackerRow = Awaited<ReturnType<typeof listTrackers>>[number];

export async function activeTrackerRules(): Promise<TrackerRule[]> {
  const rows = await db.tracker.findMany({
    where: { active: true },
    select: { bugNumber: true, title: true, matchType: true, pattern: true, active: true },
  });
  return rows.map((row) => ({ ...row, matchType: row.matchType === "regex" ? "regex" : "substring" }));
}
