// GET /api/v1/files/:id/search?q=&from=[&member=]: case-insensitive search over
// the whole file on the server, with the true totals and up to 1000 matching
// line numbers from `from` on (page on by passing the last one + 1).
import { z } from "zod";
import { apiAccess } from "@/lib/auth/access";
import { resolveLineSource } from "@/lib/files/resolve-source";
import { MAX_QUERY_CHARS, searchLines } from "@/lib/files/search";
import { jsonError, jsonOk } from "@/lib/http/responses";

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
  const resolved = await resolveLineSource((await params).id, query.data.member);
  if (!resolved.ok) return jsonError(resolved.status, resolved.code, resolved.message);
  const result = await searchLines(resolved.source.scan(), query.data.q, query.data.from);
  return jsonOk({ fileId: resolved.file.id, totalFileLines: resolved.source.totalLines, ...result });
}
