import { expect, test } from "vitest";
import { db } from "@/lib/db";
import { retentionPolicyInput } from "./policy";
import { purgeFiles } from "./purge";
import { computeStorageUsage } from "./storage-usage";
import { agedBuild, uniqueLog } from "./testing";

test("usage counts a tinderbox's bytes by role and age, and removed files apart", async () => {
  const log = uniqueLog(100);
  const old = await agedBuild(
    { "build.log": log, "emerge-info.txt": "x".repeat(1000) },
    { status: "failed", ageDays: 100 },
  );
  const tinderbox = await db.tinderbox.findUniqueOrThrow({ where: { id: old.tinderboxId } });
  const before = await computeStorageUsage();
  const row = before.byTinderbox.find((r) => r.key === tinderbox.name);
  expect(row).toEqual({ key: tinderbox.name, files: 2, bytes: Buffer.byteLength(log) + 1000, removed: 0 });
  expect(before.byAge.map((r) => r.key)).toContain("90-365 days");
  expect(before.byRole.find((r) => r.key === "build-log")?.files).toBeGreaterThanOrEqual(1);
  expect(before.stored.reduce((sum, store) => sum + store.storedBytes, 0)).toBeGreaterThan(0);

  await purgeFiles([old.files[0].id], new Date());
  const after = await computeStorageUsage();
  expect(after.byTinderbox.find((r) => r.key === tinderbox.name)).toEqual({
    key: tinderbox.name,
    files: 2,
    bytes: 1000,
    removed: 1,
  });
});

test("the policy form's schema: empty is forever, MiB become bytes, nonsense is refused", () => {
  expect(
    retentionPolicyInput.parse({
      tinderboxId: "default",
      failureFileDays: "",
      successFileDays: "30",
      archiveDays: "7",
      archiveMinMiB: "1.5",
    }),
  ).toEqual({
    tinderboxId: null,
    failureFileDays: null,
    successFileDays: 30,
    archiveDays: 7,
    archiveMinMiB: 1.5,
  });
  for (const bad of [
    { successFileDays: "-1" },
    { successFileDays: "1.5" },
    { archiveDays: "lots" },
    { tinderboxId: "0" },
  ])
    expect(retentionPolicyInput.safeParse({ tinderboxId: "default", ...bad }).success).toBe(false);
});
