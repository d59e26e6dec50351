// Who is asking. The one place that turns a request's session into a user, so
// every check in lib/auth/access.ts reads the same thing.
import type { Role } from "../generated/prisma/enums";

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
}

/**
 * The signed-in user of the current request, or null for an anonymous visitor.
 * Until sign-in exists (the access issue) every visitor is anonymous, which in
 * public mode reads everything and can change nothing.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  return null;
}
