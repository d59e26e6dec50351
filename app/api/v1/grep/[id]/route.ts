// GET /api/v1/grep/:id?page=&pageSize=|after=: a grep job's status and
// progress with one page of its hits (or the hits after a hit id).
// DELETE /api/v1/grep/:id: cancels it (its creator or a maintainer).
import { apiAccess } from "@/lib/auth/access";
import { getGrepJob, hitsQuerySchema, listGrepHits } from "@/lib/grep/job-view";
import { cancelGrepJob } from "@/lib/grep/jobs";
import { jsonError, jsonOk } from "@/lib/http/responses";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const access = await apiAccess();
  if ("denied" in access) return access.denied;
  const { id } = await params;
  const job = await getGrepJob(id);
  if (!job) return jsonError(404, "not_found", `no grep job ${id} (or it has expired)`);
  const query = hitsQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return jsonOk({ job, hits: await listGrepHits(id, query) });
}

export async function DELETE(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const access = await apiAccess();
  if ("denied" in access) return access.denied;
  const { id } = await params;
  const cancelled = await cancelGrepJob(id, access.user);
  if (!cancelled.ok) return jsonError(cancelled.status, cancelled.code, cancelled.message);
  return jsonOk({ id, status: cancelled.status });
}
