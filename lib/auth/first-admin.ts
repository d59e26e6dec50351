// The first admin, from KINDLING_ADMIN_EMAIL / KINDLING_ADMIN_PASSWORD. Only
// ever creates: an existing account with that e-mail is left as it is, so the
// environment cannot silently reset a password or restore a demoted admin.

import { recordAudit } from "../audit/record";
import { db } from "../db";
import { env } from "../env";
import { hashPassword } from "./passwords";

export type FirstAdminOutcome = "created" | "exists" | "not-configured";

export async function ensureFirstAdmin(): Promise<FirstAdminOutcome> {
  const { KINDLING_ADMIN_EMAIL: rawEmail, KINDLING_ADMIN_PASSWORD: password } = env();
  if (!rawEmail || !password) return "not-configured";
  const email = rawEmail.trim().toLowerCase();
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) return "exists";
  const passwordHash = await hashPassword(password);
  const created = await db.user.createMany({
    data: [{ email, name: "Administrator", role: "admin", passwordHash }],
    skipDuplicates: true, // two processes starting at once
  });
  if (created.count === 0) return "exists";
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  await recordAudit(db, {
    userId: null,
    action: "user.create",
    target: `user:${user.id}`,
    details: { email, role: "admin", by: "environment" },
  });
  return "created";
}

let once: Promise<FirstAdminOutcome> | undefined;

/** For the sign-in path: at most one attempt per process, retried after a failure. */
export function ensureFirstAdminOnce(): Promise<FirstAdminOutcome> {
  once ??= ensureFirstAdmin().catch((err: unknown) => {
    once = undefined;
    throw err;
  });
  return once;
}
