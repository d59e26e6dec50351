// GET /feeds/diagnostics.atom?flag=&q=&<failure-list filters>: the newest 50 builds that
// printed a matching diagnostic, as Atom, so a porting effort can follow new offenders.

import { feedReader } from "@/lib/auth/feed-keys";
import { diagnosticsAtom } from "@/lib/feeds/diagnostics-atom";
import { diagnosticFeedEntries } from "@/lib/queries/diagnostics-feed";
import { parseDiagnosticQuery, tooBroadResponse } from "@/lib/queries/diagnostics-request";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const access = await feedReader(url);
  if ("denied" in access) return access.denied;
  url.searchParams.delete("key");
  // A feed is always the newest entries: paging parameters are ignored.
  url.searchParams.delete("page");
  url.searchParams.delete("pageSize");
  const parsed = parseDiagnosticQuery(url);
  if ("error" in parsed) return parsed.error;
  const myEmails = access.user ? [access.user.email.toLowerCase()] : [];
  try {
    const entries = await diagnosticFeedEntries(parsed.query, { myEmails });
    return new Response(diagnosticsAtom(entries, new URL(request.url)), {
      headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "no-store" },
    });
  } catch (error) {
    return tooBroadResponse(error);
  }
}
