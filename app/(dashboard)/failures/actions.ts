"use server";
// Server actions of the failure lists: bulk triage (lib/actions/bulk-triage.ts)
// and "my views" (lib/actions/saved-views.ts), each with the session's role checked.
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/action-result";
import { type BulkResult, bulkTriage } from "@/lib/actions/bulk-triage";
import { deleteView, saveView } from "@/lib/actions/saved-views";
import { withMaintainer, withRole } from "@/lib/actions/with-maintainer";

export async function bulkTriageAction(input: unknown): Promise<BulkResult> {
  return withMaintainer((user) => bulkTriage(user, input));
}

export type SavedViewState = (ActionResult & { message?: string }) | null;

export async function saveViewAction(_previous: SavedViewState, formData: FormData): Promise<SavedViewState> {
  const result = await withRole("viewer", (user) => saveView(user, Object.fromEntries(formData)));
  if (!result.ok) return result;
  revalidatePath("/failures");
  return { ok: true, message: "Saved." };
}

export async function deleteViewAction(
  _previous: SavedViewState,
  formData: FormData,
): Promise<SavedViewState> {
  const result = await withRole("viewer", (user) => deleteView(user, Object.fromEntries(formData)));
  if (!result.ok) return result;
  revalidatePath("/failures");
  return { ok: true, message: "Deleted." };
}
