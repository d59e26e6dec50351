// GET /feeds/failures.atom?...: the newest 50 failures of any filtered list as Atom, so a
// maintainer can subscribe to a category or to their packages.

import { feedReader } from "@/lib/auth/feed-keys";
import { failuresAtom } from "@/lib/feeds/failures-atom";
import { failureListQuerySchema, paramsRecord } from "@/lib/queries/failure-filters";
import { listFailures } from "@/lib/queries/failures";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const access = await feedReader(url);
  if ("denied" in access) return access.denied;
  const { page: _page, pageSize: _size, sort: _sort, dir: _dir, ...filters } = paramsRecord(url.searchParams);
  // A feed is always the newest entries: paging and sorting parameters are ignored.
  const query = failureListQuerySchema.parse({ ...filters, pageSize: 50 });
  const list = await listFailures(query, { user: access.user });
  return new Response(failuresAtom(list.rows, url), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "no-store" },
  });
}
