// GET /api/v1/signatures?q=&sort=&page=&pageSize=: coarse signatures with counts and trends (docs/api.md).
import { apiAccess } from "@/lib/auth/access";
import { jsonOk } from "@/lib/http/responses";
import { listSignatures, signatureListQuerySchema } from "@/lib/queries/signatures";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const access = await apiAccess();
  if ("denied" in access) return access.denied;
  const query = signatureListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return jsonOk(await listSignatures(query));
}
