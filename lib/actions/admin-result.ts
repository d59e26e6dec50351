// Shared shape of the admin server actions: check the role first (so nobody
// learns anything from validation errors), then validate with the action's own
// zod schema, then run. Expected failures come back as values.
import type { z } from "zod";
import { AccessDenied, requireRole, type SessionUser } from "../auth/access";

export type AdminResult =
  | { ok: true; message: string; secret?: string }
  | { ok: false; code: string; message: string };

export async function asAdmin<Schema extends z.ZodType>(
  schema: Schema,
  formData: FormData,
  run: (admin: SessionUser, input: z.infer<Schema>) => Promise<AdminResult>,
): Promise<AdminResult> {
  let admin: SessionUser;
  try {
    admin = await requireRole("admin");
  } catch (err) {
    if (!(err instanceof AccessDenied)) throw err;
    return { ok: false, code: err.status === 401 ? "unauthorized" : "forbidden", message: err.message };
  }
  const parsed = schema.safeParse(formData instanceof FormData ? Object.fromEntries(formData) : {});
  if (!parsed.success)
    return { ok: false, code: "invalid", message: parsed.error.issues.map((i) => i.message).join("; ") };
  return run(admin, parsed.data);
}
