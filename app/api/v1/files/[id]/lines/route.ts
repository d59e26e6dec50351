// GET /api/v1/files/:id/lines?from=&to=[&member=]: a window of at most 2000
// lines, highlighted on the server (shiki HTML per line), for the log viewer.
// Colouring is bounded (see lib/files/highlighted-window.ts); when too many
// windows or member reads are running the answer is 503 with Retry-After.
import { z } from "zod";
import { apiAccess } from "@/lib/auth/access";
import { highlightedWindow, MAX_WINDOW } from "@/lib/files/highlighted-window";
import { resolveLineSource } from "@/lib/files/resolve-source";
import { jsonError } from "@/lib/http/responses";
import { busyResponse, WorkBusy } from "@/lib/http/work-limit";

export const runtime = "nodejs";

const linesQuery = z
  .object({
    from: z.coerce.number().int().min(1),
    to: z.coerce.number().int().min(1),
    member: z.string().min(1).max(4096).optional(),
  })
  .refine((q) => q.to >= q.from && q.to - q.from < MAX_WINDOW, {
    message: `to must be >= from and the window at most ${MAX_WINDOW} lines`,
  });

export async function GET(request: Request, { params }: RouteContext<"/api/v1/files/[id]/lines">) {
  const access = await apiAccess();
  if ("denied" in access) return access.denied;
  const query = linesQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return jsonError(400, "bad_query", z.prettifyError(query.error));
  try {
    const { id } = await params;
    const resolved = await resolveLineSource(id, query.data.member, request.signal);
    if (!resolved.ok) return jsonError(resolved.status, resolved.code, resolved.message);
    const { from, to } = query.data;
    const window = await highlightedWindow(resolved.source, from, to, resolved.language, request.signal);
    // A stored file never changes (content-addressed), so a window may be cached by the browser.
    return Response.json(
      { fileId: resolved.file.id, ...window },
      // A window cut by a budget may come out whole later: not cached.
      { headers: { "Cache-Control": window.notice ? "no-store" : "private, max-age=3600" } },
    );
  } catch (err) {
    if (err instanceof WorkBusy) return busyResponse(err);
    throw err;
  }
}
