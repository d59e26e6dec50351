// The sign-in throttle against concurrent attempts, through the real
// credentials path (database, scrypt): the place is taken before the hash.
import { randomBytes } from "node:crypto";
import { expect, test } from "vitest";
import { authorizeCredentials, BAD_CREDENTIALS } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/passwords";
import { MAX_FAILURES_PER_EMAIL } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";

test("40 simultaneous wrong passwords for one account: 5 are checked, 35 refused by the limit", async () => {
  const email = `burst-${randomBytes(4).toString("hex")}@example.org`;
  await db.user.create({ data: { email, passwordHash: await hashPassword("right-password") } });
  const attempts = Array.from({ length: 40 }, (_, i) =>
    authorizeCredentials({ email, password: `wrong-${i}` }, `198.51.100.${i}`).then(
      () => "signed in",
      (err: Error) => err.message,
    ),
  );
  const messages = await Promise.all(attempts);
  expect(messages.filter((message) => message === BAD_CREDENTIALS)).toHaveLength(MAX_FAILURES_PER_EMAIL);
  expect(messages.filter((message) => message.startsWith("Too many failed sign-in attempts"))).toHaveLength(
    40 - MAX_FAILURES_PER_EMAIL,
  );
}, 60_000);
