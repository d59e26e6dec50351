// What a write returns: expected failures are values (style.md habit 5), so a
// form can show them without an error boundary.
import type { z } from "zod";
import { hasRole, type SessionUser } from "../auth/access";

export type ActionResult<T extends object = object> = ({ ok: true } & T) | ActionFailure;

export interface ActionFailure {
  ok: false;
  code: FailureCode;
  message: string;
}

// unauthorized: not signed in; forbidden: signed in without the role; exists:
// the e-mail has an account; self: an admin acting on their own account;
// unavailable: a dependency (the key store) is not configured; invitation: used, expired or unknown.
type FailureCode =
  | "invalid"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "exists"
  | "self"
  | "unavailable"
  | "invitation";

/** What a form-driven action (admin pages, account, invitations) returns: a message, and once a secret to copy. */
export type FormResult = ActionResult<{ message: string; secret?: string }>;

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
