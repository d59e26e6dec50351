// A stored key is encrypted at rest, audited without the key, readable only for
// its user, and removable.
import { expect, test } from "vitest";
import { db } from "@/lib/db";
import { maintainer } from "@/tests/bugzilla-server/fixtures";
import { apiKeySetAt, removeUserApiKey, saveUserApiKey, userApiKey } from "./user-key";

const KEY = "SecretBugzillaKey0123456789abcdefghijklm";

test("stored encrypted, audited without the key, read back, removed", async () => {
  const user = await maintainer();
  expect(await apiKeySetAt(user.id)).toBeNull();
  expect(await saveUserApiKey(user.id, KEY)).toEqual({ ok: true });
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  expect(row.bugzillaApiKeyEnc).toMatch(/^v1:/);
  expect(row.bugzillaApiKeyEnc).not.toContain(KEY);
  expect(await apiKeySetAt(user.id)).toBeInstanceOf(Date);
  expect(await userApiKey(user.id)).toEqual({ ok: true, apiKey: KEY });

  // Copied onto another user, the value does not decrypt.
  const other = await maintainer();
  await db.user.update({ where: { id: other.id }, data: { bugzillaApiKeyEnc: row.bugzillaApiKeyEnc } });
  expect(await userApiKey(other.id)).toMatchObject({ ok: false, code: "unreadable" });

  expect(await removeUserApiKey(user.id)).toBe(true);
  expect(await removeUserApiKey(user.id)).toBe(false);
  expect(await userApiKey(user.id)).toMatchObject({ ok: false, code: "no_key" });
  const audits = await db.auditEvent.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } });
  expect(audits.map((a) => a.action)).toEqual(["bugzilla.key.set", "bugzilla.key.remove"]);
  expect(JSON.stringify(audits.map((a) => [a.target, a.details]))).not.toContain(KEY);
});
