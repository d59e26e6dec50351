// "My views": a signed-in user's saved failure-list filters (writes: lib/actions/saved-views.ts).
import type { SessionUser } from "../auth/access";
import { db } from "../db";

/** At most this many views per user (the write refuses more). */
export const MAX_SAVED_VIEWS = 50;

export interface SavedViewRow {
  id: number;
  name: string;
  query: string;
}

export function listViews(user: SessionUser): Promise<SavedViewRow[]> {
  return db.savedView.findMany({
    where: { userId: user.id },
    select: { id: true, name: true, query: true },
    orderBy: { name: "asc" },
    take: MAX_SAVED_VIEWS,
  });
}
