// E-mail + password sign-in for local accounts, throttled per e-mail and per
// address (rate-limit.ts). The message of a thrown Error reaches the sign-in
// form (next-auth passes it through as the `error`), so it must never say
// whether the e-mail exists.
import { z } from "zod";
import { db } from "../db";
import { ensureFirstAdminOnce } from "./first-admin";
import { verifyPassword } from "./passwords";
import { rateLimitMessage, throttledSignIn } from "./rate-limit";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(1024),
});

export const BAD_CREDENTIALS = "Wrong e-mail or password.";

export interface AuthorizedUser {
  id: string;
  email: string;
  name: string;
}

/**
 * The client address as the nearest reverse proxy appended it (the last
 * X-Forwarded-For hop; Next fills the header with the socket address when it
 * is absent). Exposed without a proxy, a client can vary this header, so the
 * per-address limit is then advisory; the per-e-mail limit holds regardless.
 */
export function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = String(headers?.["x-forwarded-for"] ?? "");
  return forwarded.split(",").pop()?.trim() || "unknown";
}

export async function authorizeCredentials(input: unknown, ip: string): Promise<AuthorizedUser> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) throw new Error(BAD_CREDENTIALS);
  const { email, password } = parsed.data;
  const result = await throttledSignIn(email, ip, async () => {
    await ensureFirstAdminOnce();
    const user = await db.user.findUnique({ where: { email } });
    const passwordOk = await verifyPassword(password, user?.passwordHash ?? null);
    const signedIn = passwordOk && user && !user.disabledAt ? user : null;
    return { good: signedIn !== null, value: signedIn };
  });
  if (!result.ok) throw new Error(rateLimitMessage(result.blockedMinutes));
  const user = result.value;
  if (!user) throw new Error(BAD_CREDENTIALS);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { id: String(user.id), email: user.email, name: user.name };
}
