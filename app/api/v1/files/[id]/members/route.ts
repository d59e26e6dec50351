// GET /api/v1/files/:id/members: the member list recorded at ingest for an
// archive. Paths are returned exactly as the archive names them (JSON-escaped);
// they are data, never used as file system paths.
import { apiAccess } from "@/lib/auth/access";
import { parsePositiveId } from "@/lib/http/ids";
import { jsonError, jsonOk } from "@/lib/http/responses";
import { getFileContent, listArchiveMembers } from "@/lib/queries/files";

export const runtime = "nodejs";

export async function GET(_request: Request, { params }: RouteContext<"/api/v1/files/[id]/members">) {
  const access = await apiAccess();
  if ("denied" in access) return access.denied;
  const id = parsePositiveId((await params).id);
  if (id === null) return jsonError(400, "bad_id", "file id must be a positive integer");
  const file = await getFileContent(id);
  if (!file) return jsonError(404, "not_found", `no file ${id}`);
  if (file.role !== "archive") return jsonError(400, "not_archive", `file ${id} is not an archive`);
  return jsonOk({ fileId: id, members: await listArchiveMembers(id) });
}
