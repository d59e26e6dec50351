"use server";
// Server action of a tracker's blocker page: the session's maintainer (withRole)
// and the selected failures handed to lib/actions/file-blockers.ts, which
// validates, checks the role again and files through one-click filing.
import { revalidatePath } from "next/cache";
import { type FileBlockersResult, fileBlockers } from "@/lib/actions/file-blockers";
import { validatedByWrite, withRole } from "@/lib/actions/with-role";

export type FileBlockersState = FileBlockersResult | null;

export async function fileBlockersAction(
  _previous: FileBlockersState,
  formData: FormData,
): Promise<FileBlockersState> {
  const trackerId = formData.get("trackerId");
  const result = await withRole("maintainer", validatedByWrite, formData, (user) =>
    fileBlockers(user, { trackerId, buildIds: formData.getAll("buildIds") }),
  );
  if (result.ok) {
    revalidatePath(`/trackers/${trackerId}`);
    revalidatePath(`/trackers/${trackerId}/blockers`);
  }
  return result;
}
