"use server";
// Server actions of the failure page. Each is a thin wrapper: the session's
// maintainer and the form's fields go to the validated write in lib/actions.
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/action-result";
import { linkBug, unlinkBug } from "@/lib/actions/bug-links";
import { correctPrimary, undoPrimaryCorrection } from "@/lib/actions/primary-correction";
import { type StoredTriage, setTriageState } from "@/lib/actions/triage";
import { validatedByWrite, withRole } from "@/lib/actions/with-role";
import type { SessionUser } from "@/lib/auth/access";

export type FormActionState = ActionResult<{ message?: string; stored?: StoredTriage }> | null;

/** The session's maintainer writes the form's fields; on success the build's pages are revalidated. */
async function writeBuild<T extends object>(
  formData: FormData,
  write: (user: SessionUser, fields: unknown) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  const result = await withRole("maintainer", validatedByWrite, formData, write);
  if (result.ok) {
    const buildId = Number(formData.get("buildId"));
    revalidatePath(`/builds/${buildId}`);
    revalidatePath(`/builds/${buildId}/bug`);
  }
  return result;
}

export async function setTriageAction(
  _previous: FormActionState,
  formData: FormData,
): Promise<FormActionState> {
  const result = await writeBuild(formData, setTriageState);
  if (!result.ok) return result;
  return { ok: true, message: result.changed ? "Saved." : "Unchanged.", stored: result.stored };
}

export async function linkBugAction(
  _previous: FormActionState,
  formData: FormData,
): Promise<FormActionState> {
  const result = await writeBuild(formData, linkBug);
  return result.ok ? { ok: true, message: `Linked to ${result.builds} failure(s).` } : result;
}

/** For a plain <form action>: the outcome shows as the link's absence after revalidation. */
export async function unlinkBugAction(formData: FormData): Promise<void> {
  await writeBuild(formData, unlinkBug);
}

/** "This is the error": the form's line becomes the primary error (lib/actions/primary-correction.ts). */
export async function correctPrimaryAction(
  _previous: FormActionState,
  formData: FormData,
): Promise<FormActionState> {
  const result = await writeBuild(formData, correctPrimary);
  return result.ok ? { ok: true, message: `Line ${result.primaryLine} is now the primary error.` } : result;
}

export async function undoPrimaryCorrectionAction(
  _previous: FormActionState,
  formData: FormData,
): Promise<FormActionState> {
  const result = await writeBuild(formData, undoPrimaryCorrection);
  return result.ok ? { ok: true, message: "The analysis' line is the primary error again." } : result;
}
