// Linked bugs' Bugzilla state as of the last status sync (lib/bugzilla/sync-status.ts).
import { db } from "../db";

export async function bugzillaStatuses(bugNumbers: readonly number[]) {
  if (bugNumbers.length === 0)
    return new Map<number, { status: string; resolution: string; checkedAt: Date }>();
  const rows = await db.bugzillaBug.findMany({
    where: { bugNumber: { in: [...bugNumbers] } },
    select: { bugNumber: true, status: true, resolution: true, checkedAt: true },
  });
  return new Map(rows.map((row) => [row.bugNumber, row]));
}
