"use server";
// Admin writes on retention policies (the /admin/storage page): save one (the
// default or a tinderbox's), or send a tinderbox back to the default. Role
// checked first (withRole), input by the one policy schema
// (lib/retention/policy.ts), every change audited.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordAudit } from "../audit/record";
import { db } from "../db";
import {
  policyValues,
  removeRetentionPolicy,
  retentionPolicyInput,
  saveRetentionPolicy,
} from "../retention/policy";
import type { FormResult } from "./action-result";
import { withRole } from "./with-role";

export async function savePolicyAction(_prev: FormResult | null, formData: FormData): Promise<FormResult> {
  return withRole("admin", retentionPolicyInput, formData, async (admin, input): Promise<FormResult> => {
    if (input.tinderboxId !== null && !(await db.tinderbox.findUnique({ where: { id: input.tinderboxId } })))
      return { ok: false, code: "not_found", message: `no tinderbox ${input.tinderboxId}` };
    const values = policyValues(input);
    await saveRetentionPolicy(input.tinderboxId, values);
    await recordAudit(db, {
      userId: admin.id,
      action: "retention.policy.save",
      target: input.tinderboxId === null ? "retention:default" : `tinderbox:${input.tinderboxId}`,
      details: { ...values, archiveMinBytes: values.archiveMinBytes?.toString() ?? null },
    });
    revalidatePath("/admin/storage");
    return { ok: true, message: "policy saved; it applies at the next retention run" };
  });
}

const removeSchema = z.object({ tinderboxId: z.coerce.number().int().positive() });

export async function removePolicyAction(_prev: FormResult | null, formData: FormData): Promise<FormResult> {
  return withRole("admin", removeSchema, formData, async (admin, input): Promise<FormResult> => {
    await removeRetentionPolicy(input.tinderboxId);
    await recordAudit(db, {
      userId: admin.id,
      action: "retention.policy.remove",
      target: `tinderbox:${input.tinderboxId}`,
    });
    revalidatePath("/admin/storage");
    return { ok: true, message: "the tinderbox follows the default policy again" };
  });
}
