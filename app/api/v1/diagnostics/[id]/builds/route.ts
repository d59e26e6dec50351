// GET /api/v1/diagnostics/ID/builds?<failure-list filters>&phase=&page=: the builds that
// printed one diagnostic, newest first, each with its line, context and link (#L<n>).
import { apiAccess } from "@/lib/auth/access";
import { jsonError, jsonOk } from "@/lib/http/responses";
import { getDiagnostic, listDiagnosticBuilds } from "@/lib/queries/diagnostic-builds";
import { parseDiagnosticQuery, tooBroadResponse } from "@/lib/queries/diagnostics-request";

export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const access = await apiAccess();
  if ("denied" in access) return access.denied;
  const raw = (await context.params).id;
  const id = Number(raw);
  if (!/^\d{1,9}$/.test(raw) || id <= 0)
    return jsonError(400, "bad_id", "the diagnostic id is a positive integer");
  const parsed = parseDiagnosticQuery(new URL(request.url));
  if ("error" in parsed) return parsed.error;
  const diagnostic = await getDiagnostic(id);
  if (!diagnostic) return jsonError(404, "not_found", `diagnostic ${id} does not exist`);
  const myEmails = access.user ? [access.user.email.toLowerCase()] : [];
  try {
    return jsonOk({ diagnostic, ...(await listDiagnosticBuilds(id, parsed.query, { myEmails })) });
  } catch (error) {
    return tooBroadResponse(error);
  }
}
