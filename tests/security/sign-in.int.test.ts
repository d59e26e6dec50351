// Local sign-in against the real database: the first admin from the
// environment, wrong passwords, disabled accounts, and the rate limit's message.
import { randomBytes } from "node:crypto";
import { expect, test, vi } from "vitest";

const admin = vi.hoisted(() => {
  const email = `first-admin-${Date.now()}@example.org`;
  process.env.KINDLING_ADMIN_EMAIL = email;
  process.env.KINDLING_ADMIN_PASSWORD = "first-admin-password";
  return { email };
});

import { authorizeCredentials, BAD_CREDENTIALS } from "@/lib/auth/credentials";
import { ensureFirstAdmin } from "@/lib/auth/first-admin";
import { hashPassword } from "@/lib/auth/passwords";
import { db } from "@/lib/db";

const ip = () => `192.0.2.${Math.floor(Math.random() * 250)}`;

test("the first admin comes from the environment, once, and can sign in", async () => {
  expect(await ensureFirstAdmin()).toBe("created");
  expect(await ensureFirstAdmin()).toBe("exists");
  const user = await authorizeCredentials(
    { email: admin.email.toUpperCase(), password: "first-admin-password" },
    ip(),
  );
  const row = await db.user.findUniqueOrThrow({ where: { id: Number(user.id) } });
  expect(row.role).toBe("admin");
  expect(row.lastLoginAt).not.toBeNull();
});

async function localUser(password: string, disabled = false) {
  const email = `local-${randomBytes(4).toString("hex")}@example.org`;
  await db.user.create({
    data: { email, passwordHash: await hashPassword(password), disabledAt: disabled ? new Date() : null },
  });
  return email;
}

test("a wrong password and a disabled account get the same message", async () => {
  const email = await localUser("right-password-1");
  await expect(authorizeCredentials({ email, password: "wrong" }, ip())).rejects.toThrow(BAD_CREDENTIALS);
  const disabled = await localUser("right-password-2", true);
  await expect(authorizeCredentials({ email: disabled, password: "right-password-2" }, ip())).rejects.toThrow(
    BAD_CREDENTIALS,
  );
  await expect(authorizeCredentials({ email: "nobody@example.org", password: "x" }, ip())).rejects.toThrow(
    BAD_CREDENTIALS,
  );
});

test("after 5 failures even the right password is refused with a clear message", async () => {
  const email = await localUser("right-password-3");
  for (let i = 0; i < 5; i++)
    await expect(authorizeCredentials({ email, password: `wrong-${i}` }, ip())).rejects.toThrow(
      BAD_CREDENTIALS,
    );
  await expect(authorizeCredentials({ email, password: "right-password-3" }, ip())).rejects.toThrow(
    /Too many failed sign-in attempts\. Try again in 15 minutes\./,
  );
});
