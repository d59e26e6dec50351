// The diagnostics feed (Atom 1.0): the newest builds that printed a matching
// diagnostic, each with the matching lines' texts. Escaped like the failure feed
// (failures-atom.ts: xmlEscape, and the private-mode key never written out).
import { db } from "../db";
import { diagnosticBuildIds, type SearchContext } from "./diagnostics";
import { type DiagnosticFilters, diagnosticWhere, occurrenceWhere } from "./diagnostics-filters";
import { publicFeedUrl, xmlEscape } from "./failures-atom";

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

function entry(item: DiagnosticFeedEntry, origin: string): string {
  const link = `${origin}/builds/${item.buildId}`;
  return `  <entry>
    <id>${xmlEscape(link)}</id>
    <title>${xmlEscape(`${item.atom} on ${item.tinderbox}`)}</title>
    <link rel="alternate" type="text/html" href="${xmlEscape(link)}"/>
    <updated>${item.updated}</updated>
    <summary>${xmlEscape(item.texts.join("\n"))}</summary>
  </entry>`;
}

export function diagnosticsAtom(entries: DiagnosticFeedEntry[], feedUrl: URL): string {
  const shown = publicFeedUrl(feedUrl);
  const htmlUrl = `${shown.origin}/diagnostics${shown.search}`;
  const label = [...shown.searchParams].map(([name, value]) => `${name}=${value}`).join(" ");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xmlEscape(shown.toString())}</id>
  <title>${xmlEscape(label ? `Kindling diagnostics: ${label}` : "Kindling diagnostics")}</title>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(shown.toString())}"/>
  <link rel="alternate" type="text/html" href="${xmlEscape(htmlUrl)}"/>
  <updated>${entries[0]?.updated ?? new Date(0).toISOString()}</updated>
  <author><name>Kindling</name></author>
${entries.map((item) => entry(item, shown.origin)).join("\n")}
</feed>
`;
}
