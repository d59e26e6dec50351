// GET /api/v1/diagnostics?q=&flag=&kind=&phase=&<failure-list filters>&page=: diagnostics
// grouped with build and package counts, as {rows, total, page, pageSize, window} (docs/api.md).
import { apiAccess } from "@/lib/auth/access";
import { jsonOk } from "@/lib/http/responses";
import { searchDiagnostics } from "@/lib/queries/diagnostics";
import { parseDiagnosticQuery, tooBroadResponse } from "@/lib/queries/diagnostics-request";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const access = await apiAccess();
  if ("denied" in access) return access.denied;
  const parsed = parseDiagnosticQuery(new URL(request.url));
  if ("error" in parsed) return parsed.error;
  const myEmails = access.user ? [access.user.email.toLowerCase()] : [];
  try {
    return jsonOk(await searchDiagnostics(parsed.query, { myEmails }));
  } catch (error) {
    return tooBroadResponse(error);
  }
}
