// "My packages on trackers": for a maintainer, each active tracker's open
// packages that name them (as the failure list's "mine" does: by e-mail).
import { db } from "@/lib/db";
import { isRuleFailure } from "./burndown";
import { type OpenPackage, trackerDetail } from "./tracker-detail";

export interface MyTrackerPackages {
  trackerId: number;
  bugNumber: number;
  title: string;
  packages: OpenPackage[];
}

/** Trackers looked at per view: each is one bounded query. */
const MAX_TRACKERS = 30;

export async function myPackagesOnTrackers(email: string): Promise<MyTrackerPackages[]> {
  const trackers = await db.tracker.findMany({
    where: { active: true },
    orderBy: { bugNumber: "asc" },
    take: MAX_TRACKERS,
  });
  const found: MyTrackerPackages[] = [];
  for (const tracker of trackers) {
    try {
      const { open } = await trackerDetail(tracker, [email.toLowerCase()]);
      if (open.length > 0)
        found.push({
          trackerId: tracker.id,
          bugNumber: tracker.bugNumber,
          title: tracker.title,
          packages: open,
        });
    } catch (err) {
      // A rule too slow to evaluate is left out of this overview; its own page says why.
      if (!isRuleFailure(err)) throw err;
    }
  }
  return found;
}
