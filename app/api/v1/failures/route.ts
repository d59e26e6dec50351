// GET /api/v1/failures?...: the failure list as JSON, same parameters as /failures (docs/api.md).
import { apiAccess } from "@/lib/auth/access";
import { jsonOk } from "@/lib/http/responses";
import { failureListQuerySchema, paramsRecord } from "@/lib/queries/failure-filters";
import { listFailures } from "@/lib/queries/failures";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const access = await apiAccess();
  if ("denied" in access) return access.denied;
  const query = failureListQuerySchema.parse(paramsRecord(new URL(request.url).searchParams));
  return jsonOk(await listFailures(query, { user: access.user }));
}
