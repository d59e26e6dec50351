// The diagnostics feed (Atom 1.0), rendered from diagnosticFeedEntries. Escaped
// like the failure feed (failures-atom.ts: xmlEscape, and the private-mode key
// never written out).
import type { DiagnosticFeedEntry } from "../queries/diagnostics-feed";
import { publicFeedUrl, xmlEscape } from "./failures-atom";

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
