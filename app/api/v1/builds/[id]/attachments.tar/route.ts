// GET /api/v1/builds/:id/attachments.tar: every file of a failure as one tar,
// ready to attach to a bug (lib/bugs/bundle.ts says what is in it and why).
import { Readable } from "node:stream";
import { apiAccess } from "@/lib/auth/access";
import { bundleDirectory, openBundle } from "@/lib/bugs/bundle";
import { BundleBusy } from "@/lib/bugs/bundle-cache";
import { parsePositiveId } from "@/lib/http/ids";
import { jsonError } from "@/lib/http/responses";
import { bundleFiles } from "@/lib/queries/builds";

export const runtime = "nodejs";

export async function GET(
  request: Request,
  { params }: RouteContext<"/api/v1/builds/[id]/attachments.tar">,
): Promise<Response> {
  const access = await apiAccess();
  if ("denied" in access) return access.denied;
  const id = parsePositiveId((await params).id);
  if (id === null) return jsonError(400, "bad_id", "build id must be a positive integer");
  const build = await bundleFiles(id);
  if (!build) return jsonError(404, "not_found", `no build ${id}`);
  let tar: Readable;
  try {
    tar = await openBundle(build, request.signal);
  } catch (err) {
    if (!(err instanceof BundleBusy)) throw err;
    const busy = jsonError(503, "busy", err.message);
    busy.headers.set("Retry-After", String(err.retryAfterSeconds));
    return busy;
  }
  return new Response(Readable.toWeb(tar) as ReadableStream, {
    headers: {
      "Content-Type": "application/x-tar",
      "Content-Disposition": `attachment; filename="${bundleDirectory(build)}.tar"`,
      "Cache-Control": "private, max-age=3600",
    },
  });
}
