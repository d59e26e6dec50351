import { expect, test } from "vitest";
import { JOB_LOCK_KEYS, withJobLock } from "./job-lock";

// A key of its own, so a server or another test holding a real job's lock cannot interfere.
const TEST_KEY = 0x54455354;

test("while one session runs the job, another gets null; afterwards the job runs again", async () => {
  let release: () => void = () => undefined;
  const holding = withJobLock(
    TEST_KEY,
    () => new Promise<string>((resolve) => (release = () => resolve("first"))),
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await withJobLock(TEST_KEY, async () => "second")).toBeNull();
  release();
  expect(await holding).toBe("first");
  expect(await withJobLock(TEST_KEY, async () => "third")).toBe("third");
});

test("a job that throws still gives the lock back", async () => {
  await expect(
    withJobLock(TEST_KEY, async () => {
      throw new Error("boom");
    }),
  ).rejects.toThrow("boom");
  expect(await withJobLock(TEST_KEY, async () => "after")).toBe("after");
});

test("every job has a lock key of its own", () => {
  const keys = Object.values(JOB_LOCK_KEYS);
  expect(new Set(keys).size).toBe(keys.length);
});
