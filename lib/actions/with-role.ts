// The one wrapper of every server action: the session's user must hold the
// role (checked first, so a visitor learns nothing from validation errors),
// then the input is validated, then the write runs. Expected failures come
// back as ActionResult values (style.md habit 5).
import { z } from "zod";
import { AccessDenied, type Role, requireRole, type SessionUser } from "../auth/access";
import type { ActionFailure } from "./action-result";

/**
 * For writes that validate their own input because tests and other writes call
 * them directly (triage, bug links, trackers, saved views): the form's fields pass through.
 */
export const validatedByWrite = z.unknown();

/** `write` returns an ActionResult, or a wider result with `ok` (filing a bug answers with Bugzilla's codes). */
export async function withRole<Schema extends z.ZodType, Result extends { ok: boolean }>(
  role: Role,
  schema: Schema,
  input: unknown,
  write: (user: SessionUser, input: z.infer<Schema>) => Promise<Result>,
): Promise<Result | ActionFailure> {
  let user: SessionUser;
  try {
    user = await requireRole(role);
  } catch (err) {
    if (!(err instanceof AccessDenied)) throw err;
    return { ok: false, code: err.status === 401 ? "unauthorized" : "forbidden", message: err.message };
  }
  const parsed = parseForm(schema, input);
  return parsed.ok ? write(user, parsed.data) : parsed;
}

/**
 * A form's fields (or a client's plain value) through the action's schema. Form
 * schemas word each rule for the person at the form, so every broken rule is
 * shown, without field paths. Also for the one public action (accepting an invitation).
 */
export function parseForm<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): { ok: true; data: z.infer<Schema> } | ActionFailure {
  const parsed = schema.safeParse(input instanceof FormData ? Object.fromEntries(input) : input);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    code: "invalid",
    message: parsed.error.issues.map((issue) => issue.message).join("; "),
  };
}
