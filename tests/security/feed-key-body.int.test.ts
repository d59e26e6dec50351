// A private feed opens with the user's `?key=`, but the key is a password: the
// feed document (title, id, self link, entry links) must not repeat it.
import { randomBytes } from "node:crypto";
import { expect, test, vi } from "vitest";

vi.mock("@/lib/env", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/env")>();
  return { ...real, env: () => ({ ...real.env(), KINDLING_PUBLIC: false }) };
});

import { GET } from "@/app/feeds/failures.atom/route";
import { rotateFeedKey } from "@/lib/auth/feed-keys";
import { db } from "@/lib/db";

test("a private feed opened with ?key= does not carry the key in its body", async () => {
  const user = await db.user.create({
    data: { email: `feed-body-${randomBytes(4).toString("hex")}@example.org` },
  });
  const key = await rotateFeedKey(user.id);
  const response = await GET(new Request(`http://k.test/feeds/failures.atom?kind=compile&key=${key}`));
  expect(response.status).toBe(200);
  const body = await response.text();
  expect(body).toContain("<title>Kindling failures: kind=compile</title>");
  expect(body).toContain(
    'rel="self" type="application/atom+xml" href="http://k.test/feeds/failures.atom?kind=compile"',
  );
  expect(body).not.toContain(key);
  expect(body).not.toContain("key=");
});
