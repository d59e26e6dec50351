// GET /api/v1/builds/:id/attachments.tar: every file of a failure as one tar,
// ready to attach to a bug (lib/bugs/bundle.ts says what is in it and why).
import { Readable } from "node:stream";
import { apiAccess } from "@/lib/auth/access";
import { packBundle } from "@/lib/bugs/bundle";
import { jsonError } from "@/lib/http/responses";
import { bundleFiles } from "@/lib/queries/builds";
import { openTextStream } from "@/lib/storage/blob-reader";

export const runtime = "nodejs";

export async function GET(
  _request: Request,
  { params }: RouteContext<"/api/v1/builds/[id]/attachments.tar">,
): Promise<Response> {
  const access = await apiAccess();
  if ("denied" in access) return access.denied;
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id <= 0)
    return jsonError(400, "bad_id", "build id must be a positive integer");
  const build = await bundleFiles(id);
  if (!build) return jsonError(404, "not_found", `no build ${id}`);
  const directory = `${build.atom.replace("/", "_")}-build${build.id}`;
  const tar = packBundle(build.files, directory, openTextStream);
  return new Response(Readable.toWeb(tar) as ReadableStream, {
    headers: {
      "Content-Type": "application/x-tar",
      "Content-Disposition": `attachment; filename="${directory.replace(/[^\w.+-]/g, "_")}.tar"`,
      "Cache-Control": "private, max-age=3600",
    },
  });
}
