// What a write returns: expected failures are values (style.md habit 5), so a
// form can show them without an error boundary.
import type { z } from "zod";
import { hasRole, type SessionUser } from "../auth/access";

export type ActionResult<T extends object = object> =
  | ({ ok: true } & T)
  | { ok: false; code: "invalid" | "forbidden" | "not_found" | "conflict"; message: string };

export type ActionFailure = Extract<ActionResult, { ok: false }>;

export function invalid(error: z.ZodError): ActionFailure {
  const issue = error.issues[0];
  const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
  return { ok: false, code: "invalid", message: `${where}${issue?.message ?? "invalid input"}` };
}

/** The lib-side role check: the server-action wrapper checked the session; this checks the user it passed. */
export function isMaintainer(user: SessionUser | null): user is SessionUser {
  return hasRole(user, "maintainer");
}

export const FORBIDDEN: ActionFailure = {
  ok: false,
  code: "forbidden",
  message: "this needs the maintainer role",
};
