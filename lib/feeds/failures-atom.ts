// Renders failure rows as an Atom 1.0 document (RFC 4287). Every text goes
// through xmlEscape: titles and error lines come from build logs.
import type { FailureRow } from "../queries/failures";

export function xmlEscape(text: string): string {
  return (
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
      // XML 1.0 forbids most control characters even when escaped.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")
  );
}

function entry(row: FailureRow, origin: string): string {
  const link = `${origin}/builds/${row.id}`;
  const when = row.finishedAt ?? row.createdAt;
  const summary = [
    row.primaryText ?? "",
    `${row.phase ?? "-"} / ${row.kind} on ${row.tinderbox} (${row.profile})`,
  ]
    .filter(Boolean)
    .join("\n");
  return `  <entry>
    <id>${xmlEscape(link)}</id>
    <title>${xmlEscape(row.title || row.atom)}</title>
    <link rel="alternate" type="text/html" href="${xmlEscape(link)}"/>
    <updated>${when}</updated>
    <category term="${xmlEscape(row.kind)}"/>
    <summary>${xmlEscape(summary)}</summary>
  </entry>`;
}

/**
 * The feed's own URL as written into the document: without the private-mode
 * `key`, which is a password. A feed body is cached, shared and pasted by feed
 * readers; the reader already holds the key in the URL it subscribed to.
 */
export function publicFeedUrl(feedUrl: URL): URL {
  const shown = new URL(feedUrl);
  shown.searchParams.delete("key");
  return shown;
}

/** The filters in readable form for the title, e.g. `category=dev-libs kind=compile`. */
function filterLabel(params: URLSearchParams): string {
  return [...params].map(([name, value]) => `${name}=${value}`).join(" ");
}

export function failuresAtom(rows: FailureRow[], feedUrl: URL): string {
  const shown = publicFeedUrl(feedUrl);
  const origin = shown.origin;
  const htmlUrl = `${origin}/failures${shown.search}`;
  const updated = rows[0]?.finishedAt ?? rows[0]?.createdAt ?? new Date(0).toISOString();
  const filters = filterLabel(shown.searchParams);
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xmlEscape(shown.toString())}</id>
  <title>${xmlEscape(filters ? `Kindling failures: ${filters}` : "Kindling failures")}</title>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(shown.toString())}"/>
  <link rel="alternate" type="text/html" href="${xmlEscape(htmlUrl)}"/>
  <updated>${updated}</updated>
  <author><name>Kindling</name></author>
${rows.map((row) => entry(row, origin)).join("\n")}
</feed>
`;
}
