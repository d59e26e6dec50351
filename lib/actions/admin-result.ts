// Shared shape of the form-driven server actions (admin pages, the user's own
// account): check the role first (so nobody learns anything from validation
// errors), then validate with the action's own zod schema, then run. Expected
// failures come back as values.
import type { z } from "zod";
import { AccessDenied, type Role, requireRole, type SessionUser } from "../auth/access";

export type AdminResult =
  | { ok: true; message: string; secret?: string }
  | { ok: false; code: string; message: string };

export async function asRole<Schema extends z.ZodType>(
  role: Role,
  schema: Schema,
  formData: FormData,
  run: (user: SessionUser, input: z.infer<Schema>) => Promise<AdminResult>,
): Promise<AdminResult> {
  let user: SessionUser;
  try {
    user = await requireRole(role);
  } catch (err) {
    if (!(err instanceof AccessDenied)) throw err;
    return { ok: false, code: err.status === 401 ? "unauthorized" : "forbidden", message: err.message };
  }
  const parsed = schema.safeParse(formData instanceof FormData ? Object.fromEntries(formData) : {});
  if (!parsed.success)
    return { ok: false, code: "invalid", message: parsed.error.issues.map((i) => i.message).join("; ") };
  return run(user, parsed.data);
}

export function asAdmin<Schema extends z.ZodType>(
  schema: Schema,
  formData: FormData,
  run: (admin: SessionUser, input: z.infer<Schema>) => Promise<AdminResult>,
): Promise<AdminResult> {
  return asRole("admin", schema, formData, run);
}
