// The home page's overview: failures per day by kind, top signatures and top
// categories over the last 30 days. Cached for five minutes (ttl-cache.ts):
// the page says "as of".
import { db } from "../db";
import { type Cached, cached } from "./ttl-cache";

const DAY_MS = 86_400_000;
export const HOME_DAYS = 30;
const HOME_TTL_MS = 5 * 60_000;

export interface DailyKindCount {
  day: string; // YYYY-MM-DD (UTC)
  kind: string;
  count: number;
}
export interface TopSignature {
  id: number;
  text: string;
  buildCount: number;
  packageCount: number;
}
export interface TopCategory {
  category: string;
  failures: number;
}
export interface HomeStats {
  since: string;
  perDay: DailyKindCount[];
  topSignatures: TopSignature[];
  topCategories: TopCategory[];
}

async function computeHomeStats(now: Date): Promise<HomeStats> {
  const since = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS - (HOME_DAYS - 1) * DAY_MS);
  // Sequential: two cores, and each is a range scan of the newest failures.
  const perDay = await db.$queryRaw<DailyKindCount[]>`
    SELECT to_char(date_trunc('day', b."finishedAt"), 'YYYY-MM-DD') AS day, b.kind::text AS kind, count(*)::int AS count
    FROM "Build" b WHERE b.status = 'failed' AND b."finishedAt" >= ${since}
    GROUP BY 1, 2 ORDER BY 1, 2`;
  const topSignatures = await db.$queryRaw<TopSignature[]>`
    SELECT s.id, s.text, count(*)::int AS "buildCount", count(DISTINCT b."packageId")::int AS "packageCount"
    FROM "Build" b JOIN "Signature" s ON s.id = b."coarseSignatureId"
    WHERE b.status = 'failed' AND b."finishedAt" >= ${since}
    GROUP BY s.id, s.text ORDER BY 3 DESC LIMIT 10`;
  const topCategories = await db.$queryRaw<TopCategory[]>`
    SELECT p.category, count(*)::int AS failures
    FROM "Build" b JOIN "Package" p ON p.id = b."packageId"
    WHERE b.status = 'failed' AND b."finishedAt" >= ${since}
    GROUP BY 1 ORDER BY 2 DESC LIMIT 10`;
  return { since: since.toISOString(), perDay, topSignatures, topCategories };
}

export function homeStats(now = new Date()): Promise<Cached<HomeStats>> {
  return cached("home-stats", HOME_TTL_MS, () => computeHomeStats(now));
}
