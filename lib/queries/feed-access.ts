// Who may read a feed. Feed readers send no cookies, so in private mode a feed
// opens with the user's secret `?key=` (lib/auth/feed-keys.ts); this is the one
// check every feed route calls.
import type { SessionUser } from "../auth/access";
import { feedReader } from "../auth/feed-keys";

export async function feedAccess(url: URL): Promise<{ user: SessionUser | null } | { denied: Response }> {
  return feedReader(url);
}
