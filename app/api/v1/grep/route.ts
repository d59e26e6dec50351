// POST /api/v1/grep {pattern, mode: literal|regex, filters: "<failure-list query string>"}:
// starts a grep job over the whole logs of the builds the filters pick
// (docs/grep.md). 201 {id, url}; 400 with the regex engine's message for a bad
// pattern; 401 when an anonymous job would cover more than KINDLING_GREP_ANON_MAX_BYTES.
import { apiAccess } from "@/lib/auth/access";
import { env } from "@/lib/env";
import { startGrepJob } from "@/lib/grep/jobs";
import { jsonError, jsonOk } from "@/lib/http/responses";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const access = await apiAccess();
  if ("denied" in access) return access.denied;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return jsonError(400, "bad_json", "the body must be a JSON object");
  }
  const started = await startGrepJob(body, access.user);
  if (!started.ok) return jsonError(started.status, started.code, started.message);
  return jsonOk({ id: started.id, url: `${env().KINDLING_PUBLIC_URL}/grep/${started.id}` }, 201);
}
