"use server";
// Server actions of /trackers: thin wrappers around the validated writes in lib/actions/trackers.ts.
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/action-result";
import { createTracker, type StoredTracker, updateTracker } from "@/lib/actions/trackers";
import { validatedByWrite, withRole } from "@/lib/actions/with-role";

export type TrackerFormState = ActionResult<{ message?: string; stored?: StoredTracker }> | null;

export async function saveTrackerAction(
  _previous: TrackerFormState,
  formData: FormData,
): Promise<TrackerFormState> {
  const fields = Object.fromEntries(formData);
  const result = await withRole("maintainer", validatedByWrite, fields, (user) =>
    fields.id ? updateTracker(user, fields) : createTracker(user, fields),
  );
  if (!result.ok) return result;
  revalidatePath("/trackers");
  return { ok: true, message: "Saved.", stored: result.stored };
}
