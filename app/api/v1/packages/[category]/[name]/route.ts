// GET /api/v1/packages/CAT/NAME: a package's build timeline per tinderbox (docs/api.md).
import { apiAccess } from "@/lib/auth/access";
import { jsonError, jsonOk } from "@/lib/http/responses";
import { packageHistory } from "@/lib/queries/packages";

export const dynamic = "force-dynamic";

export async function GET(
  _request: Request,
  { params }: RouteContext<"/api/v1/packages/[category]/[name]">,
): Promise<Response> {
  const access = await apiAccess();
  if ("denied" in access) return access.denied;
  const { category, name } = await params;
  const history = await packageHistory(decodeURIComponent(category), decodeURIComponent(name));
  return history ? jsonOk(history) : jsonError(404, "not_found", "no such package");
}
