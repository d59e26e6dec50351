"use server";
// "My views" on the failure list, for any signed-in user: thin wrappers around
// lib/actions/saved-views.ts, which only ever touches the caller's own views.
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/action-result";
import { deleteView, saveView } from "@/lib/actions/saved-views";
import { validatedByWrite, withRole } from "@/lib/actions/with-role";

export type SavedViewState = (ActionResult & { message?: string }) | null;

export async function saveViewAction(_previous: SavedViewState, formData: FormData): Promise<SavedViewState> {
  const result = await withRole("viewer", validatedByWrite, formData, saveView);
  if (!result.ok) return result;
  revalidatePath("/failures");
  return { ok: true, message: "Saved." };
}

export async function deleteViewAction(
  _previous: SavedViewState,
  formData: FormData,
): Promise<SavedViewState> {
  const result = await withRole("viewer", validatedByWrite, formData, deleteView);
  if (!result.ok) return result;
  revalidatePath("/failures");
  return { ok: true, message: "Deleted." };
}
