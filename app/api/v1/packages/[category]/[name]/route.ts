// GET /api/v1/packages/CAT/NAME: a package's build timeline per tinderbox (docs/api.md).
import { z } from "zod";
import { apiAccess } from "@/lib/auth/access";
import { jsonError, jsonOk } from "@/lib/http/responses";
import { packageHistory } from "@/lib/queries/packages";

export const dynamic = "force-dynamic";

// Next hands route params over percent-decoded already: decoding them again
// turned `a%25` (a literal `%`) into a URIError and a 500. They are checked
// against Portage's name rules instead, so anything else is a 400.
const packageParams = z.object({
  category: z
    .string()
    .max(100)
    .regex(/^[A-Za-z0-9][A-Za-z0-9+_.-]*$/, "not a Portage category name"),
  name: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9+_][A-Za-z0-9+_.-]*$/, "not a Portage package name"),
});

export async function GET(
  _request: Request,
  { params }: RouteContext<"/api/v1/packages/[category]/[name]">,
): Promise<Response> {
  const access = await apiAccess();
  if ("denied" in access) return access.denied;
  const parsed = packageParams.safeParse(await params);
  if (!parsed.success) return jsonError(400, "bad_package", z.prettifyError(parsed.error));
  const history = await packageHistory(parsed.data.category, parsed.data.name);
  return history ? jsonOk(history) : jsonError(404, "not_found", "no such package");
}
