// GET /api/v1/files/:id/search?q=&from=[&member=]: case-insensitive search over
// the whole file on the server, with the true totals and up to 1000 matching
// line numbers from `from` on (page on by passing the last one + 1). A few
// searches run at once per process (then 503 + Retry-After); a search whose
// client has gone away stops reading.
import { z } from "zod";
import { apiAccess } from "@/lib/auth/access";
import { readLimit } from "@/lib/files/read-limits";
import { resolveLineSource } from "@/lib/files/resolve-source";
import { MAX_QUERY_CHARS, searchLines } from "@/lib/files/search";
import { jsonError, jsonOk } from "@/lib/http/responses";
import { busyResponse, WorkBusy } from "@/lib/http/work-limit";

export const runtime = "nodejs";

const searchQuery = z.object({
  q: z.string().min(1).max(MAX_QUERY_CHARS),
  from: z.coerce.number().int().min(1).default(1),
  member: z.string().min(1).max(4096).optional(),
});

export async function GET(request: Request, { params }: RouteContext<"/api/v1/files/[id]/search">) {
  const access = await apiAccess();
  if ("denied" in access) return access.denied;
  const query = searchQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return jsonError(400, "bad_query", z.prettifyError(query.error));
  const { q, from, member } = query.data;
  const signal = request.signal;
  try {
    const { id } = await params;
    const resolved = await resolveLineSource(id, member, signal);
    if (!resolved.ok) return jsonError(resolved.status, resolved.code, resolved.message);
    const { source } = resolved;
    const result = await readLimit("search").run(
      () => searchLines(source.scan(signal), q, from, signal),
      signal,
    );
    if (signal.aborted) return jsonError(499, "client_gone", "the client went away; the search stopped");
    const notice = source.capNote ? { notice: source.capNote } : {};
    return jsonOk({ fileId: resolved.file.id, totalFileLines: source.totalLines, ...result, ...notice });
  } catch (err) {
    if (err instanceof WorkBusy) return busyResponse(err);
    if (signal.aborted) return jsonError(499, "client_gone", "the client went away; the search stopped");
    throw err;
  }
}
