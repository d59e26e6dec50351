// GET /api/v1/suggest?field=package|category|maintainer&q=...: autocomplete for the list filters (docs/api.md).
import { apiAccess } from "@/lib/auth/access";
import { jsonError, jsonOk } from "@/lib/http/responses";
import { suggest, suggestQuerySchema } from "@/lib/queries/suggest";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const access = await apiAccess();
  if ("denied" in access) return access.denied;
  const parsed = suggestQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success)
    return jsonError(
      400,
      "invalid_query",
      "give field=package|category|maintainer and q (1 to 100 characters)",
    );
  return jsonOk({ suggestions: await suggest(parsed.data) });
}
