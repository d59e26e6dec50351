// Role checks, made where data is read or written (style.md habit 6). Pages,
// route handlers and server actions call these; the UI hiding a button is
// only a convenience on top.
import { forbidden, redirect } from "next/navigation";
import { env } from "../env";
import type { Role } from "../generated/prisma/enums";
import { jsonError } from "../http/responses";
import { getSessionUser, type SessionUser } from "./session";

export type { Role, SessionUser };

const RANK: Record<Role, number> = { viewer: 1, maintainer: 2, admin: 3 };

export class AccessDenied extends Error {
  constructor(
    readonly status: 401 | 403,
    message: string,
  ) {
    super(message);
    this.name = "AccessDenied";
  }
}

export function hasRole(user: SessionUser | null, role: Role): boolean {
  return user !== null && RANK[user.role] >= RANK[role];
}

/** May this visitor read? Everyone in public mode; signed-in users in private mode. */
export function canRead(user: SessionUser | null): boolean {
  return env().KINDLING_PUBLIC || hasRole(user, "viewer");
}

/** Throws AccessDenied (401 anonymous, 403 signed in) unless the caller may read. */
export async function requireRead(): Promise<SessionUser | null> {
  const user = await getSessionUser();
  if (!canRead(user)) throw new AccessDenied(401, "sign in to read Kindling");
  return user;
}

/** Throws AccessDenied unless the caller is signed in with at least `role`. */
export async function requireRole(role: Role): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AccessDenied(401, `sign in as ${role} to do this`);
  if (!hasRole(user, role)) throw new AccessDenied(403, `this needs the ${role} role`);
  return user;
}

/** For pages: like requireRead, but an anonymous visitor is sent to sign in. */
export async function requirePageRead(callbackPath = "/"): Promise<SessionUser | null> {
  try {
    return await requireRead();
  } catch (err) {
    if (err instanceof AccessDenied && err.status === 401)
      redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
    if (err instanceof AccessDenied) forbidden();
    throw err;
  }
}

/** For route handlers: the caller, or the JSON error Response to return. */
export async function apiAccess(role?: Role): Promise<{ user: SessionUser | null } | { denied: Response }> {
  try {
    return { user: role ? await requireRole(role) : await requireRead() };
  } catch (err) {
    if (err instanceof AccessDenied)
      return {
        denied: jsonError(err.status, err.status === 401 ? "unauthorized" : "forbidden", err.message),
      };
    throw err;
  }
}

/**
 * For pages that need a role: anonymous visitors are sent to sign in; a
 * signed-in user without the role gets AccessDenied(403), shown by the
 * segment's error boundary.
 */
export async function requirePageRole(role: Role, callbackPath: string): Promise<SessionUser> {
  try {
    return await requireRole(role);
  } catch (err) {
    if (err instanceof AccessDenied && err.status === 401)
      redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
    if (err instanceof AccessDenied) forbidden();
    throw err;
  }
}
