// Who is asking. The one place that turns a request's session into a user, so
// every check in lib/auth/access.ts reads the same thing.
import { getServerSession, type Session } from "next-auth";
import { cache } from "react";
import { db } from "../db";
import type { Role } from "../generated/prisma/enums";
import { authOptions } from "./options";

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
}

/** Outside a request (scripts, tests calling handlers directly) there is no session: anonymous. */
function isOutsideRequest(err: unknown): boolean {
  return err instanceof Error && /outside a request scope/.test(err.message);
}

/**
 * The signed-in user of the current request, or null for an anonymous visitor.
 * The user row is re-read on every request (one lookup by primary key, deduped
 * per render by React's cache), so a role change applies to open sessions at
 * once, and a disable (which also bumps sessionVersion) ends them, rather than
 * when the JWT expires.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  let session: Session | null;
  try {
    session = await getServerSession(authOptions());
  } catch (err) {
    if (isOutsideRequest(err)) return null;
    throw err;
  }
  if (!session?.uid) return null;
  const user = await db.user.findUnique({
    where: { id: session.uid },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, disabledAt: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== session.sv) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});
