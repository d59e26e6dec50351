// The sign-in throttle shared through PostgreSQL: two stores on two pools play
// two `next start` instances; together they let exactly the limit through.
import { randomBytes } from "node:crypto";
import { afterAll, expect, test } from "vitest";
import {
  MAX_FAILURES_PER_EMAIL,
  newSharedAttemptStore,
  pruneRateLimitHits,
  throttledSignIn,
} from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { newPool } from "@/lib/sql/pool";

const pools = [newPool({ max: 8 }), newPool({ max: 8 })];
const instances = pools.map((pool) => newSharedAttemptStore(() => pool));
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
});

const uniqueEmail = () => `fleet-${randomBytes(4).toString("hex")}@example.org`;
const wrong = async () => {
  await new Promise((resolve) => setTimeout(resolve, 20));
  return { good: false, value: "checked" };
};

test("40 wrong passwords spread over two instances at once: exactly the limit is checked", async () => {
  const email = uniqueEmail();
  const now = Date.now();
  const outcomes = await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      throttledSignIn(email, `198.51.100.${i}`, wrong, { store: instances[i % 2], now }),
    ),
  );
  expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(MAX_FAILURES_PER_EMAIL);
  const blocked = outcomes.find((outcome) => !outcome.ok);
  expect(blocked).toEqual({ ok: false, blockedMinutes: 15 });
});

test("the window slides: a blocked e-mail frees up when its oldest minute leaves the window", async () => {
  const email = uniqueEmail();
  const start = Date.parse("2026-12-01T10:00:30Z");
  for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
    const at = start + i * 60_000;
    expect(
      await throttledSignIn(email, "10.1.0.1", wrong, { store: instances[i % 2], now: at }),
    ).toMatchObject({ ok: true });
  }
  const later = start + 6 * 60_000;
  // The first attempt's minute (10:00) leaves the window at 10:15: 9 minutes from 10:06:30, rounded up.
  expect(await throttledSignIn(email, "10.1.0.1", wrong, { store: instances[0], now: later })).toEqual({
    ok: false,
    blockedMinutes: 9,
  });
  const afterFirstLeft = Date.parse("2026-12-01T10:15:01Z");
  expect(
    await throttledSignIn(email, "10.1.0.1", wrong, { store: instances[1], now: afterFirstLeft }),
  ).toMatchObject({
    ok: true,
  });
});

test("a good password on one instance clears the e-mail's count for the other", async () => {
  const email = uniqueEmail();
  const now = Date.now();
  for (let i = 0; i < MAX_FAILURES_PER_EMAIL - 1; i++)
    await throttledSignIn(email, "10.2.0.1", wrong, { store: instances[0], now });
  await throttledSignIn(email, "10.2.0.1", async () => ({ good: true, value: "in" }), {
    store: instances[1],
    now,
  });
  for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++)
    expect(await throttledSignIn(email, "10.2.0.2", wrong, { store: instances[1], now })).toMatchObject({
      ok: true,
    });
});

test("pruning deletes only rows that left the window", async () => {
  const email = uniqueEmail();
  const old = Date.parse("2026-01-01T00:00:00Z");
  await throttledSignIn(email, "10.3.0.1", wrong, { store: instances[0], now: old });
  await throttledSignIn(email, "10.3.0.1", wrong, { store: instances[0], now: Date.now() });
  const keys = [`email:${email}`];
  expect(await db.rateLimitHit.count({ where: { key: { in: keys } } })).toBe(2);
  expect(await pruneRateLimitHits()).toBeGreaterThanOrEqual(1);
  const left = await db.rateLimitHit.findMany({ where: { key: { in: keys } } });
  expect(left).toHaveLength(1);
  expect(left[0].windowStart.getTime()).toBeGreaterThan(Date.now() - 16 * 60_000);
});
