"use server";
// Public on purpose: the invitation token in the form is the credential.
import { z } from "zod";
import { acceptInvitation } from "../auth/invitations";
import type { FormResult } from "./action-result";
import { parseForm } from "./with-role";

const acceptSchema = z.object({
  token: z.string().max(100),
  name: z.string().trim().max(100).default(""),
  password: z.string().min(10, "passwords need at least 10 characters").max(1024),
});

export async function acceptInvitationAction(
  _prev: FormResult | null,
  formData: FormData,
): Promise<FormResult> {
  const parsed = parseForm(acceptSchema, formData);
  if (!parsed.ok) return parsed;
  const outcome = await acceptInvitation(parsed.data.token, parsed.data.name, parsed.data.password);
  if (!outcome.ok) return { ok: false, code: "invitation", message: outcome.message };
  return { ok: true, message: `account ${outcome.email} created; you can sign in now` };
}
