"use server";
// Server actions of the failure page. Each is a thin wrapper: the session's
// maintainer and the form's fields go to the validated write in lib/actions.
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/action-result";
import { linkBug, unlinkBug } from "@/lib/actions/bug-links";
import { correctPrimary, undoPrimaryCorrection } from "@/lib/actions/primary-correction";
import { type StoredTriage, setTriageState } from "@/lib/actions/triage";
import { withMaintainer } from "@/lib/actions/with-maintainer";

export type FormActionState = ActionResult<{ message?: string; stored?: StoredTriage }> | null;

function revalidateBuild(formData: FormData): void {
  const buildId = Number(formData.get("buildId"));
  revalidatePath(`/builds/${buildId}`);
  revalidatePath(`/builds/${buildId}/bug`);
}

export async function setTriageAction(
  _previous: FormActionState,
  formData: FormData,
): Promise<FormActionState> {
  const result = await withMaintainer((user) => setTriageState(user, Object.fromEntries(formData)));
  if (result.ok) revalidateBuild(formData);
  if (!result.ok) return result;
  return { ok: true, message: result.changed ? "Saved." : "Unchanged.", stored: result.stored };
}

export async function linkBugAction(
  _previous: FormActionState,
  formData: FormData,
): Promise<FormActionState> {
  const result = await withMaintainer((user) => linkBug(user, Object.fromEntries(formData)));
  if (result.ok) revalidateBuild(formData);
  return result.ok ? { ok: true, message: `Linked to ${result.builds} failure(s).` } : result;
}

/** For a plain <form action>: the outcome shows as the link's absence after revalidation. */
export async function unlinkBugAction(formData: FormData): Promise<void> {
  const result = await withMaintainer((user) => unlinkBug(user, Object.fromEntries(formData)));
  if (result.ok) revalidateBuild(formData);
}

/** "This is the error": the form's line becomes the primary error (lib/actions/primary-correction.ts). */
export async function correctPrimaryAction(
  _previous: FormActionState,
  formData: FormData,
): Promise<FormActionState> {
  const result = await withMaintainer((user) => correctPrimary(user, Object.fromEntries(formData)));
  if (result.ok) revalidateBuild(formData);
  return result.ok ? { ok: true, message: `Line ${result.primaryLine} is now the primary error.` } : result;
}

export async function undoPrimaryCorrectionAction(
  _previous: FormActionState,
  formData: FormData,
): Promise<FormActionState> {
  const result = await withMaintainer((user) => undoPrimaryCorrection(user, Object.fromEntries(formData)));
  if (result.ok) revalidateBuild(formData);
  return result.ok ? { ok: true, message: "The analysis' line is the primary error again." } : result;
}
