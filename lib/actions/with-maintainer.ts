// The thin server-action side of a write: the session's user (or a "forbidden"
// value for a visitor without the role) handed to the write function in lib/actions.
import { AccessDenied, type Role, requireRole, type SessionUser } from "../auth/access";
import type { ActionResult } from "./action-result";

export async function withRole<T extends object>(
  role: Role,
  write: (user: SessionUser) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  let user: SessionUser;
  try {
    user = await requireRole(role);
  } catch (err) {
    if (err instanceof AccessDenied) return { ok: false, code: "forbidden", message: err.message };
    throw err;
  }
  return write(user);
}

export function withMaintainer<T extends object>(
  write: (user: SessionUser) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  return withRole("maintainer", write);
}
