// The diagnostics feed's read: the newest builds that printed a matching
// diagnostic, each with the matching lines' texts (lib/feeds/diagnostics-atom.ts
// renders them).
import { db } from "../db";
import { diagnosticBuildIds, type SearchContext } from "./diagnostics";
import { type DiagnosticFilters, diagnosticWhere, occurrenceWhere } from "./diagnostics-filters";

const FEED_ENTRIES = 50;

export interface DiagnosticFeedEntry {
  buildId: number;
  atom: string;
  tinderbox: string;
  updated: string;
  texts: string[];
}

export async function diagnosticFeedEntries(
  filters: DiagnosticFilters,
  context: SearchContext = {},
): Promise<DiagnosticFeedEntry[]> {
  const ids = await diagnosticBuildIds(filters, FEED_ENTRIES, context);
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<
    Array<{ id: number; atom: string; tinderbox: string; at: Date; texts: string[] }>
  >`
    SELECT b.id, b.atom, t.name AS tinderbox, COALESCE(b."finishedAt", b."createdAt") AS at,
           (SELECT array_agg(DISTINCT d.text) FROM "DiagnosticOccurrence" o JOIN "Diagnostic" d ON d.id = o."diagnosticId"
            WHERE o."buildId" = b.id AND ${diagnosticWhere(filters)} AND ${occurrenceWhere(filters)}) AS texts
    FROM "Build" b JOIN "Tinderbox" t ON t.id = b."tinderboxId" WHERE b.id = ANY(${ids})`;
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const texts = (row.texts ?? []).slice(0, 10);
    return [{ buildId: id, atom: row.atom, tinderbox: row.tinderbox, updated: row.at.toISOString(), texts }];
  });
}
