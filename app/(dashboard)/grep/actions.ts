"use server";
// Starting a grep job from /grep: anyone who may read (anonymous jobs are
// capped by bytes in lib/grep/jobs.ts); on success the browser goes to the job's page.
import { redirect } from "next/navigation";
import { requireRead } from "@/lib/auth/access";
import { startGrepJob } from "@/lib/grep/jobs";

export type StartGrepState = { ok: false; code: string; message: string } | null;

export async function startGrepAction(
  _previous: StartGrepState,
  formData: FormData,
): Promise<StartGrepState> {
  const user = await requireRead();
  const started = await startGrepJob(
    {
      pattern: formData.get("pattern") ?? "",
      mode: formData.get("mode") ?? "literal",
      filters: formData.get("filters") ?? "",
    },
    user,
  );
  if (!started.ok) return { ok: false, code: started.code, message: started.message };
  redirect(`/grep/${started.id}`);
}
