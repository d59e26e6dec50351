// GET /api/v1/health: the server is up and its database answers.
import { db } from "@/lib/db";
import { jsonError, jsonOk } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    await db.$queryRaw`SELECT 1`;
    return jsonOk({ ok: true });
  } catch {
    return jsonError(503, "database_unavailable", "the database does not answer");
  }
}
