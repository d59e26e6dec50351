"use server";
// Cancelling a grep job from its page: its creator or a maintainer (checked in lib/grep/jobs.ts).
import { revalidatePath } from "next/cache";
import { getSessionUser } from "@/lib/auth/session";
import { cancelGrepJob } from "@/lib/grep/jobs";

export type CancelGrepState = { ok: boolean; code?: string; message: string } | null;

export async function cancelGrepAction(
  _previous: CancelGrepState,
  formData: FormData,
): Promise<CancelGrepState> {
  const id = String(formData.get("id") ?? "");
  const result = await cancelGrepJob(id, await getSessionUser());
  if (!result.ok) return { ok: false, code: result.code, message: result.message };
  revalidatePath(`/grep/${id}`);
  return { ok: true, message: result.status === "cancelled" ? "Cancelled." : `The job is ${result.status}.` };
}
