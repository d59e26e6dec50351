"use server";
// Server action of a tracker's blocker page: the session's maintainer and the
// selected failures handed to lib/actions/file-blockers.ts, which validates,
// checks the role again and files through one-click filing.
import { revalidatePath } from "next/cache";
import { type FileBlockersResult, fileBlockers } from "@/lib/actions/file-blockers";
import { AccessDenied, requireRole } from "@/lib/auth/access";

export type FileBlockersState = FileBlockersResult | null;

export async function fileBlockersAction(
  _previous: FileBlockersState,
  formData: FormData,
): Promise<FileBlockersState> {
  let user: Awaited<ReturnType<typeof requireRole>>;
  try {
    user = await requireRole("maintainer");
  } catch (err) {
    if (!(err instanceof AccessDenied)) throw err;
    return { ok: false, code: err.status === 401 ? "unauthorized" : "forbidden", message: err.message };
  }
  const trackerId = formData.get("trackerId");
  const result = await fileBlockers(user, { trackerId, buildIds: formData.getAll("buildIds") });
  if (result.ok) {
    revalidatePath(`/trackers/${trackerId}`);
    revalidatePath(`/trackers/${trackerId}/blockers`);
  }
  return result;
}
