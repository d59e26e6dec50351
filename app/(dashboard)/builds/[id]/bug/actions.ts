"use server";
// Server actions of the bug page and the failure page's bug status: thin
// wrappers handing the session's maintainer (withRole) and the form to
// lib/actions, which validate and check the role again.
import { revalidatePath } from "next/cache";
import { fileBug } from "@/lib/actions/file-bug";
import { refreshBuildBugs } from "@/lib/actions/refresh-build-bugs";
import { setTriageState } from "@/lib/actions/triage";
import { validatedByWrite, withRole } from "@/lib/actions/with-role";

export type BugActionState = { ok: boolean; message: string; bugNumber?: number; url?: string } | null;

function revalidateBuild(buildId: number): void {
  revalidatePath(`/builds/${buildId}`);
  revalidatePath(`/builds/${buildId}/bug`);
}

export async function fileBugAction(_previous: BugActionState, formData: FormData): Promise<BugActionState> {
  const input = { ...Object.fromEntries(formData), fileIds: formData.getAll("fileIds") };
  const result = await withRole("maintainer", validatedByWrite, input, (user, fields) =>
    fileBug(user, fields),
  );
  if (result.ok) revalidateBuild(Number(formData.get("buildId")));
  return result.ok
    ? { ok: true, message: result.message, bugNumber: result.bugNumber, url: result.url }
    : { ok: false, message: result.message };
}

/** "Mark as infra" on an infra failure's bug page: the triage action, with the version the page showed. */
export async function markInfraAction(
  _previous: BugActionState,
  formData: FormData,
): Promise<BugActionState> {
  const buildId = Number(formData.get("buildId"));
  const result = await withRole("maintainer", validatedByWrite, formData, (user) =>
    setTriageState(user, {
      buildId,
      state: "infra",
      note: `tinderbox problem: ${String(formData.get("reason") ?? "").slice(0, 200)}`,
      version: formData.get("version"),
    }),
  );
  if (result.ok) revalidateBuild(buildId);
  return result.ok ? { ok: true, message: "Marked as infra." } : { ok: false, message: result.message };
}

export async function refreshBugStatusAction(
  _previous: BugActionState,
  formData: FormData,
): Promise<BugActionState> {
  const result = await withRole("maintainer", validatedByWrite, formData.get("buildId"), refreshBuildBugs);
  if (result.ok) revalidateBuild(Number(formData.get("buildId")));
  return result;
}
