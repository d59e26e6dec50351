// POST /api/v1/results: a tinderbox uploads one build result (docs/upload-format.md).
import { authenticateUploadToken } from "@/lib/auth/upload-tokens";
import { env } from "@/lib/env";
import { jsonError, jsonOk } from "@/lib/http/responses";
import { UploadRejected } from "@/lib/http/upload-rejected";
import { ingestUpload } from "@/lib/ingest/ingest-upload";
import { ingestLimits } from "@/lib/ingest/limits";
import { partsFromRequest } from "@/lib/ingest/request-parts";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const auth = await authenticateUploadToken(request.headers.get("authorization"));
  if (!auth.ok) return jsonError(401, "unauthorized", auth.message);
  const limits = ingestLimits();
  let body: ReturnType<typeof partsFromRequest> | undefined;
  try {
    body = partsFromRequest(request, limits);
    const outcome = await ingestUpload(
      body.parts,
      { tinderboxId: auth.tinderboxId, tokenId: auth.tokenId },
      limits,
    );
    if (!outcome.ok) return jsonError(outcome.status, outcome.code, outcome.message);
    // New results are audited inside their transaction (lib/ingest/persist-result.ts).
    const url = `${env().KINDLING_PUBLIC_URL}/builds/${outcome.id}`;
    return jsonOk({ id: outcome.id, url, created: outcome.created }, outcome.created ? 201 : 200);
  } catch (err) {
    if (err instanceof UploadRejected) return jsonError(err.status, err.code, err.message);
    console.error("upload failed", err);
    return jsonError(500, "internal", "the upload could not be stored; nothing was kept, retry later");
  } finally {
    // Stop reading what is left of a rejected or short-circuited body.
    body?.body.destroy();
  }
}
